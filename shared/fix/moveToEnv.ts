// "Move to environment variable": the source edit (literal → env lookup, plus an import or declaration
// tweak when needed) and the edits to .env.example, .env and .gitignore at the workspace-folder root.

import { parseEnvFile, formatEnvValue } from './envFiles';
import { planGitignore } from './gitignoreRules';
import { isJsxAttributeValue } from './jsx';
import { languageSpec, type LanguageSpec, type MoveSpec } from './languages';
import { stateAt } from './lexer';
import { appendLinesEdit, detectEol, lineStartAt, type Eol } from './lines';
import { decodeLiteral, splitLiteral, type LiteralFlavor } from './literalValue';
import { deriveEnvVarName, isValidEnvVarName } from './naming';
import type { FileEdit, Finding, MoveToEnvPlan, OffsetRange, TextEdit, WorkspaceFilesState } from './types';
import { yamlLiteralBlockValue } from './yaml';

export interface MoveToEnvInput {
  readonly text: string;
  readonly languageId: string;
  readonly finding: Finding;
  readonly writeDotEnv: boolean;
  readonly files: WorkspaceFilesState;
}

/** What replaces the secret in the source, for a given variable name, and the value the program saw. */
interface Replacement {
  /** The run-time value the variable must hold so the program behaves as before. */
  readonly value: string;
  readonly edit: (name: string) => TextEdit;
  readonly literal: OffsetRange;
}

/** Undefined when the language has no env-lookup form or the literal cannot be moved safely. */
export function planMoveToEnv(input: MoveToEnvInput): MoveToEnvPlan | undefined {
  const { text, languageId, finding, writeDotEnv, files } = input;
  const language = languageSpec(languageId);
  const move = language?.move;
  if (!language || !move) return undefined;
  const replacement =
    move.style.kind === 'expression' ? expressionReplacement(text, language, move, finding) : interpolationReplacement(text, language, finding);
  if (!replacement) return undefined;
  const contextEdits = move.contextEdits ? move.contextEdits(text, replacement.literal) : [];
  if (!contextEdits) return undefined;

  const dotEnv = parseEnvFile(files.dotEnv ?? '');
  const example = parseEnvFile(files.dotEnvExample ?? '');
  const base = isValidEnvVarName(finding.envVar) ? finding.envVar : deriveEnvVarName(finding.envVar);
  const { name, alreadyInDotEnv } = chooseEnvVar(base, replacement.value, dotEnv, example);

  const sourceEol = detectEol(text);
  const sourceEdits = [...(move.ensureImport?.(text) ?? []), ...contextEdits, replacement.edit(name)];
  const fileEdits: FileEdit[] = [];
  if (!example.has(name)) fileEdits.push(appendToFile('.env.example', files.dotEnvExample, `${name}=`, sourceEol));
  if (writeDotEnv && !alreadyInDotEnv) {
    fileEdits.push(appendToFile('.env', files.dotEnv, `${name}=${formatEnvValue(replacement.value)}`, sourceEol));
  }
  const gitignore = planGitignore(files, writeDotEnv, sourceEol);
  if (gitignore) fileEdits.push(gitignore);
  return { envVar: name, sourceEdits, fileEdits };
}

/**
 * NAME is kept unless `.env` already assigns it a DIFFERENT value; then the first `NAME_2`, `NAME_3`, …
 * that is free in both files (or already holds this very value in `.env`) is used. This applies whether or
 * not `.env` is written: a differing `.env` value would be loaded at run time and silently replace the
 * secret. A name that only `.env.example` lists is reused: the example holds names, never values, and a
 * conventional name there (OPENAI_API_KEY) documents the same credential.
 */
export function chooseEnvVar(
  base: string,
  value: string,
  dotEnv: ReadonlyMap<string, string>,
  example: ReadonlyMap<string, string>,
): { name: string; alreadyInDotEnv: boolean } {
  const existing = dotEnv.get(base);
  if (existing === undefined) return { name: base, alreadyInDotEnv: false };
  if (existing === value) return { name: base, alreadyInDotEnv: true };
  for (let n = 2; ; n++) {
    const candidate = `${base}_${n}`;
    const held = dotEnv.get(candidate);
    if (held === value) return { name: candidate, alreadyInDotEnv: true };
    if (held === undefined && !example.has(candidate)) return { name: candidate, alreadyInDotEnv: false };
  }
}

function appendToFile(fileName: FileEdit['fileName'], content: string | undefined, line: string, sourceEol: Eol): FileEdit {
  const current = content ?? '';
  return {
    fileName,
    create: content === undefined,
    edits: [appendLinesEdit(current, [line], detectEol(current, sourceEol))],
  };
}

function expressionReplacement(text: string, language: LanguageSpec, move: MoveSpec, finding: Finding): Replacement | undefined {
  if (move.style.kind !== 'expression') return undefined;
  const { flavor, lookup } = move.style;
  const literal = quotedLiteral(text, language, finding);
  if (!literal) return undefined;
  // `tag\`…\`` or `x."…"`: the literal is glued to what precedes it, so an expression cannot replace it.
  if (/[\w$.]/.test(text[literal.start - 1] ?? '')) return undefined;
  if ((flavor === 'python' || flavor === 'ruby') && isImplicitConcatenation(text, literal)) return undefined;
  if (isConstantPatternPosition(text, literal, flavor)) return undefined;
  const value = decodeLiteral(text.slice(literal.start, literal.end), flavor);
  if (value === undefined || value === '') return undefined;
  const jsxAttribute = language.jsx === true && isJsxAttributeValue(text, literal.start);
  const propertyKey = language.jsx === true && isObjectPropertyKey(text, literal);
  const wrap = (expression: string): string => (jsxAttribute ? `{${expression}}` : propertyKey ? `[${expression}]` : expression);
  return { value, literal, edit: (name) => ({ range: literal, newText: wrap(lookup(name, text)) }) };
}

// The finding's literal when it is quoted; otherwise the string around the secret (a password inside a
// connection URL moves together with the whole URL, so the program still receives the same string).
function quotedLiteral(text: string, language: LanguageSpec, finding: Finding): OffsetRange | undefined {
  const given = finding.literalRange;
  if (splitLiteral(text.slice(given.start, given.end))) return given;
  if (!language.lexical) return undefined;
  const state = stateAt(text, language.lexical, finding.valueRange.start);
  if (state.kind !== 'string' || state.string.syntax.open === '<<') return undefined;
  const { start, end } = state.string;
  if (end < finding.valueRange.end) return undefined;
  const literal = { start: withStringPrefix(text, start), end };
  return splitLiteral(text.slice(literal.start, literal.end)) ? literal : undefined;
}

// Where only a literal may stand: a `case` label in Java, C# or a Python `match` (JS, Go and PHP take
// expressions there), or an argument of a Java/Kotlin annotation or a C# attribute.
function isConstantPatternPosition(text: string, literal: OffsetRange, flavor: LiteralFlavor): boolean {
  const before = text.slice(lineStartAt(text, literal.start), literal.start);
  const trimmed = before.trimEnd();
  const caseLabel = trimmed.endsWith('case') && !/[\w.]/.test(trimmed[trimmed.length - 5] ?? '') && trimmed !== before;
  if (caseLabel && (flavor === 'java' || flavor === 'csharp' || flavor === 'python')) return true;
  if (flavor === 'java' || flavor === 'kotlin') {
    const at = before.lastIndexOf('@');
    return at >= 0 && /^@[\w.]+[ \t]*\([^)]*$/.test(before.slice(at));
  }
  return flavor === 'csharp' && /^[ \t]*\[[\w.]+[ \t]*\([^)]*$/.test(before);
}

// `{ "literal": v }` in JS: an expression key must be computed (`[expr]`).
function isObjectPropertyKey(text: string, literal: OffsetRange): boolean {
  const { before, after } = neighbours(text, literal);
  return (text[before] === '{' || text[before] === ',') && text[after] === ':';
}

// `"abc" "def"` (Python, Ruby; across lines inside brackets): replacing one part with a call would not parse.
function isImplicitConcatenation(text: string, literal: OffsetRange): boolean {
  const { before, after } = neighbours(text, literal);
  return text[before] === '"' || text[before] === "'" || /^[rRbBuUfF]{0,2}["']/.test(text.slice(after, after + 3));
}

/** Offsets of the nearest non-whitespace characters around `literal` (-1 or text.length when there is none). */
function neighbours(text: string, literal: OffsetRange): { before: number; after: number } {
  let before = literal.start - 1;
  while (before >= 0 && /\s/.test(text[before])) before--;
  let after = literal.end;
  while (after < text.length && /\s/.test(text[after])) after++;
  return { before, after };
}

// Python r/b/u/f (and pairs like rb) and C# @/$ prefixes belong to the literal.
function withStringPrefix(text: string, quoteOffset: number): number {
  let start = quoteOffset;
  while (start > quoteOffset - 2 && start > 0 && /[rRbBuUfF@$]/.test(text[start - 1])) start--;
  if (start !== quoteOffset && start > 0 && /\w/.test(text[start - 1])) return quoteOffset;
  return start;
}

// Shell and YAML/compose substitute `${NAME}` inside strings, so only the value itself is replaced.
function interpolationReplacement(text: string, language: LanguageSpec, finding: Finding): Replacement | undefined {
  const { valueRange, literalRange } = finding;
  const shell = language.move?.style.kind === 'interpolation' && language.move.style.shell;
  const raw = text.slice(valueRange.start, valueRange.end);
  // A multi-line value in YAML is only moved from a literal block scalar, minus the block's indentation.
  const value = !shell && raw.includes('\n') ? yamlLiteralBlockValue(text, valueRange.start, valueRange.end) : raw;
  if (value === undefined) return undefined;
  const split = splitLiteral(text.slice(literalRange.start, literalRange.end));
  if (split?.quote === '"' && value.includes('\\')) return undefined;
  const replaceValue = (template: (name: string) => string): Replacement => ({
    value,
    literal: literalRange,
    edit: (name) => ({ range: valueRange, newText: template(name) }),
  });
  if (!shell) return replaceValue((name) => `\${${name}}`);
  if (split?.quote === '"') return replaceValue((name) => `\${${name}}`);
  if (split?.quote === "'") {
    // Single quotes do not expand: a whole-literal value becomes "${NAME}", a part closes and reopens them.
    if (split.content === value && !split.prefix) {
      return { value, literal: literalRange, edit: (name) => ({ range: literalRange, newText: `"\${${name}}"` }) };
    }
    return replaceValue((name) => `'"\${${name}}"'`);
  }
  if (split || !language.lexical) return undefined;
  const state = stateAt(text, language.lexical, valueRange.start);
  if (state.kind === 'comment') return undefined;
  if (state.kind === 'code') return replaceValue((name) => `"\${${name}}"`);
  const opener = text.slice(state.string.start, state.string.contentStart);
  if (state.string.syntax.open === '<<') {
    // `<<'EOF'` bodies do not expand variables.
    return /['"]/.test(opener) ? undefined : replaceValue((name) => `\${${name}}`);
  }
  return state.string.syntax.open === '"' ? replaceValue((name) => `\${${name}}`) : replaceValue((name) => `'"\${${name}}"'`);
}
