import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { keyguardApi, openInEditor, setWorkspaceSetting, waitForDiagnostics } from './helpers';

describe('settings apply without reload', () => {
  before(async () => {
    await keyguardApi();
  });

  afterEach(async () => {
    await setWorkspaceSetting('severity', undefined);
    await setWorkspaceSetting('enable', undefined);
    await setWorkspaceSetting('testFolderSeverity', undefined);
  });

  it('keyguard.severity changes the severity of existing diagnostics', async () => {
    const { document } = await openInEditor('src/app.py');
    await waitForDiagnostics(document.uri, 'a warning', (d) => d.length === 1 && d[0].severity === vscode.DiagnosticSeverity.Warning);

    await setWorkspaceSetting('severity', 'error');
    await waitForDiagnostics(document.uri, 'the finding to become an error', (d) => d.length === 1 && d[0].severity === vscode.DiagnosticSeverity.Error);

    await setWorkspaceSetting('severity', 'information');
    await waitForDiagnostics(document.uri, 'the finding to become information', (d) => d.length === 1 && d[0].severity === vscode.DiagnosticSeverity.Information);
  });

  it('keyguard.enable=false clears diagnostics and true brings them back', async () => {
    const { document } = await openInEditor('src/client.ts');
    await waitForDiagnostics(document.uri, 'a finding', (d) => d.length === 1);

    await setWorkspaceSetting('enable', false);
    await waitForDiagnostics(document.uri, 'diagnostics to clear when disabled', (d) => d.length === 0);

    await setWorkspaceSetting('enable', true);
    const [back] = await waitForDiagnostics(document.uri, 'the finding to return when re-enabled', (d) => d.length === 1);
    assert.equal(back.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('keyguard.testFolderSeverity changes findings under test folders only', async () => {
    const { document: inTests } = await openInEditor('tests/test_chat.py');
    const { document: inSource } = await openInEditor('src/app.py');
    await waitForDiagnostics(inTests.uri, 'a warning in tests/', (d) => d.length === 1 && d[0].severity === vscode.DiagnosticSeverity.Warning);

    await setWorkspaceSetting('testFolderSeverity', 'hint');
    await waitForDiagnostics(inTests.uri, 'the test-folder finding to become a hint', (d) => d.length === 1 && d[0].severity === vscode.DiagnosticSeverity.Hint);
    const [source] = await waitForDiagnostics(inSource.uri, 'the source finding', (d) => d.length === 1);
    assert.equal(source.severity, vscode.DiagnosticSeverity.Warning, 'files outside test folders keep keyguard.severity');
  });
});
