// A small, approximate lexer: just enough to tell code from strings and comments, so the planners know
// whether a trailing comment would land inside a string and which quoted literal surrounds a secret.
// It handles the common cases of each language (escapes, multi-line strings, JS template literals with
// `${}`, JS regex literals, heredocs); it is not a parser and never needs to be one.

export interface StringSyntax {
  readonly open: string;
  readonly close: string;
  readonly multiLine: boolean;
  /** Backslash escapes the next character. */
  readonly escapes: boolean;
  /** Opens code inside the string until the matching `}` (JS `${`). */
  readonly interpolation?: string;
}

export type HeredocFlavor = 'shell' | 'ruby' | 'php' | 'hcl';

export interface LexicalSyntax {
  readonly lineComments: readonly string[];
  readonly blockComments: readonly (readonly [string, string])[];
  /** Longer openers first (`"""` before `"`). */
  readonly strings: readonly StringSyntax[];
  /** A line comment starts only at the start of a line or after whitespace (shell `$#`, YAML `a#b`). */
  readonly commentNeedsWordStart?: boolean;
  /** Quotes open a string only where a value starts (YAML: not the `'` in `key: it's`). */
  readonly stringsOnlyAtValueStart?: boolean;
  readonly heredoc?: HeredocFlavor;
  readonly regexLiterals?: boolean;
}

/** A string literal (or heredoc body) found by the lexer: `start` is its opener, `end` is after its closer. */
export interface LexedString {
  readonly start: number;
  readonly end: number;
  readonly syntax: StringSyntax;
  /** Offsets of the content (between the delimiters). */
  readonly contentStart: number;
  readonly contentEnd: number;
}

export type LexState =
  | { readonly kind: 'code' }
  | { readonly kind: 'comment' }
  | { readonly kind: 'string'; readonly string: LexedString };

const HEREDOC_SYNTAX: StringSyntax = { open: '<<', close: '', multiLine: true, escapes: false };

/** What `offset` sits in: code, a comment, or a string (the opener's own position counts as code). */
export function stateAt(text: string, syntax: LexicalSyntax, offset: number): LexState {
  const lexer = new Lexer(text, syntax);
  return lexer.run(offset);
}

class Lexer {
  // Brace depth at which each open `${` interpolation closes, innermost last.
  private readonly interpolations: { depth: number; string: StringSyntax; start: number }[] = [];
  private braceDepth = 0;
  // A heredoc body starts on the line after its opener; the rest of the opener line is still code.
  private pendingHeredoc: LexedString | undefined;

  constructor(
    private readonly text: string,
    private readonly syntax: LexicalSyntax,
  ) {}

  run(target: number): LexState {
    const { text } = this;
    let i = 0;
    while (i < text.length) {
      if (i >= target) return { kind: 'code' };
      const ch = text[i];
      if (ch === '\n' && this.pendingHeredoc) {
        const heredoc = this.pendingHeredoc;
        this.pendingHeredoc = undefined;
        if (target > i && target < heredoc.end) return stringState(heredoc);
        i = Math.max(heredoc.end, i + 1);
        continue;
      }
      const interpolation = this.interpolations[this.interpolations.length - 1];
      if (interpolation && ch === '}' && this.braceDepth === interpolation.depth) {
        // Back inside the template string that opened this `${`.
        this.braceDepth--;
        this.interpolations.pop();
        const next = this.enterString(i + 1, interpolation.string, interpolation.start, target);
        if (typeof next !== 'number') return next;
        i = next;
        continue;
      }
      if (ch === '{') this.braceDepth++;
      else if (ch === '}') this.braceDepth--;

      const comment = this.commentAt(i);
      if (comment !== undefined) {
        if (target < comment) return { kind: 'comment' };
        i = comment;
        continue;
      }
      const heredoc = this.pendingHeredoc ? undefined : this.heredocAt(i);
      if (heredoc) {
        this.pendingHeredoc = heredoc.string;
        i += heredoc.openerLength;
        continue;
      }
      const opened = this.stringOpenedAt(i);
      if (opened) {
        const next = this.enterString(i + opened.open.length, opened, i, target);
        if (typeof next !== 'number') return next;
        i = next;
        continue;
      }
      if (this.syntax.regexLiterals && ch === '/' && this.regexCanStartAt(i)) {
        i = this.regexEnd(i);
        continue;
      }
      i++;
    }
    return { kind: 'code' };
  }

  /** Scans a string from `from`; returns the state when `target` lies inside, else where lexing resumes. */
  private enterString(from: number, string: StringSyntax, start: number, target: number): LexState | number {
    const lexed = this.scanString(from, string, start);
    if (lexed.interpolationAt !== undefined) {
      if (target > start && target < lexed.interpolationAt) return stringState(lexed.value);
      this.braceDepth++;
      this.interpolations.push({ depth: this.braceDepth, string, start });
      return lexed.interpolationAt;
    }
    if (target > start && target < lexed.value.end) return stringState(lexed.value);
    return lexed.value.end;
  }

  /** End offset of a comment starting at `i`, or undefined. */
  private commentAt(i: number): number | undefined {
    const { text, syntax } = this;
    for (const [open, close] of syntax.blockComments) {
      if (text.startsWith(open, i)) {
        const closeAt = text.indexOf(close, i + open.length);
        return closeAt < 0 ? text.length : closeAt + close.length;
      }
    }
    for (const open of syntax.lineComments) {
      if (!text.startsWith(open, i)) continue;
      if (syntax.commentNeedsWordStart && i > 0 && !isSpace(text[i - 1])) continue;
      const newline = text.indexOf('\n', i);
      return newline < 0 ? text.length : newline;
    }
    return undefined;
  }

  private stringOpenedAt(i: number): StringSyntax | undefined {
    const { text, syntax } = this;
    for (const string of syntax.strings) {
      if (!text.startsWith(string.open, i)) continue;
      if (syntax.stringsOnlyAtValueStart && !isValueStart(text, i)) continue;
      return string;
    }
    return undefined;
  }

  /** Scans string content from `from` to the closer; stops early at an interpolation opener. */
  private scanString(
    from: number,
    string: StringSyntax,
    start: number,
  ): { value: LexedString; interpolationAt?: number } {
    const { text } = this;
    let i = from;
    while (i < text.length) {
      const ch = text[i];
      if (string.escapes && ch === '\\') {
        i += 2;
        continue;
      }
      if (text.startsWith(string.close, i)) {
        const contentStart = start + string.open.length;
        return { value: { start, end: i + string.close.length, syntax: string, contentStart, contentEnd: i } };
      }
      if (string.interpolation && text.startsWith(string.interpolation, i)) {
        const value = { start, end: text.length, syntax: string, contentStart: start + string.open.length, contentEnd: i };
        return { value, interpolationAt: i + string.interpolation.length };
      }
      if (ch === '\n' && !string.multiLine) break;
      i++;
    }
    // Unterminated: a single-line string ends at its line, a multi-line one at the end of the text.
    const end = Math.min(i, text.length);
    return { value: { start, end, syntax: string, contentStart: start + string.open.length, contentEnd: end } };
  }

  private heredocAt(i: number): { string: LexedString; openerLength: number } | undefined {
    const flavor = this.syntax.heredoc;
    if (!flavor) return undefined;
    const match = heredocOpener(this.text, i, flavor);
    if (!match) return undefined;
    const bodyStart = this.text.indexOf('\n', i);
    if (bodyStart < 0) return undefined;
    let lineStart = bodyStart + 1;
    while (lineStart < this.text.length) {
      let lineEnd = this.text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = this.text.length;
      const line = this.text.slice(lineStart, lineEnd).replace(/\r$/, '').trim();
      if (line === match.tag || line === `${match.tag};` || line === `${match.tag},` || line.startsWith(`${match.tag})`)) {
        const string = { start: i, end: lineEnd, syntax: HEREDOC_SYNTAX, contentStart: bodyStart + 1, contentEnd: lineStart };
        return { string, openerLength: match.length };
      }
      lineStart = lineEnd + 1;
    }
    const string = { start: i, end: this.text.length, syntax: HEREDOC_SYNTAX, contentStart: bodyStart + 1, contentEnd: this.text.length };
    return { string, openerLength: match.length };
  }

  // A `/` starts a regex where an expression is expected: after an operator, an opening bracket or a keyword.
  private regexCanStartAt(i: number): boolean {
    const next = this.text[i + 1];
    if (next === '/' || next === '*' || next === undefined) return false;
    let j = i - 1;
    while (j >= 0 && isSpace(this.text[j])) j--;
    if (j < 0) return true;
    const previous = this.text[j];
    if ('(,=:[!&|?{};+-*%<>~^'.includes(previous)) return true;
    let wordStart = j;
    while (wordStart > 0 && j - wordStart < 10 && /[A-Za-z]/.test(this.text[wordStart - 1])) wordStart--;
    const word = this.text.slice(wordStart, j + 1);
    return ['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'void', 'yield'].includes(word);
  }

  private regexEnd(i: number): number {
    const { text } = this;
    let inClass = false;
    for (let j = i + 1; j < text.length; j++) {
      const ch = text[j];
      if (ch === '\\') j++;
      else if (ch === '\n') return j;
      else if (ch === '[') inClass = true;
      else if (ch === ']') inClass = false;
      else if (ch === '/' && !inClass) return j + 1;
    }
    return text.length;
  }
}

function stringState(string: LexedString): LexState {
  return { kind: 'string', string };
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

// YAML: a quoted scalar starts after `key:`, `- `, `[`, `{`, `,` or at the start of a line.
function isValueStart(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  if (j < 0 || text[j] === '\n') return true;
  const previous = text[j];
  if (previous === '[' || previous === '{' || previous === ',') return true;
  return (previous === ':' || previous === '-') && j < i - 1;
}

// `<<EOF`, `<<-EOF`, `<<'EOF'` (shell, also `<< EOF`), `<<~EOS` (ruby), `<<<EOT` (php), `<<EOF`/`<<-EOF` (hcl).
const HEREDOC_OPENERS: Record<HeredocFlavor, RegExp> = {
  shell: /^<<-? ?(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1/,
  ruby: /^<<[~-]?(['"]?)([A-Z_][A-Z0-9_]*)\1/,
  php: /^<<< ?(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1/,
  hcl: /^<<-?([A-Za-z_][A-Za-z0-9_]*)/,
};

function heredocOpener(text: string, i: number, flavor: HeredocFlavor): { tag: string; length: number } | undefined {
  if (text[i] !== '<' || text[i + 1] !== '<') return undefined;
  if (flavor !== 'php' && text[i + 2] === '<') return undefined;
  const match = HEREDOC_OPENERS[flavor].exec(text.slice(i, i + 80));
  if (!match) return undefined;
  return { tag: flavor === 'hcl' ? match[1] : match[2], length: match[0].length };
}
