// `npm run bench:wild`: out-of-sample precision. Scans real code believed free of live credentials — this
// repository's own node_modules (fixed by package-lock.json) and, when Python is installed, its standard library —
// with the engine and file reader the CLI uses, and prints findings per rule and per MB. Every finding here is a
// false positive or a shipped test/example key; the locations let a person triage them.
// Options: --examples=N (locations listed per rule, default 5), --root=LABEL=PATH (scan another tree too; repeatable).
// Values are never printed: a location is path:line plus the masked preview. bench/out/wild-results.json lists
// every location (same masking) for triage.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { DEFAULT_MAX_FILE_SIZE_KB } from '../cli/args';
import { scanText } from '../shared/scanner';
import { listFiles, readScannableFile } from '../shared/workspace/files';
import { compareCodeUnits } from '../shared/workspace/paths';

interface Tree {
  readonly label: string;
  readonly path: string;
  readonly exclude: readonly string[];
}

interface TreeTotals {
  files: number;
  bytes: number;
  skipped: number;
  findings: number;
}

interface Location {
  readonly tree: string;
  readonly path: string;
  readonly line: number;
  readonly preview: string;
}

interface RuleTotals {
  readonly ruleId: string;
  readonly family: string;
  readonly byTree: Map<string, number>;
  readonly locations: Location[];
}

function option(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const log = (line: string) => process.stderr.write(`[bench:wild] ${line}\n`);
const root = resolve(__dirname, '..', '..');
const MB = 1024 * 1024;

function pythonStdlib(): string | undefined {
  try {
    const path = execFileSync('python3', ['-c', "import sysconfig;print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function trees(): Tree[] {
  const list: Tree[] = [{ label: 'node_modules', path: join(root, 'node_modules'), exclude: [] }];
  const stdlib = pythonStdlib();
  // site-packages holds third-party packages, not the standard library; bytecode caches are binary anyway.
  if (stdlib) list.push({ label: 'python-stdlib', path: stdlib, exclude: ['site-packages', '__pycache__'] });
  else log('python3 not found: scanning node_modules only');
  for (const arg of process.argv.filter((a) => a.startsWith('--root='))) {
    const [label, path] = arg.slice('--root='.length).split(/=(.*)/s);
    if (label && path) list.push({ label, path: resolve(path), exclude: [] });
  }
  return list;
}

/** 1-based line of `offset`, counted only for findings (most files have none). */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

async function scanTree(tree: Tree, rules: Map<string, RuleTotals>): Promise<TreeTotals> {
  const totals: TreeTotals = { files: 0, bytes: 0, skipped: 0, findings: 0 };
  const listing = await listFiles(tree.path, { respectGitignore: false, exclude: tree.exclude });
  totals.skipped += listing.skipped.length;
  for (const path of [...listing.files].sort(compareCodeUnits)) {
    const read = await readScannableFile(path, { maxFileSizeBytes: DEFAULT_MAX_FILE_SIZE_KB * 1024 });
    if (read.kind === 'skipped') {
      totals.skipped++;
      continue;
    }
    totals.files++;
    totals.bytes += Buffer.byteLength(read.text);
    for (const finding of scanText(read.text, { fileName: path })) {
      totals.findings++;
      const rule: RuleTotals = rules.get(finding.ruleId) ?? { ruleId: finding.ruleId, family: finding.family, byTree: new Map(), locations: [] };
      rules.set(finding.ruleId, rule);
      rule.byTree.set(tree.label, (rule.byTree.get(tree.label) ?? 0) + 1);
      rule.locations.push({ tree: tree.label, path: relative(tree.path, path), line: lineOf(read.text, finding.valueRange.start), preview: finding.preview });
    }
  }
  return totals;
}

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
  const align = header.map((_, i) => (i === 0 ? '---' : '---:'));
  return [line(header), line(align), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const maxExamples = Number(option('examples') ?? 5);
  const rules = new Map<string, RuleTotals>();
  const results: { tree: Tree; totals: TreeTotals; seconds: number }[] = [];
  for (const tree of trees()) {
    if (!existsSync(tree.path)) {
      log(`${tree.label}: ${tree.path} does not exist, skipped (run npm ci first)`);
      continue;
    }
    log(`scanning ${tree.label} (${tree.path})`);
    const started = process.hrtime.bigint();
    const totals = await scanTree(tree, rules);
    results.push({ tree, totals, seconds: Number(process.hrtime.bigint() - started) / 1e9 });
  }

  const mb = (bytes: number) => bytes / MB;
  const perMb = (count: number, bytes: number) => (bytes === 0 ? '–' : (count / mb(bytes)).toFixed(3));
  const allBytes = results.reduce((sum, r) => sum + r.totals.bytes, 0);
  const allFindings = results.reduce((sum, r) => sum + r.totals.findings, 0);
  const labels = results.map((r) => r.tree.label);

  const out: string[] = [];
  out.push(`Text files under the CLI's default size limit (${DEFAULT_MAX_FILE_SIZE_KB} KiB); binary and larger files skipped.`, '');
  out.push(
    table(
      ['Tree', 'Files', 'MB', 'Skipped', 'Findings', 'Findings / MB', 'Time (s)'],
      [
        ...results.map((r) => [r.tree.label, r.totals.files, mb(r.totals.bytes).toFixed(1), r.totals.skipped, r.totals.findings, perMb(r.totals.findings, r.totals.bytes), r.seconds.toFixed(1)]),
        ['**all**', results.reduce((s, r) => s + r.totals.files, 0), mb(allBytes).toFixed(1), results.reduce((s, r) => s + r.totals.skipped, 0), allFindings, perMb(allFindings, allBytes), results.reduce((s, r) => s + r.seconds, 0).toFixed(1)],
      ],
    ),
    '',
  );
  const sorted = [...rules.values()].sort((a, b) => total(b) - total(a) || compareCodeUnits(a.ruleId, b.ruleId));
  if (sorted.length > 0) {
    out.push(table(['Rule', 'Family', ...labels, 'Total', 'Per MB'], sorted.map((r) => [`\`${r.ruleId}\``, r.family, ...labels.map((l) => r.byTree.get(l) ?? 0), total(r), perMb(total(r), allBytes)])), '');
    const byFamily = new Map<string, number>();
    for (const r of sorted) byFamily.set(r.family, (byFamily.get(r.family) ?? 0) + total(r));
    out.push(table(['Family', 'Findings', 'Per MB'], [...byFamily].sort((a, b) => b[1] - a[1]).map(([family, count]) => [family, count, perMb(count, allBytes)])), '');
    out.push('Locations (path:line, masked preview):', '');
    for (const r of sorted) {
      out.push(`- \`${r.ruleId}\``);
      for (const loc of r.locations.slice(0, maxExamples)) out.push(`  - ${loc.tree}/${loc.path}:${loc.line} \`${loc.preview}\``);
    }
  }
  console.log(out.join('\n'));

  const jsonPath = join(root, 'bench', 'out', 'wild-results.json');
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeFileSync(
    jsonPath,
    JSON.stringify({ trees: results.map((r) => ({ ...r.tree, ...r.totals, seconds: r.seconds })), rules: sorted.map((r) => ({ ...r, byTree: Object.fromEntries(r.byTree), total: total(r) })) }, null, 2),
  );
  log(`wrote ${relative(root, jsonPath)}`);
}

function total(rule: RuleTotals): number {
  let sum = 0;
  for (const count of rule.byTree.values()) sum += count;
  return sum;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
