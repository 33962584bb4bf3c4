// `import os` for the Python fix: detect an existing module-level import, else place one where Python
// allows it and readers expect it (after shebang/encoding comments, the module docstring and
// `from __future__` imports, which must stay first).

import { detectEol, splitLines } from './lines';
import type { TextEdit } from './types';

/** True when a module-level statement binds the name `os` (`import os`, `import sys, os`, `import os.path`). */
export function pythonImportsOs(text: string): boolean {
  for (const line of splitLines(text)) {
    const match = /^\uFEFF?import\s([^#;]*)/.exec(line.text);
    if (!match) continue;
    for (const item of match[1].split(',')) {
      const words = item.trim().split(/\s+/);
      const module = words[0];
      if (words.length === 1 && (module === 'os' || module.startsWith('os.'))) return true;
      if (words.length === 3 && words[1] === 'as' && words[2] === 'os') return true;
    }
  }
  return false;
}

export function ensurePythonImportOs(text: string): TextEdit[] {
  if (pythonImportsOs(text)) return [];
  const eol = detectEol(text);
  // A byte order mark must stay the first character of the file.
  const offset = Math.max(pythonImportOffset(text), text.startsWith('\uFEFF') ? 1 : 0);
  if (offset === text.length && text !== '' && !text.endsWith('\n')) {
    return [{ range: { start: offset, end: offset }, newText: `${eol}import os${eol}` }];
  }
  return [{ range: { start: offset, end: offset }, newText: `import os${eol}` }];
}

/** Start of the line where `import os` goes. */
export function pythonImportOffset(text: string): number {
  const lines = splitLines(text);
  let afterHeader = 0; // index of the first line after the header elements seen so far
  let i = 0;
  let sawStatement = false;
  while (i < lines.length) {
    const trimmed = lines[i].text.trim();
    if (trimmed === '' || trimmed.startsWith('#')) {
      // Shebang, encoding and licence comments at the top stay above the import.
      if (!sawStatement && trimmed.startsWith('#')) afterHeader = i + 1;
      i++;
      continue;
    }
    if (!sawStatement && isDocstringStart(trimmed)) {
      const end = docstringEndLine(lines, i);
      if (end < 0) return text.length;
      sawStatement = true;
      afterHeader = end + 1;
      i = end + 1;
      continue;
    }
    if (/^from\s+__future__\s+import\b/.test(trimmed)) {
      const end = statementEndLine(lines, i);
      sawStatement = true;
      afterHeader = end + 1;
      i = end + 1;
      continue;
    }
    // The first real statement: join the existing imports when they start here.
    if (/^\uFEFF?(import|from)\s/.test(lines[i].text)) afterHeader = i;
    break;
  }
  return afterHeader < lines.length ? lines[afterHeader].start : text.length;
}

function isDocstringStart(trimmed: string): boolean {
  return /^[rRuU]?("""|'''|"|')/.test(trimmed);
}

// Line index where the docstring opened on `first` closes, or -1 when it never does.
function docstringEndLine(lines: readonly { text: string }[], first: number): number {
  const opening = /^\s*[rRuU]?("""|'''|"|')/.exec(lines[first].text);
  if (!opening) return first;
  const quote = opening[1];
  let from = opening[0].length;
  for (let i = first; i < lines.length; i++) {
    const close = findUnescaped(lines[i].text, quote, i === first ? from : 0);
    if (close >= 0) return i;
    if (quote.length === 1) return i;
    from = 0;
  }
  return -1;
}

function findUnescaped(line: string, quote: string, from: number): number {
  for (let j = from; j < line.length; j++) {
    if (line[j] === '\\') j++;
    else if (line.startsWith(quote, j)) return j;
  }
  return -1;
}

// `from __future__ import (a,\n b)` and backslash continuations span several lines.
function statementEndLine(lines: readonly { text: string }[], first: number): number {
  let depth = 0;
  for (let i = first; i < lines.length; i++) {
    const hash = lines[i].text.indexOf('#');
    const code = hash < 0 ? lines[i].text : lines[i].text.slice(0, hash);
    for (const ch of code) {
      if (ch === '(') depth++;
      else if (ch === ')') depth--;
    }
    if (depth <= 0 && !code.trimEnd().endsWith('\\')) return i;
  }
  return lines.length - 1;
}
