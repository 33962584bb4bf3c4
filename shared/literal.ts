// Finds the string literal around a secret: what a fix replaces with an environment lookup.

import type { OffsetRange } from './types';

const QUOTES = new Set(['"', "'", '`']);

/**
 * The quoted literal whose content is exactly `content` (quotes and string prefixes such as Python's
 * `r`/`b`/`f` or C#'s `@` included), or `content` itself when it is not a whole quoted literal.
 */
export function literalAround(text: string, content: OffsetRange): OffsetRange {
  const { start, end } = content;
  const open = text[start - 1];
  if (open === undefined || !QUOTES.has(open)) return content;
  // Triple-quoted Python strings and JSON-escaped quotes (notebooks on disk) are handled as their own cases.
  const triple = open.repeat(3);
  if (open !== '`' && text.startsWith(triple, start - 3) && text.startsWith(triple, end)) {
    return { start: withStringPrefix(text, start - 3), end: end + 3 };
  }
  if (text[end] === open && text[start - 2] !== '\\') {
    return { start: withStringPrefix(text, start - 1), end: end + 1 };
  }
  return content;
}

function withStringPrefix(text: string, quoteOffset: number): number {
  let start = quoteOffset;
  // Python r/b/u/f (and combinations like rb, fR) and C# @/$ prefixes belong to the literal.
  while (start > quoteOffset - 2 && start > 0 && /[rRbBuUfF@$]/.test(text[start - 1])) start--;
  if (start !== quoteOffset && start > 0 && /[\w]/.test(text[start - 1])) return quoteOffset;
  return start;
}
