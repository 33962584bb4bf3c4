// The run-time value of a quoted literal: what the program saw, so `.env` can hold exactly that.
// Returns undefined whenever the value is not knowable from the source alone (interpolation, unknown escapes).

export type LiteralFlavor =
  | 'js'
  | 'python'
  | 'go'
  | 'java'
  | 'csharp'
  | 'ruby'
  | 'php'
  | 'kotlin'
  | 'lua'
  | 'powershell';

interface SplitLiteral {
  readonly prefix: string;
  readonly quote: string;
  readonly content: string;
}

const QUOTES = ['"""', "'''", '"', "'", '`'];

/** Prefix letters, delimiter and content of a quoted literal, or undefined when `literal` is not one. */
export function splitLiteral(literal: string): SplitLiteral | undefined {
  let p = 0;
  while (p < literal.length && p < 3 && /[A-Za-z@$]/.test(literal[p])) p++;
  for (const quote of QUOTES) {
    if (!literal.startsWith(quote, p)) continue;
    if (literal.length < p + 2 * quote.length || !literal.endsWith(quote)) return undefined;
    return { prefix: literal.slice(0, p), quote, content: literal.slice(p + quote.length, literal.length - quote.length) };
  }
  return undefined;
}

export function decodeLiteral(literal: string, flavor: LiteralFlavor): string | undefined {
  const split = splitLiteral(literal);
  if (!split) return undefined;
  const { prefix, quote, content } = split;
  const lowerPrefix = prefix.toLowerCase();
  switch (flavor) {
    case 'js':
      if (prefix) return undefined;
      if (quote === '`' && content.includes('${')) return undefined;
      return unescapeC(content, true);
    case 'python':
      if (lowerPrefix.includes('f') && /[{}]/.test(content)) return undefined;
      if (lowerPrefix.includes('b')) return undefined;
      return lowerPrefix.includes('r') ? content : unescapeC(content, true);
    case 'go':
      if (prefix) return undefined;
      return quote === '`' ? content.replace(/\r/g, '') : quote === '"' ? unescapeC(content, false) : undefined;
    case 'java':
      // Text blocks strip incidental indentation: not worth reproducing here.
      return prefix || quote !== '"' ? undefined : unescapeC(content, false);
    case 'kotlin':
      if (prefix || content.includes('$')) return undefined;
      if (quote === '"""') return content;
      return quote === '"' ? unescapeC(content, false) : undefined;
    case 'csharp':
      if (prefix.includes('$') && /[{}]/.test(content)) return undefined;
      if (quote === '"""') return prefix.replace('$', '') === '' ? content : undefined;
      if (quote !== '"') return undefined;
      if (prefix.includes('@')) return content.replace(/""/g, '"');
      return prefix === '' || prefix === '$' ? unescapeC(content, false) : undefined;
    case 'ruby':
    case 'php':
      if (prefix) return undefined;
      if (quote === "'") return content.replace(/\\([\\'])/g, '$1');
      if (quote !== '"') return undefined;
      if (flavor === 'ruby' ? content.includes('#{') : content.includes('$')) return undefined;
      return unescapeC(content, false);
    case 'lua':
      return prefix || quote.length > 1 || quote === '`' ? undefined : unescapeC(content, false);
    case 'powershell':
      if (prefix) return undefined;
      if (quote === "'") return content.replace(/''/g, "'");
      // Double-quoted strings expand `$x` and use the backtick as escape: only plain ones are decoded.
      return quote === '"' && !/[$`]/.test(content) ? content : undefined;
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  v: '\v',
  a: '\x07',
  '0': '\0',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '`': '`',
  '/': '/',
  $: '$',
};

// C-family escapes; `lineContinuation` removes backslash-newline (JS, Python).
function unescapeC(content: string, lineContinuation: boolean): string | undefined {
  if (!content.includes('\\')) return content;
  let out = '';
  for (let i = 0; i < content.length; i++) {
    const ch = content[i];
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = content[i + 1];
    if (next === undefined) return undefined;
    if (next === '\n' || (next === '\r' && content[i + 2] === '\n')) {
      if (!lineContinuation) return undefined;
      i += next === '\r' ? 2 : 1;
      continue;
    }
    if (next in SIMPLE_ESCAPES && !(next === '0' && /[0-9]/.test(content[i + 2] ?? ''))) {
      out += SIMPLE_ESCAPES[next];
      i++;
      continue;
    }
    const hex = hexEscape(content, i);
    if (!hex) return undefined;
    out += String.fromCodePoint(hex.codePoint);
    i += hex.length - 1;
  }
  return out;
}

function hexEscape(content: string, i: number): { codePoint: number; length: number } | undefined {
  const kind = content[i + 1];
  const fixed = kind === 'x' ? 2 : kind === 'u' ? 4 : kind === 'U' ? 8 : 0;
  if (kind === 'u' && content[i + 2] === '{') {
    const close = content.indexOf('}', i + 3);
    const digits = close < 0 ? '' : content.slice(i + 3, close);
    if (!/^[0-9A-Fa-f]{1,6}$/.test(digits)) return undefined;
    return { codePoint: parseInt(digits, 16), length: close - i + 1 };
  }
  if (!fixed) return undefined;
  const digits = content.slice(i + 2, i + 2 + fixed);
  if (digits.length !== fixed || !/^[0-9A-Fa-f]+$/.test(digits)) return undefined;
  const codePoint = parseInt(digits, 16);
  return codePoint > 0x10ffff ? undefined : { codePoint, length: fixed + 2 };
}
