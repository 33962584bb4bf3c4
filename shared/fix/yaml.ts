// YAML block scalars (`key: |`, `- >-`): multi-line strings that only indentation delimits.

import { leadingWhitespace, lineEndAt, lineStartAt } from './lines';

/**
 * `|` or `>` when the line starting at `lineStart` is content of a block scalar (the nearest line above
 * with less indentation ends with a block indicator), else undefined.
 */
export function yamlBlockScalarIndicator(text: string, lineStart: number): '|' | '>' | undefined {
  const indent = leadingWhitespace(text.slice(lineStart, lineEndAt(text, lineStart))).length;
  let end = lineStart;
  while (end > 0) {
    const start = lineStartAt(text, end - 1);
    const line = text.slice(start, lineEndAt(text, start));
    end = start;
    if (line.trim() === '') continue;
    if (leadingWhitespace(line).length >= indent) continue;
    return blockIndicator(line);
  }
  return undefined;
}

/**
 * The value YAML reads from a literal (`|`) block scalar's lines: each line after the first loses the
 * block's indentation (the column where the value starts). Undefined when the value does not start a line
 * of the block, a line is less indented, or the block is folded (`>`), where newlines become spaces.
 */
export function yamlLiteralBlockValue(text: string, start: number, end: number): string | undefined {
  const lineStart = lineStartAt(text, start);
  if (yamlBlockScalarIndicator(text, lineStart) !== '|') return undefined;
  const indent = start - lineStart;
  if (leadingWhitespace(text.slice(lineStart, start)).length !== indent) return undefined;
  const lines = text.slice(start, end).split('\n');
  const out = [lines[0]];
  for (const line of lines.slice(1)) {
    const body = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (body.trim() === '') {
      out.push('');
      continue;
    }
    if (leadingWhitespace(body).length < indent) return undefined;
    out.push(body.slice(indent));
  }
  return out.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line)).join('\n');
}

function blockIndicator(line: string): '|' | '>' | undefined {
  const comment = line.search(/\s#/);
  const code = (comment < 0 ? line : line.slice(0, comment)).trimEnd();
  const match = /[|>][0-9+-]{0,2}$/.exec(code);
  if (!match) return undefined;
  const before = code[match.index - 1];
  if (before !== undefined && before !== ' ' && before !== '\t') return undefined;
  return match[0][0] === '|' ? '|' : '>';
}
