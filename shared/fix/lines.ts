// Line helpers shared by the planners: line boundaries, line-ending detection, appending lines to a file.
// One lookup per fix, so a scan from the offset is enough (shared/lineStarts.ts indexes a whole text for the
// scanner's many lookups); line ends here stop before a `\r\n`, which the edits must keep.

import type { TextEdit } from './types';

export type Eol = '\n' | '\r\n';

/** The line ending a text uses (its first one), or `fallback` when it has a single line. */
export function detectEol(text: string, fallback: Eol = '\n'): Eol {
  const newline = text.indexOf('\n');
  if (newline < 0) return fallback;
  return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
}

export function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** End of the line's content: before its `\n` or `\r\n` (or the end of the text). */
export function lineEndAt(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  if (newline < 0) return text.length;
  return newline > 0 && text[newline - 1] === '\r' ? newline - 1 : newline;
}

/** Offset just after the line's terminator (or the end of the text). */
export function nextLineStart(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

export function leadingWhitespace(line: string): string {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return line.slice(0, i);
}

/** The lines of a text without their terminators, each with its start offset (no empty line after a final newline). */
export function splitLines(text: string): { readonly text: string; readonly start: number }[] {
  const lines: { text: string; start: number }[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    lines.push({ text: raw.endsWith('\r') ? raw.slice(0, -1) : raw, start });
    start += raw.length + 1;
  }
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

/**
 * One insertion that appends `newLines` to `content`. A file that ends with a newline gets each line
 * followed by `eol`; a file without a final newline gets a newline first and keeps lacking a final one.
 */
export function appendLinesEdit(content: string, newLines: readonly string[], eol: Eol): TextEdit {
  const end = { start: content.length, end: content.length };
  if (content === '' || content.endsWith('\n')) {
    return { range: end, newText: newLines.map((line) => line + eol).join('') };
  }
  return { range: end, newText: newLines.map((line) => eol + line).join('') };
}
