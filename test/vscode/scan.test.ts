import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { allKeyGuardDiagnosticCount, fixtureUri, keyguardApi, keyguardDiagnostics, waitFor, waitForDiagnostics } from './helpers';

describe('the workspace scan command', () => {
  it('reports files that are not open, honours .gitignore and keyguard.exclude, and updates the status bar count', async () => {
    const api = await keyguardApi();
    const unopened = fixtureUri('src/unopened.py');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), 'src/unopened.py is not open');
    assert.equal(keyguardDiagnostics(unopened).length, 0, 'nothing is known about it before the scan');
    const countBefore = api.findingCount();

    const summary = await vscode.commands.executeCommand<unknown>('keyguard.scanWorkspace');

    assert.ok(typeof summary === 'object' && summary !== null, 'the command returns a summary');
    const { filesScanned, findings, cancelled } = summary as { filesScanned?: unknown; findings?: unknown; cancelled?: unknown };
    assert.equal(cancelled, false);
    assert.equal(typeof filesScanned, 'number', 'the summary counts the files scanned');
    assert.ok((filesScanned as number) >= 5, `scanned the fixture's files (${String(filesScanned)})`);
    assert.equal(typeof findings, 'number', 'the summary counts the findings');

    const [found] = await waitForDiagnostics(unopened, 'the scan to report the unopened file', (d) => d.length === 1);
    const code = typeof found.code === 'object' ? found.code.value : found.code;
    assert.equal(code, 'github-token');
    assert.equal(keyguardDiagnostics(fixtureUri('build/generated.py')).length, 0, '.gitignore\'d build/ is not reported');
    assert.equal(keyguardDiagnostics(fixtureUri('vendor/lib.py')).length, 0, 'vendor/ (keyguard.exclude) is not reported');

    const count = await waitFor('the status bar count to catch up', () => {
      const shown = api.findingCount();
      return shown === allKeyGuardDiagnosticCount() ? shown : undefined;
    });
    assert.ok(count > countBefore, `the count grew from ${countBefore} to ${count}`);
  });
});
