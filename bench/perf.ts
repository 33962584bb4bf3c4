// `npm run bench:perf`: scanning throughput on a large generated tree, and adversarial inputs at doubling
// sizes to show that time grows linearly with the text (a quadratic pattern would quadruple per doubling).
// Options: --mb=N (size of the large tree, default 12), --budget=S (max seconds per adversarial size, default 30),
// --update-readme (rewrite the marked results sections).

import { generateCorpus, type CorpusFile } from './lib/corpus';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { updateReadmes } from './lib/readme';
import { markdownTable } from './lib/report';
import { Rng } from './lib/rng';
import { scanText } from '../shared/scanner';

function option(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

/**
 * Times `work`: the first run doubles as warm-up; when it took under five seconds, the fastest of `runs` more
 * runs is returned (on a shared machine the minimum is the least noisy estimate of the work itself).
 */
function time(runs: number, work: () => void): number {
  const once = () => {
    const started = process.hrtime.bigint();
    work();
    return Number(process.hrtime.bigint() - started) / 1e9;
  };
  const first = once();
  if (first > 5) return first;
  return Math.min(...Array.from({ length: runs }, once));
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
        // Secret-ish names everywhere, but no credential: property reads, short words, cache-busting hashes.
        out += `var ${id}=function(t){return t.apiKey||t.token||t.secret},${id}x={password:t.password,tokenType:"Bearer",cacheKey:"v2-${rng.string('hex', 16)}"};`;
      }
      return out.slice(0, size);
    },
  },
  {
    // Not realistic (a finding every ~70 chars), but it is how a per-finding cost that depends on the line length shows.
    name: 'minified JS, one line, many findings',
    fileName: 'dist/vendor.min.js',
    build: (size) => {
      const rng = new Rng('findings');
      let out = '';
      while (out.length < size) out += `${rng.string('letters', 2)}={password:"${rng.string('alnum', 14)}",n:${rng.int(0, 99)}};`;
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
  // The same tree from disk: what a workspace scan pays, reading included (written once to a temp folder).
  const diskRoot = mkdtempSync(join(tmpdir(), 'keyguard-perf-'));
  for (const f of files) {
    mkdirSync(dirname(join(diskRoot, f.path)), { recursive: true });
    writeFileSync(join(diskRoot, f.path), f.text);
  }
  const diskSeconds = time(3, () => {
    for (const f of files) scanText(readFileSync(join(diskRoot, f.path), 'utf8'), { fileName: f.path });
  });
  rmSync(diskRoot, { recursive: true, force: true });
  const treeTable = markdownTable(
    ['Input', 'Files', 'Size (MB)', 'Findings', 'Time (s)', 'MB/s', 'Files/s'],
    [
      ['generated tree, in memory', String(files.length), (bytes / 1e6).toFixed(2), String(findings), treeSeconds.toFixed(3), (bytes / 1e6 / treeSeconds).toFixed(1), Math.round(files.length / treeSeconds).toString()],
      ['same tree read from disk + scanned', String(files.length), (bytes / 1e6).toFixed(2), String(findings), diskSeconds.toFixed(3), (bytes / 1e6 / diskSeconds).toFixed(1), Math.round(files.length / diskSeconds).toString()],
    ],
  );

  const sizes = [312_500, 625_000, 1_250_000, 2_500_000, 5_000_000];
  const rows: string[][] = [];
  const budgetSeconds = Number(option('budget') ?? 30);
  for (const input of ADVERSARIAL) {
    const times: number[] = [];
    for (const size of sizes) {
      const text = input.build(size);
      times.push(time(5, () => scanText(text, { fileName: input.fileName })));
      // A super-linear case must not hang the bench: stop before a size that could blow the budget.
      if (times[times.length - 1] * 4 > budgetSeconds) break;
    }
    const complete = times.length === sizes.length;
    const growth = times[times.length - 1] / times[0];
    const inputGrowth = sizes[times.length - 1] / sizes[0];
    // Linear work grows ×16 over ×16 input; allow 2.5× for timing noise on a shared machine. Quadratic would be ×256.
    const verdict = !complete ? `super-linear: stopped, next size over the ${budgetSeconds} s budget` : growth <= inputGrowth * 2.5 ? 'linear' : 'super-linear';
    rows.push([
      input.name,
      ...sizes.map((_, k) => (k < times.length ? (times[k] * 1000).toFixed(0) : '–')),
      `×${growth.toFixed(1)} for ×${inputGrowth} input`,
      verdict,
    ]);
    log(`done: ${input.name}`);
  }
  const adversarialTable = markdownTable(['Adversarial input (time in ms)', ...sizes.map((n) => `${(n / 1e6).toFixed(2)} M chars`), 'Growth', 'Verdict'], rows);
  const report = `Node ${process.version}, ${process.platform}/${process.arch}; Tree: fastest of 3 runs after a warm-up; adversarial inputs: fastest of 5 (a single run when one takes over 5 s). Timings on a shared machine are noisy; the growth over a ×16 size range is the robust signal.\n\n${treeTable}\n\nLinear work grows about ×16 from the smallest to the largest size; quadratic work would grow ×256.\n\n${adversarialTable}\n`;
  process.stdout.write(report);
  if (process.argv.includes('--update-readme')) updateReadmes(resolve(__dirname, '..', '..'), 'bench:perf', `${report}\nReproduce: \`npm run bench:perf\`.`, log);
}

main();
