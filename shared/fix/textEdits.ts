// Applying planned edits to a string: what the server's WorkspaceEdit does, for tests and previews.

import type { TextEdit } from './types';

/**
 * Applies non-overlapping edits whose offsets all refer to `text`. Insertions at the same offset keep
 * their order in `edits`. Overlapping edits are a planner bug and throw (the message carries offsets only).
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const ordered = edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => a.edit.range.start - b.edit.range.start || a.edit.range.end - b.edit.range.end || a.index - b.index);
  let result = '';
  let cursor = 0;
  for (const { edit } of ordered) {
    const { start, end } = edit.range;
    if (start < cursor || end < start || end > text.length) {
      throw new Error(`invalid or overlapping text edit at ${start}-${end}`);
    }
    result += text.slice(cursor, start) + edit.newText;
    cursor = end;
  }
  return result + text.slice(cursor);
}
