// `npm run bench:perf`: scanning throughput on a large generated tree, and adversarial inputs at doubling
// sizes to show that time grows linearly with the text (a quadratic pattern would quadruple per doubling).
// Options: --mb=N (size of the large tree, default 12).

import { generateCorpus, type CorpusFile } from './lib/corpus';
import { markdownTable } from './lib/report';
import { Rng } from './lib/rng';
import { scanText } from '../shared/scanner';

function option(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

/** Median of `runs` timings, in seconds, after one warm-up. */
function time(runs: number, work: () => void): number {
  work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    work();
    samples.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

function largeTree(targetBytes: number): CorpusFile[] {
  const files: CorpusFile[] = [];
  let bytes = 0;
  for (let seed = 0; bytes < targetBytes; seed++) {
    for (const file of generateCorpus({ seed: `perf-${seed}`, placementsPerFormat: 8, projects: 24 }).files) {
      files.push({ ...file, path: `tree-${seed}/${file.path}` });
      bytes += Buffer.byteLength(file.text);
    }
  }
  return files;
}

// Each builder makes an input of about `size` characters.
const ADVERSARIAL: { name: string; fileName: string; build: (size: number) => string }[] = [
  {
    name: 'minified JS, one line',
    fileName: 'dist/app.min.js',
    build: (size) => {
      const rng = new Rng('minified');
      let out = '';
      while (out.length < size) {
        const id = rng.string('letters', 2);
        out += `var ${id}=function(t){return t.apiKey||t.token||t.secret},${id}x={password:"${rng.string('alnum', 12)}",tokenType:"Bearer",key:"${rng.string('hex', 16)}"};`;
      }
      return out.slice(0, size);
    },
  },
  { name: 'one character repeated', fileName: 'blob.txt', build: (size) => 'a'.repeat(size) },
  { name: 'one base64 character repeated in a secret assignment', fileName: 'config.py', build: (size) => `api_key = "${'A'.repeat(size - 13)}"\n` },
  { name: 'keyword hits, no match (sk- ghp_ token= AKIA)', fileName: 'notes.txt', build: (size) => 'sk- ghp_ token= AKIA xoxb- password: -----BEGIN '.repeat(Math.ceil(size / 49)).slice(0, size) },
  { name: 'unterminated quote after a secret name', fileName: 'config.js', build: (size) => `const secret = "${'x9'.repeat(size / 2)}` },
  { name: 'base64 data URI', fileName: 'index.html', build: (size) => `<img src="data:image/png;base64,${Buffer.from(new Rng('png').string('alnum', Math.floor(size * 0.75))).toString('base64')}">` },
];

function main(): void {
  const targetMb = Number(option('mb') ?? 12);
  const files = largeTree(targetMb * 1e6);
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  let findings = 0;
  const treeSeconds = time(3, () => {
    findings = 0;
    for (const f of files) findings += scanText(f.text, { fileName: f.path }).length;
  });
  const treeTable = markdownTable(
    ['Input', 'Files', 'Size (MB)', 'Findings', 'Time (s)', 'MB/s', 'Files/s'],
    [['generated tree (all file kinds)', String(files.length), (bytes / 1e6).toFixed(2), String(findings), treeSeconds.toFixed(3), (bytes / 1e6 / treeSeconds).toFixed(1), Math.round(files.length / treeSeconds).toString()]],
  );

  const rows: string[][] = [];
  for (const input of ADVERSARIAL) {
    let previous: number | undefined;
    for (const size of [1_250_000, 2_500_000, 5_000_000]) {
      const text = input.build(size);
      const seconds = time(3, () => scanText(text, { fileName: input.fileName }));
      const ratio = previous === undefined ? '–' : `×${(seconds / previous).toFixed(2)}`;
      rows.push([input.name, (text.length / 1e6).toFixed(2), (seconds * 1000).toFixed(1), (text.length / 1e6 / seconds).toFixed(1), ratio]);
      previous = seconds;
    }
    log(`done: ${input.name}`);
  }
  const adversarialTable = markdownTable(['Adversarial input', 'Size (M chars)', 'Time (ms)', 'M chars/s', 'Time vs half size'], rows);
  process.stdout.write(`Node ${process.version}, ${process.platform}/${process.arch}; median of 3 runs after a warm-up, in-memory (no file I/O).\n\n${treeTable}\n\nDoubling the input should about double the time (×2); a quadratic pattern would show ×4.\n\n${adversarialTable}\n`);
}

main();
