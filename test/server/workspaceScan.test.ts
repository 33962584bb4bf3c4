import * as assert from 'node:assert/strict';
import { mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CancellationTokenSource, DiagnosticSeverity, FileChangeType, type ProgressToken } from 'vscode-languageserver/node';
import type { TestClient } from './client';
import { serverSessions } from './session';
import { rangeOf, type TestWorkspace } from './workspace';

const SCAN = 'keyguard.scanWorkspace';

interface Summary {
  folders: number;
  filesScanned: number;
  findings: number;
  filesWithFindings: number;
  filesSkipped: number;
  skipped: Record<string, number>;
  cancelled: boolean;
  durationMs: number;
}

function progressKinds(client: TestClient, token: ProgressToken): string[] {
  return client.progress.filter((p) => p.token === token).map((p) => p.value.kind);
}

/**
 * Clean files that take the scanner a few milliseconds each (every line has keyword hits to examine), so a
 * scan runs long enough to be interrupted without creating thousands of files.
 */
function writeManyFiles(workspace: TestWorkspace, count: number): void {
  const dir = workspace.path('many');
  mkdirSync(dir, { recursive: true });
  const body = 'export const value = compute("token", 42); // api key and secret handling\n'.repeat(800);
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `file${i}.js`), body);
}

describe('language server: workspace scan', function () {
  this.timeout(30000);
  const start = serverSessions();

  it('scans unopened files honouring .gitignore and keyguard.exclude, with progress, skips and a summary', async () => {
    let appKey = '';
    let openKey = '';
    const { workspace, client } = await start('scan', {
      settings: () => ({ exclude: ['generated/**'], maxFileSizeKB: 2, testFolderSeverity: 'hint' }),
      setup: (ws) => {
        appKey = ws.key('sk-proj-', 'u', 120);
        openKey = ws.key('sk-proj-', 'u', 110);
        ws.write('.gitignore', 'ignored/\n');
        ws.write('src/app.js', `const client = new OpenAI({ apiKey: "${appKey}" });\n`);
        ws.write('src/open.js', `const key = "${openKey}";\n`);
        ws.write('tests/fixture.py', `AWS_ID = "${ws.key('AKIA', 'B', 16)}"\n`);
        ws.write('ignored/secret.js', `const key = "${ws.key('sk-proj-', 'u', 100)}";\n`);
        ws.write('generated/client.js', `const key = "${ws.key('sk-proj-', 'u', 90)}";\n`);
        ws.write('clean.py', 'import os\nkey = os.environ["OPENAI_API_KEY"]\n');
        ws.write('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]));
        ws.write('big.txt', `${'lorem ipsum '.repeat(400)}\n`);
      },
    });
    const openUri = workspace.uri('src/open.js');
    await client.open(openUri, 'javascript', workspace.read('src/open.js'));
    await client.waitForDiagnostics(openUri, 'the open document finding', (d) => d.length === 1);

    const summary = (await client.executeCommand(SCAN)) as Summary;

    assert.deepEqual(
      { ...summary, durationMs: 0 },
      {
        folders: 1,
        filesScanned: 5, // .gitignore, src/app.js, src/open.js, tests/fixture.py, clean.py
        findings: 3,
        filesWithFindings: 3,
        filesSkipped: 2,
        skipped: { binary: 1, tooLarge: 1, unreadable: 0, vanished: 0, symlinkLoop: 0, specialFile: 0 },
        cancelled: false,
        durationMs: 0,
      },
    );
    assert.ok(summary.durationMs >= 0);

    const appUri = workspace.uri('src/app.js');
    const [appDiagnostic] = client.diagnostics.get(appUri)?.diagnostics ?? [];
    assert.ok(appDiagnostic, 'an unopened file with a key gets a diagnostic');
    assert.deepEqual(appDiagnostic.range, rangeOf(workspace.read('src/app.js'), appKey));
    assert.equal(appDiagnostic.code, 'openai-api-key');
    assert.equal(appDiagnostic.severity, DiagnosticSeverity.Warning);
    const [fixtureDiagnostic] = client.diagnostics.get(workspace.uri('tests/fixture.py'))?.diagnostics ?? [];
    assert.equal(fixtureDiagnostic?.severity, DiagnosticSeverity.Hint, 'testFolderSeverity applies to scanned files');
    for (const rel of ['ignored/secret.js', 'generated/client.js', 'clean.py', 'big.txt', 'image.png']) {
      assert.ok(!client.diagnostics.get(workspace.uri(rel))?.diagnostics.length, `nothing reported for ${rel}`);
    }
    // The open document's own (versioned) diagnostics stay the only ones published for it.
    assert.ok(client.published.filter((p) => p.uri === openUri).every((p) => p.version !== undefined));

    assert.equal(client.progressCreated.length, 1, 'the server creates its own progress token');
    const [token] = client.progressCreated;
    const kinds = progressKinds(client, token);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
    const begin = client.progress.find((p) => p.token === token && p.value.kind === 'begin')?.value;
    assert.equal(begin?.kind === 'begin' && begin.cancellable, true);
    const reports = client.progress.filter((p) => p.token === token && p.value.kind === 'report').map((p) => p.value);
    const last = reports[reports.length - 1];
    assert.ok(last?.kind === 'report' && last.percentage === 100 && last.message === 'Scanned 7/7 files', `last report ${JSON.stringify(last)}`);

    const log = client.logMessages.join('\n');
    assert.match(log, /Skipped big\.txt: too large \(.+ exceeds the 2 KiB limit\)/);
    assert.match(log, /Skipped image\.png: binary file/);
  });

  it('clears diagnostics of files fixed since the last scan, and gives a closed document back to the scan', async () => {
    let key = '';
    const { workspace, client } = await start('rescan', {
      setup: (ws) => {
        key = ws.key('sk-proj-', 'u', 120);
        ws.write('a.js', `const key = "${key}";\n`);
        ws.write('b.js', `const key = "${key}";\n`);
      },
    });
    await client.executeCommand(SCAN);
    const aUri = workspace.uri('a.js');
    const bUri = workspace.uri('b.js');
    assert.equal(client.diagnostics.get(aUri)?.diagnostics.length, 1);
    assert.equal(client.diagnostics.get(bUri)?.diagnostics.length, 1);

    writeFileSync(workspace.path('a.js'), 'const key = process.env.OPENAI_API_KEY;\n');
    unlinkSync(workspace.path('b.js'));
    const summary = (await client.executeCommand(SCAN)) as Summary;
    assert.equal(summary.findings, 0);
    assert.deepEqual(client.diagnostics.get(aUri)?.diagnostics, []);
    assert.deepEqual(client.diagnostics.get(bUri)?.diagnostics, [], 'a deleted file loses its diagnostics');

    // Opened, edited to add a key without saving, then closed: the unsaved key goes away with the buffer.
    await client.open(aUri, 'javascript', workspace.read('a.js'));
    await client.replaceText(aUri, `const key = "${key}";\n`);
    await client.waitForDiagnostics(aUri, 'the unsaved finding', (d) => d.length === 1);
    await client.close(aUri);
    await client.waitForDiagnostics(aUri, 'the disk state after close', (d) => d.length === 0);

    // A saved key: after close the scan's view of the file (re-read from disk) reports it.
    writeFileSync(workspace.path('a.js'), `const key = "${key}";\n`);
    await client.open(aUri, 'javascript', workspace.read('a.js'));
    await client.waitForDiagnostics(aUri, 'the open finding', (d) => d.length === 1);
    const before = client.published.length;
    await client.close(aUri);
    await client.waitFor('the scan result for the closed file', () =>
      client.published.slice(before).find((p) => p.uri === aUri && p.version === undefined && p.diagnostics.length === 1),
    );
  });

  it('leaves an open notebook to its cells\' diagnostics, and gives the .ipynb back to the scan when its last cell closes', async () => {
    let source = '';
    const { workspace, client } = await start('scan-notebook', {
      setup: (ws) => {
        source = `api_key = "${ws.key('sk-proj-', 'u', 120)}"`;
        const notebook = { cells: [{ cell_type: 'code', source: [source], metadata: {}, outputs: [], execution_count: null }], metadata: {}, nbformat: 4, nbformat_minor: 5 };
        ws.write('analysis.ipynb', JSON.stringify(notebook, null, 1));
      },
    });
    const fileUri = workspace.uri('analysis.ipynb');
    const cells = ['W0sZmlsZQ%3D%3D', 'W1sZmlsZQ%3D%3D'].map((fragment) => `vscode-notebook-cell:${workspace.path('analysis.ipynb')}#${fragment}`);
    await client.executeCommand(SCAN);
    assert.equal(client.diagnostics.get(fileUri)?.diagnostics.length, 1, 'the closed notebook is reported by the scan');

    await client.open(cells[0], 'python', `${source}\n`);
    await client.open(cells[1], 'python', 'print(1)\n');
    await client.waitForDiagnostics(cells[0], 'the cell\'s own finding', (d) => d.length === 1);
    await client.waitForDiagnostics(fileUri, 'the scan result to step aside for the open cells', (d) => d.length === 0);
    await client.executeCommand(SCAN);
    assert.deepEqual(client.diagnostics.get(fileUri)?.diagnostics, [], 'a scan while the notebook is open does not repeat the cell\'s finding');

    await client.close(cells[0]);
    await client.waitForDiagnostics(cells[0], 'the closed cell\'s diagnostics to clear', (d) => d.length === 0);
    assert.deepEqual(client.diagnostics.get(fileUri)?.diagnostics, [], 'another cell is still open');
    await client.close(cells[1]);
    await client.waitForDiagnostics(fileUri, 'the scan result for the closed notebook', (d) => d.length === 1);
  });

  it('keeps scan results current when scanned files change or vanish on disk outside the editor', async () => {
    let key = '';
    const { workspace, client } = await start('watched', {
      setup: (ws) => {
        key = ws.key('sk-proj-', 'u', 120);
        ws.write('a.js', `const key = "${key}";\n`);
        ws.write('b.js', `const key = "${key}";\n`);
      },
    });
    await client.waitFor('the file watcher registration', () => (client.registrations.includes('workspace/didChangeWatchedFiles') ? true : undefined));
    await client.executeCommand(SCAN);
    const aUri = workspace.uri('a.js');
    const bUri = workspace.uri('b.js');
    assert.equal(client.diagnostics.get(aUri)?.diagnostics.length, 1);

    writeFileSync(workspace.path('a.js'), 'const key = process.env.OPENAI_API_KEY;\n');
    unlinkSync(workspace.path('b.js'));
    await client.filesChanged([
      { uri: aUri, type: FileChangeType.Changed },
      { uri: bUri, type: FileChangeType.Deleted },
    ]);
    await client.waitForDiagnostics(aUri, 'the fixed file to clear', (d) => d.length === 0);
    await client.waitForDiagnostics(bUri, 'the deleted file to clear', (d) => d.length === 0);
  });

  it('is cancelled by $/cancelRequest and returns a partial summary', async () => {
    const { client } = await start('cancel-request', { setup: (ws) => writeManyFiles(ws, 300) });
    const source = new CancellationTokenSource();
    const result = client.executeCommand(SCAN, source);
    await client.waitFor('the first progress report', () => client.progress.find((p) => p.value.kind === 'report'));
    source.cancel();
    const summary = (await result) as Summary;
    assert.equal(summary.cancelled, true);
    assert.ok(summary.filesScanned < 300, `scanned ${summary.filesScanned} of 300 before stopping`);
    const [token] = client.progressCreated;
    await client.waitFor('the progress to end', () => (progressKinds(client, token).includes('end') ? true : undefined));
  });

  it('is cancelled by the progress Cancel button (window/workDoneProgress/cancel)', async () => {
    const { client } = await start('cancel-progress', { setup: (ws) => writeManyFiles(ws, 300) });
    const result = client.executeCommand(SCAN);
    const report = await client.waitFor('the first progress report', () => client.progress.find((p) => p.value.kind === 'report'));
    await client.cancelProgress(report.token);
    const summary = (await result) as Summary;
    assert.equal(summary.cancelled, true);
    assert.ok(summary.filesScanned < 300, `scanned ${summary.filesScanned} of 300 before stopping`);
    assert.equal(progressKinds(client, report.token).at(-1), 'end');
  });

  it('keeps answering edits while a scan runs', async () => {
    const { workspace, client } = await start('responsive', { setup: (ws) => writeManyFiles(ws, 300) });
    const result = client.executeCommand(SCAN);
    await client.waitFor('the first progress report', () => client.progress.find((p) => p.value.kind === 'report'));
    const key = workspace.key('sk-proj-', 'u', 100);
    const uri = workspace.uri('typing.js');
    await client.open(uri, 'javascript', `const key = "${key}";\n`);
    await client.waitForDiagnostics(uri, 'the finding during the scan', (d) => d.length === 1);
    const [token] = client.progressCreated;
    assert.ok(!progressKinds(client, token).includes('end'), 'the diagnostic arrived before the scan finished');
    assert.equal(((await result) as Summary).cancelled, false);
  });

  it('applies a settings change to scanned files: a new severity, and enable=false clears them', async () => {
    const { workspace, client } = await start('scan-config', {
      setup: (ws) => ws.write('a.js', `const key = "${ws.key('sk-proj-', 'u', 120)}";\n`),
    });
    await client.executeCommand(SCAN);
    const uri = workspace.uri('a.js');
    assert.equal(client.diagnostics.get(uri)?.diagnostics[0]?.severity, DiagnosticSeverity.Warning);
    await client.changeConfiguration(() => ({ severity: 'error' }));
    await client.waitForDiagnostics(uri, 'the new severity', (d) => d.length === 1 && d[0].severity === DiagnosticSeverity.Error);
    await client.changeConfiguration(() => ({ enable: false }));
    await client.waitForDiagnostics(uri, 'the scan result to clear', (d) => d.length === 0);
  });

  it('brings scanned findings back when keyguard.enable or keyguard.exclude is turned back, without a new scan', async () => {
    const { workspace, client } = await start('scan-reenable', {
      setup: (ws) => ws.write('src/a.js', `const key = "${ws.key('sk-proj-', 'u', 120)}";\n`),
    });
    await client.executeCommand(SCAN);
    const uri = workspace.uri('src/a.js');
    await client.waitForDiagnostics(uri, 'the scan result', (d) => d.length === 1);
    for (const off of [{ enable: false }, { exclude: ['src/**'] }]) {
      await client.changeConfiguration(() => off);
      await client.waitForDiagnostics(uri, `the scan result to clear under ${JSON.stringify(off)}`, (d) => d.length === 0);
      await client.changeConfiguration(() => ({}));
      await client.waitForDiagnostics(uri, `the scan result back after ${JSON.stringify(off)}`, (d) => d.length === 1);
    }
  });

  it('scans nothing in a folder where keyguard.enable is false', async () => {
    const { client } = await start('disabled', {
      settings: () => ({ enable: false }),
      setup: (ws) => ws.write('a.js', `const key = "${ws.key('sk-proj-', 'u', 120)}";\n`),
    });
    const summary = (await client.executeCommand(SCAN)) as Summary;
    assert.equal(summary.filesScanned, 0);
    assert.equal(client.published.length, 0);
  });
});
