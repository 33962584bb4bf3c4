// Inline ignore markers: KeyGuard's own, plus the peers' so teams can switch without touching every line.

import { LineStarts } from './lineStarts';

const SAME_LINE = /keyguard:allow(?!-next-line)|gitleaks:allow|pragma: ?allowlist secret/;
const NEXT_LINE = /keyguard:allow-next-line|pragma: ?allowlist nextline secret/;

/**
 * Answers "is the line at this offset silenced?" for one text. Each line is tested at most once per marker
 * kind, so a minified line with thousands of findings is read once, not once per finding.
 */
export class MarkerCheck {
  private readonly sameLine = new Map<number, boolean>();
  private readonly nextLine = new Map<number, boolean>();

  constructor(
    private readonly text: string,
    private readonly lines = new LineStarts(text),
  ) {}

  /** True when a marker on the offset's line, or a next-line marker on the line above, silences it. */
  suppresses(offset: number): boolean {
    const lineStart = this.lines.startOf(offset);
    if (this.test(this.sameLine, SAME_LINE, lineStart)) return true;
    if (lineStart === 0) return false;
    return this.test(this.nextLine, NEXT_LINE, this.lines.startOf(lineStart - 1));
  }

  private test(cache: Map<number, boolean>, marker: RegExp, lineStart: number): boolean {
    let result = cache.get(lineStart);
    if (result === undefined) {
      result = marker.test(this.text.slice(lineStart, this.lines.endOf(lineStart)));
      cache.set(lineStart, result);
    }
    return result;
  }
}
