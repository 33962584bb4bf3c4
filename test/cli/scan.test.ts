// End-to-end tests of `keyguard scan` (dist/cli.js) on temp fixture trees.

import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Sarif from 'sarif';
import { catalog } from '../../shared/detectors/index';
import type { JsonReport } from '../../shared/report/json';
import { secretText, type SecretText } from '../support/secrets';
import { makeTempDir, removeTree, writeTree } from '../support/tempTree';
import { CLI, lineColumn, runCli } from './fixtures';

/** The catalog's description of a rule, escaped for a RegExp: the wording may change, the layout may not. */
function describedAs(ruleId: string): string {
  const detector = catalog.find((entry) => entry.id === ruleId);
  assert.ok(detector, `no detector ${ruleId}`);
  return detector.description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const packageVersion = (JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { version: string }).version;

describe('keyguard scan (CLI)', function () {
  let root: string;
  let python: SecretText;
  let typescript: SecretText;
  let ignored: SecretText;
  let excluded: SecretText;
  let allSecrets: string[];

  before(function () {
    assert.ok(existsSync(CLI), `build first: ${CLI} is missing`);
    python = secretText('import openai\n\nclient = openai.OpenAI(api_key="«sk-proj-|u|156»")\n', 101);
    // CRLF and a non-BMP character before the key: columns count UTF-16 code units.
    typescript = secretText("// 🔑 config\r\nexport const aws = {\r\n  accessKeyId: '«AKIA|B|16»',\r\n};\r\n", 102);
    ignored = secretText('OPENAI_API_KEY = "«sk-proj-|u|156»"\n', 103);
    excluded = secretText("const key = '«sk-proj-|u|156»';\n", 104);
    allSecrets = [python, typescript, ignored, excluded].flatMap((fixture) => fixture.values);
    root = makeTempDir('cli');
    writeTree(root, {
      '.gitignore': 'generated/\n',
      'app/main.py': python.text,
      'my src/config.ts': typescript.text,
      'generated/keys.py': ignored.text,
      'fixtures/sample.js': excluded.text,
      'vendor/lib.min.js': excluded.text,
      'README.md': '# Sample project\n\nNo secrets here: OPENAI_API_KEY=sk-...\n',
    });
  });

  after(function () {
    removeTree(root);
  });

  const scan = (args: readonly string[], cwd = root) => runCli(['scan', ...args], cwd, allSecrets);

  it('prints findings grouped by relative path with line:column, rule, masked preview and a summary; exits 1', async function () {
    const run = await scan(['--exclude', 'fixtures/**', '--exclude', '*.min.js']);
    assert.equal(run.code, 1, run.stderr);
    assert.equal(run.stderr, '');
    const lines = run.stdout.split('\n');
    const pyAt = lineColumn(python.text, python.offsets[0]);
    const tsAt = lineColumn(typescript.text, typescript.offsets[0]);
    const pyHeader = lines.indexOf('app/main.py');
    const tsHeader = lines.indexOf('my src/config.ts');
    assert.ok(pyHeader >= 0 && tsHeader > pyHeader, run.stdout);
    assert.match(lines[pyHeader + 1], new RegExp(`^  ${pyAt.line}:${pyAt.column}\\s+openai-api-key\\s+${describedAs('openai-api-key')}\\s+sk-proj-…\\S{1,4}$`));
    assert.match(lines[tsHeader + 1], new RegExp(`^  ${tsAt.line}:${tsAt.column}\\s+aws-access-key-id\\s+.+AKIA`));
    assert.equal(tsAt.column, 17, 'the emoji line does not shift the column of the next line');
    assert.match(run.stdout, /2 secrets found in 2 files \(\d+ files scanned\)\./);
    assert.doesNotMatch(run.stdout, /\u001b\[/, 'no colours when stdout is not a terminal');
  });

  it('scans the current directory when no path is given, and exits 0 with no findings', async function () {
    const clean = makeTempDir('cli-clean');
    const allowed = secretText('api_key = "«sk-proj-|u|156»"  # keyguard:allow\n', 105);
    try {
      writeTree(clean, {
        'index.js': 'const key = process.env.OPENAI_API_KEY;\n',
        'notes.txt': 'api_key = "<YOUR_API_KEY>"\n',
        'allowed.py': allowed.text,
      });
      const run = await runCli(['scan'], clean, [...allSecrets, ...allowed.values]);
      assert.equal(run.code, 0, run.stdout + run.stderr);
      assert.match(run.stdout, /^No secrets found \(3 files scanned\)\.\n$/);
    } finally {
      removeTree(clean);
    }
  });

  it('does not scan a .gitignored folder unless --no-gitignore is given', async function () {
    const withIgnore = await scan(['--format', 'json']);
    const report = JSON.parse(withIgnore.stdout) as JsonReport;
    assert.ok(!report.findings.some((finding) => finding.path.startsWith('generated/')), withIgnore.stdout);
    const without = JSON.parse((await scan(['--format', 'json', '--no-gitignore'])).stdout) as JsonReport;
    assert.ok(without.findings.some((finding) => finding.path === 'generated/keys.py'), 'the ignored file holds a secret');
  });

  it('honours --exclude globs relative to the scanned root, including basename globs', async function () {
    const all = JSON.parse((await scan(['--format', 'json'])).stdout) as JsonReport;
    const paths = new Set(all.findings.map((finding) => finding.path));
    assert.ok(paths.has('fixtures/sample.js') && paths.has('vendor/lib.min.js'), [...paths].join(', '));
    const some = JSON.parse((await scan(['--format', 'json', '--exclude', 'fixtures/**', '--exclude', '*.min.js'])).stdout) as JsonReport;
    assert.deepEqual(
      some.findings.map((finding) => finding.path),
      ['app/main.py', 'my src/config.ts'],
    );
  });

  it('writes the documented JSON shape with 1-based positions and an exclusive end column', async function () {
    const run = await scan(['app', 'my src', '--format', 'json']);
    assert.equal(run.code, 1);
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.equal(report.version, 1);
    assert.deepEqual(report.tool, { name: 'KeyGuard', version: packageVersion });
    assert.equal(report.root, root.replace(/\/$/, ''));
    assert.equal(report.findings.length, 2);
    for (const [finding, fixture] of [[report.findings[0], python], [report.findings[1], typescript]] as const) {
      const at = lineColumn(fixture.text, fixture.offsets[0]);
      assert.deepEqual(
        { line: finding.line, column: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
        { line: at.line, column: at.column, endLine: at.line, endColumn: at.column + fixture.values[0].length },
      );
      assert.deepEqual(Object.keys(finding).sort(), ['column', 'description', 'endColumn', 'endLine', 'envVar', 'line', 'path', 'preview', 'ruleId']);
    }
    assert.equal(report.findings[0].envVar, 'OPENAI_API_KEY');
    assert.deepEqual(report.summary, { filesScanned: 2, filesWithFindings: 2, findings: 2, filesSkipped: 0, skippedByReason: {} });
  });

  it('writes SARIF 2.1.0 with rules, relative URI-encoded artifact URIs, exclusive end columns and fingerprints', async function () {
    const run = await scan(['--format', 'sarif', '--exclude', 'fixtures/**', '--exclude', 'vendor']);
    assert.equal(run.code, 1, run.stderr);
    const log = JSON.parse(run.stdout) as Sarif.Log;
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema ?? '', /sarif-2\.1\.0/);
    assert.equal(log.runs.length, 1);
    const [sarifRun] = log.runs;
    const driver = sarifRun.tool.driver;
    assert.equal(driver.name, 'KeyGuard');
    assert.equal(driver.version, packageVersion);
    assert.match(driver.informationUri ?? '', /^https:\/\//);
    for (const rule of driver.rules ?? []) {
      assert.match(rule.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(rule.name && rule.shortDescription?.text && rule.help?.text, `rule ${rule.id} is fully described`);
    }
    assert.equal(sarifRun.columnKind, 'utf16CodeUnits');
    assert.equal(sarifRun.originalUriBaseIds?.['%SRCROOT%']?.uri, `file://${root}/`);

    const results = sarifRun.results ?? [];
    assert.equal(results.length, 2);
    const byUri = new Map(results.map((result) => [result.locations?.[0]?.physicalLocation?.artifactLocation?.uri, result]));
    assert.deepEqual([...byUri.keys()].sort(), ['app/main.py', 'my%20src/config.ts']);
    for (const [uri, fixture, file] of [['app/main.py', python, 'app/main.py'], ['my%20src/config.ts', typescript, 'my src/config.ts']] as const) {
      const result = byUri.get(uri) as Sarif.Result;
      const rule = driver.rules?.[result.ruleIndex as number];
      assert.equal(rule?.id, result.ruleId, 'ruleIndex points at the rule');
      assert.equal(result.level, 'error');
      assert.match(result.message.text ?? '', /^Hardcoded .+\. Move it to an environment variable such as [A-Z_]+\.$/);
      const location = result.locations?.[0]?.physicalLocation;
      assert.equal(location?.artifactLocation?.uriBaseId, '%SRCROOT%');
      const region = location?.region as Sarif.Region;
      // Slice the file by the region: 1-based lines and columns, end column exclusive → exactly the value.
      const fileLines = readFileSync(join(root, file), 'utf8').split(/\r\n|\n/);
      assert.equal(region.startLine, region.endLine);
      const line = fileLines[(region.startLine as number) - 1];
      assert.equal(line.slice((region.startColumn as number) - 1, (region.endColumn as number) - 1), fixture.values[0]);
      assert.match(result.partialFingerprints?.['keyguardFindingHash/v1'] ?? '', /^[0-9a-f]{64}$/);
    }
    assert.deepEqual(sarifRun.invocations?.[0]?.toolExecutionNotifications, []);
  });

  it('gives the same SARIF fingerprint when a secret moves to another line', async function () {
    const dir = makeTempDir('cli-move');
    try {
      writeTree(dir, { 'a.py': python.text });
      const before = JSON.parse((await scan(['--format', 'sarif'], dir)).stdout) as Sarif.Log;
      writeTree(dir, { 'a.py': `# moved\n\n${python.text}` });
      const after = JSON.parse((await scan(['--format', 'sarif'], dir)).stdout) as Sarif.Log;
      const fingerprint = (log: Sarif.Log) => log.runs[0].results?.[0]?.partialFingerprints?.['keyguardFindingHash/v1'];
      assert.ok(fingerprint(before));
      assert.equal(fingerprint(after), fingerprint(before));
      assert.notEqual(after.runs[0].results?.[0]?.locations?.[0]?.physicalLocation?.region?.startLine, before.runs[0].results?.[0]?.locations?.[0]?.physicalLocation?.region?.startLine);
    } finally {
      removeTree(dir);
    }
  });

  it('skips binary and too-large files, counts them and lists them with --verbose', async function () {
    const dir = makeTempDir('cli-skip');
    try {
      const binary = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]), Buffer.from(python.text)]);
      writeTree(dir, { 'logo.png': binary, 'big.py': `${'# padding line\n'.repeat(200)}${python.text}`, 'ok.txt': 'hello\n' });
      const run = await scan(['--max-file-size', '2'], dir);
      assert.equal(run.code, 0, run.stdout);
      assert.match(run.stdout, /No secrets found \(1 file scanned, 2 skipped: 1 binary, 1 too-large\)\./);
      assert.match(run.stdout, /--verbose/);
      const verbose = await scan(['--max-file-size', '2', '--verbose'], dir);
      assert.match(verbose.stdout, /^ {2}big\.py {2}too-large \(3(\.\d)? KiB exceeds the 2 KiB limit\)$/m);
      assert.match(verbose.stdout, /^ {2}logo\.png {2}binary$/m);
      const json = JSON.parse((await scan(['--max-file-size', '2', '--format', 'json'], dir)).stdout) as JsonReport;
      assert.deepEqual(json.skipped.map((entry) => [entry.path, entry.reason]), [['big.py', 'too-large'], ['logo.png', 'binary']]);
      assert.deepEqual(json.summary.skippedByReason, { binary: 1, 'too-large': 1 });
      const sarif = JSON.parse((await scan(['--max-file-size', '2', '--format', 'sarif'], dir)).stdout) as Sarif.Log;
      const notes = sarif.runs[0].invocations?.[0]?.toolExecutionNotifications ?? [];
      assert.deepEqual(notes.map((note) => note.locations?.[0]?.physicalLocation?.artifactLocation?.uri), ['big.py', 'logo.png']);
    } finally {
      removeTree(dir);
    }
  });

  it('finishes on a symlink loop, reports it, and reports a secret once', async function () {
    const dir = makeTempDir('cli-loop');
    try {
      writeTree(dir, { 'src/app.py': python.text, 'src/again': { symlink: '..' }, 'self': { symlink: 'self' } });
      const run = await scan(['--verbose'], dir);
      assert.equal(run.code, 1, run.stderr);
      assert.equal(run.stdout.match(/openai-api-key/g)?.length, 1, run.stdout);
      assert.match(run.stdout, /^ {2}src\/again {2}symlink-loop/m);
      assert.match(run.stdout, /^ {2}self {2}symlink-loop/m);
    } finally {
      removeTree(dir);
    }
  });

  it('reports each file once when paths overlap', async function () {
    const run = await scan(['.', 'app', 'app/main.py', '--format', 'json', '--exclude', 'fixtures', '--exclude', 'vendor']);
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.deepEqual(report.findings.map((finding) => finding.path), ['app/main.py', 'my src/config.ts']);
  });

  it('writes the report to --output and keeps stdout empty', async function () {
    const out = join(makeTempDir('cli-out'), 'report.sarif');
    try {
      const run = await scan(['app', '--format', 'sarif', '--output', out]);
      assert.equal(run.code, 1);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /^keyguard: 1 secret\(s\) in 1 file\(s\), 1 scanned, 0 skipped; report written to .+report\.sarif\n$/);
      assert.equal((JSON.parse(readFileSync(out, 'utf8')) as Sarif.Log).runs[0].results?.length, 1);
    } finally {
      removeTree(join(out, '..'));
    }
  });

  it('keeps its exit code and prints no error when the reader of stdout goes away', async function () {
    const run = await runCli(['scan', '--format', 'sarif'], root, allSecrets, { closeStdout: true });
    assert.equal(run.code, 1);
    assert.equal(run.stderr, '');
  });

  it('prints only findings with --quiet', async function () {
    const run = await scan(['app', '--quiet']);
    assert.equal(run.code, 1);
    const pyAt = lineColumn(python.text, python.offsets[0]);
    assert.match(run.stdout, new RegExp(`^app/main.py\\n  ${pyAt.line}:${pyAt.column}  openai-api-key  ${describedAs('openai-api-key')}  sk-proj-…\\S{1,4}\\n$`));
  });

  const usageErrors: [string, string[], RegExp][] = [
    ['an unknown option', ['scan', '--frobnicate'], /^keyguard: Unknown option '--frobnicate'/],
    ['an unknown format', ['scan', '--format', 'xml'], /--format must be one of text, json, sarif/],
    ['a bad --max-file-size', ['scan', '--max-file-size', 'lots'], /--max-file-size takes a positive number/],
    ['a missing path', ['scan', 'no/such/dir'], /^keyguard: cannot scan .*no\/such\/dir: no such file or directory$/],
    ['an unwritable output file', ['scan', 'app', '--output', '/nonexistent-dir/report.json'], /^keyguard: cannot write report to \/nonexistent-dir\/report\.json: no such directory$/],
    ['a missing command', [], /missing command/],
    ['an unknown command', ['check'], /unknown command "check"/],
  ];
  for (const [what, args, message] of usageErrors) {
    it(`exits 2 with a one-line message on ${what}`, async function () {
      const run = await runCli(args, root, allSecrets);
      assert.equal(run.code, 2);
      assert.match(run.stderr.trimEnd(), message);
      assert.equal(run.stderr.trimEnd().split('\n').length, 1, run.stderr);
    });
  }

  it('prints help and version with exit 0', async function () {
    const help = await runCli(['--help'], root, allSecrets);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /keyguard scan \[paths\.\.\.\] \[options\]/);
    assert.match(help.stdout, /Exit status: 0 no secrets found, 1 secrets found, 2 usage or runtime error/);
    const version = await runCli(['--version'], root, allSecrets);
    assert.equal(version.code, 0);
    assert.equal(version.stdout, `${packageVersion}\n`);
  });

  it('never prints a secret value in any format, verbose or not', async function () {
    const formats = [['--format', 'text', '--verbose'], ['--format', 'json'], ['--format', 'sarif'], ['--no-gitignore', '--verbose']];
    for (const args of formats) {
      // runCli rejects when stdout or stderr holds a value or 8 characters of one.
      const run = await scan(args);
      assert.equal(run.code, 1);
    }
  });
});
