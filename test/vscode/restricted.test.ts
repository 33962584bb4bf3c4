// Runs in the second pass only (KEYGUARD_VSCODE_PASS=restricted), where the runner opens the fixture
// with workspace trust enabled and the folder untrusted. KeyGuard declares full support for untrusted
// workspaces because it executes nothing from them; these tests hold it to that.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { KEYS } from './fixture';
import { EXTENSION_ID, fixtureUri, keyguardApi, openInEditor, rangeOf, waitForDiagnostics } from './helpers';

describe('[restricted mode] an untrusted workspace', () => {
  it('[restricted mode] is really untrusted, and the manifest declares full support', () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the runner opened the folder in Restricted Mode');
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { capabilities?: { untrustedWorkspaces?: { supported?: unknown } } };
    assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, true);
  });

  it('[restricted mode] still activates KeyGuard and reports keys in open files', async () => {
    await keyguardApi();
    const { document } = await openInEditor('src/app.py');
    const [diagnostic] = await waitForDiagnostics(document.uri, 'a finding in Restricted Mode', (d) => d.length === 1);
    assert.ok(diagnostic.range.isEqual(rangeOf(document, KEYS.openai)));
  });

  it('[restricted mode] still offers and applies the preferred quick fix', async () => {
    const { document } = await openInEditor('src/fix_me.py');
    const [diagnostic] = await waitForDiagnostics(document.uri, 'the finding to fix', (d) => d.length === 1);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((action) => action.isPreferred);
    assert.ok(fix?.edit, 'a preferred fix with its edit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(!document.getText().includes(KEYS.openaiToFix), 'the key left the source');
    assert.ok(document.getText().includes('os.environ["OPENAI_API_KEY"]'));
  });

  it('[restricted mode] still runs the workspace scan', async () => {
    await vscode.commands.executeCommand('keyguard.scanWorkspace');
    await waitForDiagnostics(fixtureUri('src/unopened.py'), 'the scan to report the unopened file', (d) => d.length === 1);
  });
});

describe('workspace trust declaration', () => {
  it('declares untrusted workspaces fully supported (KeyGuard runs no workspace code)', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as {
      capabilities?: { untrustedWorkspaces?: { supported?: unknown; description?: unknown } };
    };
    assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, true);
    assert.equal(typeof manifest.capabilities?.untrustedWorkspaces?.description, 'string');
  });
});
