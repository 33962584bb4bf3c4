// THE language table: languageId → comment syntax, lexical syntax and (when the language has a safe,
// idiomatic form) how a literal becomes an environment lookup. Adding a language is one row plus tests:
// - comments only: `row(COMMENT, lex(lineComments, strings, blockComments))`, or `lineOriented(COMMENT)` where
//   a trailing comment could become part of a value; test/unit/fix-languages.test.ts then checks the marker.
// - with a move: add `move: expression(flavor, lookup, { ensureImport, contextEdits })` (a LiteralFlavor says
//   how the literal's run-time value is decoded), add the id to MOVABLE in fix-languages.test.ts and a test
//   in fix-move-source.test.ts that compiles or parses the result.

import { ensureGoImportOs } from './goImports';
import type { LexicalSyntax, StringSyntax } from './lexer';
import { lineStartAt } from './lines';
import type { LiteralFlavor } from './literalValue';
import { ensurePythonImportOs } from './pythonImports';
import type { OffsetRange, TextEdit } from './types';

export interface CommentSyntax {
  readonly line?: string;
  readonly block?: readonly [open: string, close: string];
}

/**
 * `expression`: the whole literal (quotes included) becomes `lookup(name)`.
 * `interpolation`: the value is replaced inside its string by `${NAME}` (shell, YAML / compose), so text
 * around the secret in the same string stays.
 */
export type MoveStyle =
  | { readonly kind: 'expression'; readonly flavor: LiteralFlavor; readonly lookup: (name: string, text: string) => string }
  | { readonly kind: 'interpolation'; readonly shell: boolean };

export interface MoveSpec {
  readonly style: MoveStyle;
  /** Edits that make the lookup resolve (an import), given the current source text. */
  readonly ensureImport?: (text: string) => TextEdit[];
  /**
   * Edits the declaration around the literal needs (Go `const` → `var`), `[]` when none, or undefined
   * when the literal sits where a run-time call cannot (a C# `const`).
   */
  readonly contextEdits?: (text: string, literal: OffsetRange) => TextEdit[] | undefined;
}

export interface LanguageSpec {
  readonly comment: CommentSyntax;
  /** False where text after a value on its line can become part of the value (.env, properties, ini, Dockerfile). */
  readonly trailingCommentSafe: boolean;
  readonly lexical?: LexicalSyntax;
  readonly move?: MoveSpec;
  /** JS flavours: attribute values of JSX elements need `{…}` and block comments. */
  readonly jsx?: boolean;
  /** YAML block scalars (`key: |`) are multi-line strings the lexer does not see. */
  readonly yamlBlockScalars?: boolean;
  /** Whitespace before a trailing comment (PEP 8 wants two spaces in Python). Default one space. */
  readonly trailingCommentGap?: string;
}

const dq: StringSyntax = { open: '"', close: '"', multiLine: false, escapes: true };
const sq: StringSyntax = { open: "'", close: "'", multiLine: false, escapes: true };
const tripleDq: StringSyntax = { open: '"""', close: '"""', multiLine: true, escapes: true };
const tripleSq: StringSyntax = { open: "'''", close: "'''", multiLine: true, escapes: true };
const rawTripleDq: StringSyntax = { ...tripleDq, escapes: false };
const multiDq: StringSyntax = { ...dq, multiLine: true };
const multiSq: StringSyntax = { ...sq, multiLine: true };
const rawMultiSq: StringSyntax = { ...multiSq, escapes: false };
const slashComments = { lineComments: ['//'], blockComments: [['/*', '*/']] as const };

const JS_LEXICAL: LexicalSyntax = {
  ...slashComments,
  strings: [dq, sq, { open: '`', close: '`', multiLine: true, escapes: true, interpolation: '${' }],
  regexLiterals: true,
};
const PYTHON_LEXICAL: LexicalSyntax = { lineComments: ['#'], blockComments: [], strings: [tripleDq, tripleSq, dq, sq] };
const GO_LEXICAL: LexicalSyntax = {
  ...slashComments,
  strings: [dq, sq, { open: '`', close: '`', multiLine: true, escapes: false }],
};
const JAVA_LEXICAL: LexicalSyntax = { ...slashComments, strings: [tripleDq, dq, sq] };
const KOTLIN_LEXICAL: LexicalSyntax = { ...slashComments, strings: [rawTripleDq, dq, sq] };
const CSHARP_LEXICAL: LexicalSyntax = {
  ...slashComments,
  strings: [rawTripleDq, { open: '@"', close: '"', multiLine: true, escapes: false }, dq, sq],
};
const C_LEXICAL: LexicalSyntax = {
  ...slashComments,
  strings: [{ open: 'R"(', close: ')"', multiLine: true, escapes: false }, dq, sq],
};
// Rust strings may span lines; `'` is left out because lifetimes (`'a`) would open a char literal.
const RUST_LEXICAL: LexicalSyntax = {
  ...slashComments,
  strings: [
    { open: 'r#"', close: '"#', multiLine: true, escapes: false },
    { open: 'r"', close: '"', multiLine: true, escapes: false },
    multiDq,
  ],
};
const RUBY_LEXICAL: LexicalSyntax = {
  lineComments: ['#'],
  blockComments: [['=begin', '=end']],
  strings: [multiDq, multiSq],
  heredoc: 'ruby',
};
const PHP_LEXICAL: LexicalSyntax = {
  lineComments: ['//', '#'],
  blockComments: [['/*', '*/']],
  strings: [multiDq, multiSq],
  heredoc: 'php',
};
const SHELL_LEXICAL: LexicalSyntax = {
  lineComments: ['#'],
  blockComments: [],
  strings: [multiDq, rawMultiSq],
  commentNeedsWordStart: true,
  heredoc: 'shell',
};
const YAML_LEXICAL: LexicalSyntax = {
  lineComments: ['#'],
  blockComments: [],
  strings: [multiDq, rawMultiSq],
  commentNeedsWordStart: true,
  stringsOnlyAtValueStart: true,
};
const TOML_LEXICAL: LexicalSyntax = {
  lineComments: ['#'],
  blockComments: [],
  strings: [tripleDq, { ...tripleSq, escapes: false }, dq, { ...sq, escapes: false }],
};
const HCL_LEXICAL: LexicalSyntax = {
  lineComments: ['#', '//'],
  blockComments: [['/*', '*/']],
  strings: [dq],
  heredoc: 'hcl',
};
const SQL_LEXICAL: LexicalSyntax = {
  lineComments: ['--'],
  blockComments: [['/*', '*/']],
  strings: [{ ...multiSq, escapes: false }, { ...multiDq, escapes: false }],
};
const LUA_LEXICAL: LexicalSyntax = {
  lineComments: ['--'],
  blockComments: [['--[[', ']]']],
  strings: [{ open: '[[', close: ']]', multiLine: true, escapes: false }, dq, sq],
};
const POWERSHELL_LEXICAL: LexicalSyntax = {
  lineComments: ['#'],
  blockComments: [['<#', '#>']],
  strings: [
    { open: '@"', close: '"@', multiLine: true, escapes: false },
    { open: "@'", close: "'@", multiLine: true, escapes: false },
    { ...multiDq, escapes: false },
    { ...multiSq, escapes: false },
  ],
};
const JSONC_LEXICAL: LexicalSyntax = { ...slashComments, strings: [dq] };
// A fenced code block renders its content verbatim, like a string.
const MARKDOWN_LEXICAL: LexicalSyntax = {
  lineComments: [],
  blockComments: [['<!--', '-->']],
  strings: [{ open: '```', close: '```', multiLine: true, escapes: false }],
};
const MARKUP_LEXICAL: LexicalSyntax = { lineComments: [], blockComments: [['<!--', '-->']], strings: [] };

const SLASH: CommentSyntax = { line: '//', block: ['/*', '*/'] };
const HASH: CommentSyntax = { line: '#' };
const MARKUP: CommentSyntax = { block: ['<!--', '-->'] };

function row(comment: CommentSyntax, lexical: LexicalSyntax | undefined, extra: Partial<LanguageSpec> = {}): LanguageSpec {
  return { comment, trailingCommentSafe: true, lexical, ...extra };
}

// Formats where text after a value on its line can become part of the value: markers go on the line above.
function lineOriented(comment: CommentSyntax): LanguageSpec {
  return { comment, trailingCommentSafe: false };
}

function lex(
  lineComments: readonly string[],
  strings: readonly StringSyntax[],
  blockComments: readonly (readonly [string, string])[] = [],
  extra: Partial<LexicalSyntax> = {},
): LexicalSyntax {
  return { lineComments, blockComments, strings, ...extra };
}

function expression(flavor: LiteralFlavor, lookup: (name: string, text: string) => string, extra: Partial<MoveSpec> = {}): MoveSpec {
  return { style: { kind: 'expression', flavor, lookup }, ...extra };
}

const JS_ROW = row(SLASH, JS_LEXICAL, { move: expression('js', (name) => `process.env.${name}`), jsx: true });
const SHELL_MOVE: MoveSpec = { style: { kind: 'interpolation', shell: true } };
const YAML_MOVE: MoveSpec = { style: { kind: 'interpolation', shell: false } };

export const LANGUAGES: Readonly<Record<string, LanguageSpec>> = {
  javascript: JS_ROW,
  typescript: JS_ROW,
  javascriptreact: JS_ROW,
  typescriptreact: JS_ROW,
  python: row(HASH, PYTHON_LEXICAL, {
    trailingCommentGap: '  ',
    move: expression('python', (name) => `os.environ["${name}"]`, { ensureImport: ensurePythonImportOs }),
  }),
  go: row(SLASH, GO_LEXICAL, {
    move: expression('go', (name) => `os.Getenv("${name}")`, { ensureImport: ensureGoImportOs, contextEdits: goConstToVar }),
  }),
  java: row(SLASH, JAVA_LEXICAL, { move: expression('java', (name) => `System.getenv("${name}")`) }),
  kotlin: row(SLASH, KOTLIN_LEXICAL, {
    move: expression('kotlin', (name) => `System.getenv("${name}")`, {
      contextEdits: (text, literal) => dropModifierOnLine(text, literal, /\bconst\s+(?=val\b)/),
    }),
  }),
  csharp: row(SLASH, CSHARP_LEXICAL, {
    move: expression('csharp', csharpLookup, {
      contextEdits: (text, literal) => (declarationBefore(text, literal, /\bconst\b/) ? undefined : []),
    }),
  }),
  ruby: row(HASH, RUBY_LEXICAL, { move: expression('ruby', (name) => `ENV.fetch("${name}")`) }),
  php: row(SLASH, PHP_LEXICAL, {
    // Class constants and property defaults must be constant expressions: no function call there.
    move: expression('php', (name) => `getenv('${name}')`, {
      contextEdits: (text, literal) => (phpConstantContext(text, literal) ? undefined : []),
    }),
  }),
  lua: row({ line: '--', block: ['--[[', ']]'] }, LUA_LEXICAL, { move: expression('lua', (name) => `os.getenv("${name}")`) }),
  powershell: row({ line: '#', block: ['<#', '#>'] }, POWERSHELL_LEXICAL, {
    move: expression('powershell', (name) => `$env:${name}`),
  }),
  shellscript: row(HASH, SHELL_LEXICAL, { move: SHELL_MOVE }),
  yaml: row(HASH, YAML_LEXICAL, {
    yamlBlockScalars: true,
    // Spring, compose-like tools and envsubst templates expand ${NAME}; GitHub Actions and Kubernetes do not.
    move: { ...YAML_MOVE, contextEdits: (text) => (yamlWithoutEnvExpansion(text) ? undefined : []) },
  }),
  dockercompose: row(HASH, YAML_LEXICAL, { yamlBlockScalars: true, move: YAML_MOVE }),
  // No env form: a String from std::env::var where a &str literal stood changes the type; left to the user.
  rust: row(SLASH, RUST_LEXICAL),
  c: row(SLASH, C_LEXICAL),
  cpp: row(SLASH, C_LEXICAL),
  'objective-c': row(SLASH, C_LEXICAL),
  'objective-cpp': row(SLASH, C_LEXICAL),
  swift: row(SLASH, KOTLIN_LEXICAL),
  groovy: row(SLASH, lex(['//'], [rawTripleDq, dq, sq], [['/*', '*/']])),
  scala: row(SLASH, lex(['//'], [rawTripleDq, dq], [['/*', '*/']])),
  dart: row(SLASH, lex(['//'], [tripleDq, tripleSq, dq, sq], [['/*', '*/']])),
  fsharp: row({ line: '//', block: ['(*', '*)'] }, lex(['//'], [rawTripleDq, dq], [['(*', '*)']])),
  jsonc: row(SLASH, JSONC_LEXICAL),
  css: row({ block: ['/*', '*/'] }, lex([], [dq, sq], [['/*', '*/']])),
  scss: row(SLASH, lex(['//'], [dq, sq], [['/*', '*/']])),
  less: row(SLASH, lex(['//'], [dq, sq], [['/*', '*/']])),
  toml: row(HASH, TOML_LEXICAL),
  terraform: row({ line: '#', block: ['/*', '*/'] }, HCL_LEXICAL),
  hcl: row({ line: '#', block: ['/*', '*/'] }, HCL_LEXICAL),
  sql: row({ line: '--', block: ['/*', '*/'] }, SQL_LEXICAL),
  r: row(HASH, lex(['#'], [multiDq, multiSq])),
  perl: row(HASH, lex(['#'], [multiDq, multiSq], [], { heredoc: 'shell' })),
  elixir: row(HASH, lex(['#'], [tripleDq, multiDq, multiSq])),
  julia: row(HASH, lex(['#'], [tripleDq, multiDq], [['#=', '=#']])),
  coffeescript: row(HASH, lex(['#'], [tripleDq, tripleSq, multiDq, multiSq], [['###', '###']])),
  graphql: row(HASH, lex(['#'], [tripleDq, dq])),
  cmake: row(HASH, lex(['#'], [multiDq])),
  clojure: row({ line: ';' }, lex([';'], [multiDq])),
  haskell: row({ line: '--', block: ['{-', '-}'] }, lex(['--'], [dq], [['{-', '-}']])),
  erlang: row({ line: '%' }, lex(['%'], [dq])),
  latex: row({ line: '%' }, lex(['%'], [])),
  vb: row({ line: "'" }, lex(["'"], [{ ...dq, escapes: false }])),
  markdown: row(MARKUP, MARKDOWN_LEXICAL),
  html: row(MARKUP, MARKUP_LEXICAL),
  xml: row(MARKUP, MARKUP_LEXICAL),
  dotenv: lineOriented(HASH),
  properties: lineOriented(HASH),
  ini: lineOriented({ line: ';' }),
  dockerfile: lineOriented(HASH), // `#` is a comment only at the start of a line
  makefile: lineOriented(HASH), // `X = v # c` keeps the space before `#` in the value
  bat: lineOriented({ line: 'REM' }),
  // json has no comment syntax and plaintext none that any tool understands: no row, no ignore action.
};

export function languageSpec(languageId: string): LanguageSpec | undefined {
  return Object.prototype.hasOwnProperty.call(LANGUAGES, languageId) ? LANGUAGES[languageId] : undefined;
}

// `using System;` (or the SDK's implicit usings, which we cannot see) makes the short form work.
function csharpLookup(name: string, text: string): string {
  const qualifier = /^[ \t]*(?:global[ \t]+)?using[ \t]+System[ \t]*;/m.test(text) ? '' : 'System.';
  return `${qualifier}Environment.GetEnvironmentVariable("${name}")`;
}

function phpConstantContext(text: string, literal: OffsetRange): boolean {
  const before = text.slice(lineStartAt(text, literal.start), literal.start);
  if (/\bconst\s/.test(before)) return true;
  const isPropertyDeclaration = /^\s*(public|private|protected|var|static|readonly)\s/.test(before);
  return isPropertyDeclaration && before.includes('$') && !before.includes('(');
}

// A GitHub Actions workflow (`runs-on:`) or a Kubernetes manifest (`apiVersion:` + `kind:`) reads no `${NAME}`
// from the environment: there a move would silently break the file.
function yamlWithoutEnvExpansion(text: string): boolean {
  if (/^[ \t]*runs-on[ \t]*:/m.test(text)) return true;
  return /^apiVersion[ \t]*:/m.test(text) && /^kind[ \t]*:/m.test(text);
}

/** The text of the literal's line before the literal (where a declaration keyword would be). */
function declarationBefore(text: string, literal: OffsetRange, keyword: RegExp): boolean {
  return keyword.test(text.slice(lineStartAt(text, literal.start), literal.start));
}

function dropModifierOnLine(text: string, literal: OffsetRange, modifier: RegExp): TextEdit[] {
  const lineStart = lineStartAt(text, literal.start);
  const match = modifier.exec(text.slice(lineStart, literal.start));
  if (!match) return [];
  const start = lineStart + match.index;
  return [{ range: { start, end: start + match[0].length }, newText: '' }];
}

// `const key = "…"` cannot hold a call: a single-line `const` becomes `var`. Inside a `const ( … )` block
// other constants may depend on const-ness (iota, array sizes), so no move is offered there.
function goConstToVar(text: string, literal: OffsetRange): TextEdit[] | undefined {
  const lineStart = lineStartAt(text, literal.start);
  const single = /^(\s*)const\b/.exec(text.slice(lineStart, literal.start));
  if (single) {
    const start = lineStart + single[1].length;
    return [{ range: { start, end: start + 'const'.length }, newText: 'var' }];
  }
  return insideGoConstBlock(text, lineStart) ? undefined : [];
}

function insideGoConstBlock(text: string, lineStart: number): boolean {
  let end = lineStart;
  while (end > 0) {
    const start = lineStartAt(text, end - 1);
    const line = text.slice(start, end);
    if (/^\s*const\s*\(/.test(line)) return true;
    if (/^\)/.test(line) || /^(func|var|type|import|package)\b/.test(line)) return false;
    end = start;
  }
  return false;
}
