// THE language table: languageId → comment syntax, lexical syntax and (when the language has a safe,
// idiomatic form) how a literal becomes an environment lookup. Adding a language is one row plus tests.

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

const JS_MOVE: MoveSpec = {
  style: { kind: 'expression', flavor: 'js', lookup: (name) => `process.env.${name}` },
};

const JS_ROW: LanguageSpec = { comment: { line: '//', block: ['/*', '*/'] }, trailingCommentSafe: true, lexical: JS_LEXICAL, move: JS_MOVE, jsx: true };
const SLASH = { line: '//', block: ['/*', '*/'] } as const;
const HASH = { line: '#' } as const;

export const LANGUAGES: Readonly<Record<string, LanguageSpec>> = {
  javascript: JS_ROW,
  typescript: JS_ROW,
  javascriptreact: JS_ROW,
  typescriptreact: JS_ROW,
  python: {
    comment: HASH,
    trailingCommentSafe: true,
    lexical: PYTHON_LEXICAL,
    move: {
      style: { kind: 'expression', flavor: 'python', lookup: (name) => `os.environ["${name}"]` },
      ensureImport: ensurePythonImportOs,
    },
  },
  go: {
    comment: SLASH,
    trailingCommentSafe: true,
    lexical: GO_LEXICAL,
    move: {
      style: { kind: 'expression', flavor: 'go', lookup: (name) => `os.Getenv("${name}")` },
      ensureImport: ensureGoImportOs,
      contextEdits: goConstToVar,
    },
  },
  java: {
    comment: SLASH,
    trailingCommentSafe: true,
    lexical: JAVA_LEXICAL,
    move: { style: { kind: 'expression', flavor: 'java', lookup: (name) => `System.getenv("${name}")` } },
  },
  kotlin: {
    comment: SLASH,
    trailingCommentSafe: true,
    lexical: KOTLIN_LEXICAL,
    move: {
      style: { kind: 'expression', flavor: 'kotlin', lookup: (name) => `System.getenv("${name}")` },
      contextEdits: (text, literal) => dropModifierOnLine(text, literal, /\bconst\s+(?=val\b)/),
    },
  },
  csharp: {
    comment: SLASH,
    trailingCommentSafe: true,
    lexical: CSHARP_LEXICAL,
    move: {
      style: {
        kind: 'expression',
        flavor: 'csharp',
        // `using System;` (or the SDK's implicit usings, which we cannot see) makes the short form work.
        lookup: (name, text) =>
          `${/^[ \t]*(?:global[ \t]+)?using[ \t]+System[ \t]*;/m.test(text) ? '' : 'System.'}Environment.GetEnvironmentVariable("${name}")`,
      },
      contextEdits: (text, literal) => (declarationBefore(text, literal, /\bconst\b/) ? undefined : []),
    },
  },
  ruby: {
    comment: HASH,
    trailingCommentSafe: true,
    lexical: RUBY_LEXICAL,
    move: { style: { kind: 'expression', flavor: 'ruby', lookup: (name) => `ENV.fetch("${name}")` } },
  },
  php: {
    comment: { line: '//', block: ['/*', '*/'] },
    trailingCommentSafe: true,
    lexical: PHP_LEXICAL,
    move: {
      style: { kind: 'expression', flavor: 'php', lookup: (name) => `getenv('${name}')` },
      // Class constants and property defaults must be constant expressions: no function call there.
      contextEdits: (text, literal) => (phpConstantContext(text, literal) ? undefined : []),
    },
  },
  lua: {
    comment: { line: '--', block: ['--[[', ']]'] },
    trailingCommentSafe: true,
    lexical: LUA_LEXICAL,
    move: { style: { kind: 'expression', flavor: 'lua', lookup: (name) => `os.getenv("${name}")` } },
  },
  powershell: {
    comment: { line: '#', block: ['<#', '#>'] },
    trailingCommentSafe: true,
    lexical: POWERSHELL_LEXICAL,
    move: { style: { kind: 'expression', flavor: 'powershell', lookup: (name) => `$env:${name}` } },
  },
  shellscript: { comment: HASH, trailingCommentSafe: true, lexical: SHELL_LEXICAL, move: { style: { kind: 'interpolation', shell: true } } },
  yaml: {
    comment: HASH,
    trailingCommentSafe: true,
    lexical: YAML_LEXICAL,
    yamlBlockScalars: true,
    // Spring, compose-like tools and envsubst templates expand ${NAME}; GitHub Actions and Kubernetes do not.
    move: { style: { kind: 'interpolation', shell: false }, contextEdits: (text) => (yamlWithoutEnvExpansion(text) ? undefined : []) },
  },
  dockercompose: { comment: HASH, trailingCommentSafe: true, lexical: YAML_LEXICAL, yamlBlockScalars: true, move: { style: { kind: 'interpolation', shell: false } } },
  // No env form: String literal → String::var(...) changes the type (&str vs String); left to the user.
  rust: { comment: SLASH, trailingCommentSafe: true, lexical: RUST_LEXICAL },
  c: { comment: SLASH, trailingCommentSafe: true, lexical: C_LEXICAL },
  cpp: { comment: SLASH, trailingCommentSafe: true, lexical: C_LEXICAL },
  swift: { comment: SLASH, trailingCommentSafe: true, lexical: KOTLIN_LEXICAL },
  toml: { comment: HASH, trailingCommentSafe: true, lexical: TOML_LEXICAL },
  terraform: { comment: { line: '#', block: ['/*', '*/'] }, trailingCommentSafe: true, lexical: HCL_LEXICAL },
  hcl: { comment: { line: '#', block: ['/*', '*/'] }, trailingCommentSafe: true, lexical: HCL_LEXICAL },
  sql: { comment: { line: '--', block: ['/*', '*/'] }, trailingCommentSafe: true, lexical: SQL_LEXICAL },
  jsonc: { comment: SLASH, trailingCommentSafe: true, lexical: JSONC_LEXICAL },
  // Line-oriented formats where text after a value on its line can become part of the value.
  dotenv: { comment: HASH, trailingCommentSafe: false },
  properties: { comment: HASH, trailingCommentSafe: false },
  ini: { comment: { line: ';' }, trailingCommentSafe: false },
  dockerfile: { comment: HASH, trailingCommentSafe: false },
  makefile: { comment: HASH, trailingCommentSafe: false },
  bat: { comment: { line: 'REM' }, trailingCommentSafe: false },
  vb: { comment: { line: "'" }, trailingCommentSafe: true, lexical: { lineComments: ["'"], blockComments: [], strings: [{ ...dq, escapes: false }] } },
  latex: { comment: { line: '%' }, trailingCommentSafe: true, lexical: { lineComments: ['%'], blockComments: [], strings: [] } },
  erlang: { comment: { line: '%' }, trailingCommentSafe: true, lexical: { lineComments: ['%'], blockComments: [], strings: [dq] } },
  haskell: { comment: { line: '--', block: ['{-', '-}'] }, trailingCommentSafe: true, lexical: { lineComments: ['--'], blockComments: [['{-', '-}']], strings: [dq] } },
  groovy: { comment: SLASH, trailingCommentSafe: true, lexical: { ...slashComments, strings: [rawTripleDq, dq, sq] } },
  scala: { comment: SLASH, trailingCommentSafe: true, lexical: { ...slashComments, strings: [rawTripleDq, dq] } },
  dart: { comment: SLASH, trailingCommentSafe: true, lexical: { ...slashComments, strings: [tripleDq, tripleSq, dq, sq] } },
  fsharp: { comment: { line: '//', block: ['(*', '*)'] }, trailingCommentSafe: true, lexical: { lineComments: ['//'], blockComments: [['(*', '*)']], strings: [rawTripleDq, dq] } },
  'objective-c': { comment: SLASH, trailingCommentSafe: true, lexical: C_LEXICAL },
  'objective-cpp': { comment: SLASH, trailingCommentSafe: true, lexical: C_LEXICAL },
  css: { comment: { block: ['/*', '*/'] }, trailingCommentSafe: true, lexical: { lineComments: [], blockComments: [['/*', '*/']], strings: [dq, sq] } },
  scss: { comment: SLASH, trailingCommentSafe: true, lexical: { ...slashComments, strings: [dq, sq] } },
  less: { comment: SLASH, trailingCommentSafe: true, lexical: { ...slashComments, strings: [dq, sq] } },
  r: { comment: HASH, trailingCommentSafe: true, lexical: { lineComments: ['#'], blockComments: [], strings: [multiDq, multiSq] } },
  perl: { comment: HASH, trailingCommentSafe: true, lexical: { lineComments: ['#'], blockComments: [], strings: [multiDq, multiSq], heredoc: 'shell' } },
  elixir: { comment: HASH, trailingCommentSafe: true, lexical: { lineComments: ['#'], blockComments: [], strings: [tripleDq, multiDq, multiSq] } },
  julia: { comment: HASH, trailingCommentSafe: true, lexical: { lineComments: ['#'], blockComments: [['#=', '=#']], strings: [tripleDq, multiDq] } },
  coffeescript: { comment: HASH, trailingCommentSafe: true, lexical: { lineComments: ['#'], blockComments: [['###', '###']], strings: [tripleDq, tripleSq, multiDq, multiSq] } },
  graphql: { comment: HASH, trailingCommentSafe: true, lexical: { lineComments: ['#'], blockComments: [], strings: [tripleDq, dq] } },
  clojure: { comment: { line: ';' }, trailingCommentSafe: true, lexical: { lineComments: [';'], blockComments: [], strings: [multiDq] } },
  cmake: { comment: HASH, trailingCommentSafe: true, lexical: { lineComments: ['#'], blockComments: [], strings: [multiDq] } },
  markdown: { comment: { block: ['<!--', '-->'] }, trailingCommentSafe: true, lexical: MARKDOWN_LEXICAL },
  html: { comment: { block: ['<!--', '-->'] }, trailingCommentSafe: true, lexical: MARKUP_LEXICAL },
  xml: { comment: { block: ['<!--', '-->'] }, trailingCommentSafe: true, lexical: MARKUP_LEXICAL },
  // json has no comment syntax and plaintext none that any tool understands: no ignore action there.
};

export function languageSpec(languageId: string): LanguageSpec | undefined {
  return Object.prototype.hasOwnProperty.call(LANGUAGES, languageId) ? LANGUAGES[languageId] : undefined;
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
