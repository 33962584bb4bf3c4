// `"os"` for the Go fix: added to the import block (sorted within its first group), after single-line
// imports, or after the package clause when the file imports nothing.

import { detectEol, lineEndAt, splitLines } from './lines';
import type { TextEdit } from './types';

const IMPORT_SPEC = /^\s*(?:([A-Za-z_][A-Za-z0-9_]*|\.)\s+)?"([^"]+)"/;

export function ensureGoImportOs(text: string): TextEdit[] {
  const eol = detectEol(text);
  const lines = splitLines(text);
  let packageLine = -1;
  let lastSingleImport = -1;
  let block: { open: number; close: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].text;
    if (packageLine < 0 && /^package\s/.test(line)) packageLine = i;
    const single = /^import\s(.*)$/.exec(line);
    if (single) {
      single[1] = single[1].trim();
      if (/^\(\s*(\/\/.*)?$/.test(single[1])) {
        const close = lines.findIndex((l, j) => j > i && /^\s*\)/.test(l.text));
        if (close < 0) return [];
        for (let j = i + 1; j < close; j++) if (bindsOs(lines[j].text)) return [];
        block ??= { open: i, close };
        i = close;
        continue;
      }
      if (single[1].startsWith('(')) {
        // `import ( "fmt"; "os" )` on one line.
        if (single[1].includes('"os"')) return [];
        lastSingleImport = i;
        continue;
      }
      if (bindsOs(single[1])) return [];
      lastSingleImport = i;
    } else if (/^(func|type|var|const)\b/.test(line)) {
      break;
    }
  }
  if (block) {
    const at = sortedPosition(lines, block.open, block.close);
    const firstSpec = lines.slice(block.open + 1, block.close).find((line) => IMPORT_SPEC.test(line.text));
    const indent = (firstSpec && /^\s*/.exec(firstSpec.text)?.[0]) || '\t';
    const start = lines[at].start;
    return [{ range: { start, end: start }, newText: `${indent}"os"${eol}` }];
  }
  const anchor = lastSingleImport >= 0 ? lastSingleImport : packageLine;
  if (anchor < 0) return [];
  const end = lineEndAt(text, lines[anchor].start);
  const newText = lastSingleImport >= 0 ? `${eol}import "os"` : `${eol}${eol}import "os"`;
  return [{ range: { start: end, end }, newText }];
}

function bindsOs(spec: string): boolean {
  const match = IMPORT_SPEC.exec(spec);
  if (!match || match[2] !== 'os') return false;
  return match[1] === undefined || match[1] === 'os';
}

// Line index before which `"os"` keeps the first group of the block in gofmt's sorted order.
function sortedPosition(lines: readonly { text: string }[], open: number, close: number): number {
  for (let j = open + 1; j < close; j++) {
    const text = lines[j].text;
    if (text.trim() === '') return j;
    const match = IMPORT_SPEC.exec(text);
    if (match && match[2] > 'os') return j;
  }
  return close;
}
