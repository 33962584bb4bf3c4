// `--update-readme`: replaces the text between `<!-- NAME:start -->` and `<!-- NAME:end -->` in the READMEs
// that carry those markers (bench/README.md always; the top-level README once its owner adds them), so the
// published figures are exactly what the bench printed.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function updateReadmes(root: string, name: string, content: string, log: (line: string) => void): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  for (const file of [join(root, 'bench', 'README.md'), join(root, 'README.md')]) {
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) continue;
    writeFileSync(file, `${text.slice(0, from + start.length)}\n${content.trim()}\n${text.slice(to)}`);
    log(`updated ${name} in ${file}`);
  }
}
