// "Ignore this secret": a `keyguard:allow` comment on the secret's line where a trailing comment cannot
// change any value, else `keyguard:allow-next-line` on its own line above, indented like that line.

import { isJsxAttributeValue } from './jsx';
import { languageSpec, type CommentSyntax, type LanguageSpec } from './languages';
import { stateAt } from './lexer';
import { detectEol, leadingWhitespace, lineEndAt, lineStartAt } from './lines';
import { yamlBlockScalarIndicator } from './yaml';
import type { Finding, TextEdit } from './types';

export const ALLOW_MARKER = 'keyguard:allow';
export const ALLOW_NEXT_LINE_MARKER = 'keyguard:allow-next-line';

/** Undefined for languages without comments (json, plaintext) or unknown to the language table. */
export function planIgnoreComment(text: string, languageId: string, finding: Finding): readonly TextEdit[] | undefined {
  const language = languageSpec(languageId);
  if (!language) return undefined;
  // The scanner honours markers on the line where the literal starts (or a next-line marker above it).
  const anchor = Math.min(finding.literalRange.start, finding.valueRange.start);
  const lineStart = lineStartAt(text, anchor);
  const lineEnd = lineEndAt(text, anchor);
  if (trailingCommentIsSafe(text, language, finding, lineStart, lineEnd)) {
    const literalEnd = Math.max(finding.literalRange.end, finding.valueRange.end);
    if (language.jsx && language.comment.block) {
      const marker = blockComment(language.comment.block, ALLOW_MARKER);
      // Between JSX attributes only a block comment is valid; after the tag it would become text.
      if (isJsxAttributeValue(text, finding.literalRange.start)) return [insertAt(literalEnd, ` ${marker}`)];
      // A bare secret in JSX text: a comment there must be an expression container, right after it.
      if (isInJsxText(text, language, finding, lineStart, lineEnd)) return [insertAt(literalEnd, ` {${marker}}`)];
    }
    const comment = formatComment(language.comment, ALLOW_MARKER);
    if (comment) {
      const contentEnd = lineStart + text.slice(lineStart, lineEnd).trimEnd().length;
      return [insertAt(contentEnd, `${language.trailingCommentGap ?? ' '}${comment}`)];
    }
  }
  const comment = formatComment(language.comment, ALLOW_NEXT_LINE_MARKER);
  if (!comment) return undefined;
  const indent = leadingWhitespace(text.slice(lineStart, lineEnd));
  return [insertAt(lineStart, `${indent}${comment}${detectEol(text)}`)];
}

// Unquoted, not in a string or comment, on a line with markup: the text between JSX tags.
function isInJsxText(text: string, language: LanguageSpec, finding: Finding, lineStart: number, lineEnd: number): boolean {
  const { literalRange, valueRange } = finding;
  if (literalRange.start !== valueRange.start || literalRange.end !== valueRange.end || !language.lexical) return false;
  if (stateAt(text, language.lexical, valueRange.start).kind !== 'code') return false;
  const line = text.slice(lineStart, lineEnd);
  return line.includes('<') || line.includes('>');
}

function trailingCommentIsSafe(text: string, language: LanguageSpec, finding: Finding, lineStart: number, lineEnd: number): boolean {
  if (!language.trailingCommentSafe) return false;
  const end = Math.max(finding.literalRange.end, finding.valueRange.end);
  if (end > lineEnd) return false; // the secret spans lines (PEM block, multi-line string)
  if (text.slice(lineStart, lineEnd).trimEnd().endsWith('\\')) return false; // line continuation
  if (language.yamlBlockScalars && yamlBlockScalarIndicator(text, lineStart) !== undefined) return false;
  if (language.lexical && stateAt(text, language.lexical, lineEnd).kind === 'string') return false;
  return true;
}

function formatComment(syntax: CommentSyntax, marker: string): string | undefined {
  if (syntax.line) return `${syntax.line} ${marker}`;
  return syntax.block ? blockComment(syntax.block, marker) : undefined;
}

function blockComment([open, close]: readonly [string, string], marker: string): string {
  return `${open} ${marker} ${close}`;
}

function insertAt(offset: number, newText: string): TextEdit {
  return { range: { start: offset, end: offset }, newText };
}
