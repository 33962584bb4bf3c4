// Inline ignore markers: KeyGuard's own, plus the peers' so teams can switch without touching every line.

const SAME_LINE = /keyguard:allow(?!-next-line)|gitleaks:allow|pragma: ?allowlist secret/;
const NEXT_LINE = /keyguard:allow-next-line|pragma: ?allowlist nextline secret/;

/** True when a marker on the finding's first line, or a next-line marker on the line above, silences it. */
export function isSuppressedByMarker(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  if (SAME_LINE.test(text.slice(lineStart, lineEnd))) return true;
  if (lineStart === 0) return false;
  const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  return NEXT_LINE.test(text.slice(previousStart, lineStart));
}
