// JSX attribute values (`<Client apiKey="…" />`) need `{expr}` instead of a bare expression, and take a
// block comment (not a line comment) right after the value.

/**
 * True when the literal starting at `literalStart` is the value of a JSX attribute: walking back over
 * `name=`, other attributes, quoted strings and `{…}` groups reaches `<Tag`. Anything else (`;`, `(`,
 * an operator) means ordinary JS. Looks back at most 4000 characters.
 */
export function isJsxAttributeValue(text: string, literalStart: number): boolean {
  let i = literalStart - 1;
  while (i >= 0 && isBlank(text[i])) i--;
  if (text[i] !== '=' || text[i - 1] === '=' || text[i - 1] === '!') return false;
  const limit = Math.max(0, literalStart - 4000);
  i--;
  while (i >= limit) {
    const ch = text[i];
    if (isBlank(ch) || isNameChar(ch) || ch === '=') {
      i--;
      continue;
    }
    if (ch === '"' || ch === "'") {
      const open = text.lastIndexOf(ch, i - 1);
      if (open < limit) return false;
      i = open - 1;
      continue;
    }
    if (ch === '}') {
      const open = matchingOpenBrace(text, i, limit);
      if (open < 0) return false;
      i = open - 1;
      continue;
    }
    return ch === '<' && /[A-Za-z]/.test(text[i + 1] ?? '');
  }
  return false;
}

function matchingOpenBrace(text: string, close: number, limit: number): number {
  let depth = 0;
  for (let j = close; j >= limit; j--) {
    if (text[j] === '}') depth++;
    else if (text[j] === '{' && --depth === 0) return j;
  }
  return -1;
}

function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

function isNameChar(ch: string): boolean {
  return /[A-Za-z0-9_$:.-]/.test(ch);
}
