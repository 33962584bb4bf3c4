import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { KEYS } from './fixture';
import { fixtureUri, keyguardApi, openInEditor, readDocumentText, waitFor, waitForDiagnostics } from './helpers';

function lines(text: string): string[] {
  return text.split(/\r?\n/);
}

describe('the preferred quick fix', () => {
  before(async () => {
    await keyguardApi();
  });

  it('moves an OpenAI key in Python to os.environ, writes .env.example, .env and .gitignore, and one undo restores the file', async () => {
    const editor = await openInEditor('src/fix_me.py');
    const { document } = editor;
    const original = document.getText();
    const [diagnostic] = await waitForDiagnostics(document.uri, 'the finding to fix', (found) => found.length === 1);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const preferred = actions.filter((action) => action.isPreferred);
    assert.equal(preferred.length, 1, `one preferred fix among: ${actions.map((a) => a.title).join(' | ')}`);
    const [fix] = preferred;
    assert.equal(fix.title, 'Move to environment variable OPENAI_API_KEY');
    assert.ok(fix.edit, 'the fix carries its WorkspaceEdit');
    assert.ok(actions.some((action) => /ignore/i.test(action.title)), 'an ignore action is offered too');

    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'VS Code applied the edit');

    const fixed = document.getText();
    assert.ok(!fixed.includes(KEYS.openaiToFix), 'the key left the source');
    const fixedLines = lines(fixed);
    assert.ok(fixedLines.includes('client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])'), fixed);
    const futureLine = fixedLines.indexOf('from __future__ import annotations');
    const importLine = fixedLines.indexOf('import os');
    assert.ok(importLine > futureLine && futureLine > 0, `import os goes after the __future__ import:\n${fixed}`);

    const example = lines(await readDocumentText(fixtureUri('.env.example')));
    assert.ok(example.includes('OPENAI_API_KEY='), '.env.example names the variable without a value');
    const dotenv = lines(await readDocumentText(fixtureUri('.env')));
    assert.ok(dotenv.includes(`OPENAI_API_KEY=${KEYS.openaiToFix}`), '.env keeps the value so the app still runs');
    const gitignore = lines(await readDocumentText(fixtureUri('.gitignore')));
    assert.ok(gitignore.includes('build/'), '.gitignore keeps its lines');
    assert.ok(gitignore.includes('.env'), '.gitignore ignores .env');
    assert.ok(!gitignore.some((line) => line.includes('.env.example')), '.env.example is not ignored');

    await waitForDiagnostics(document.uri, 'the finding to go away after the fix', (found) => found.length === 0);

    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    await waitFor('the undo to restore the source', () => (document.getText() === original ? true : undefined));
    await waitForDiagnostics(document.uri, 'the finding to come back after undo', (found) => found.length === 1);
  });

  it('"Ignore this secret" in a TypeScript buffer adds a keyguard:allow comment and the finding goes away', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'typescript', content: `const token = '${KEYS.github}';\n` });
    await vscode.window.showTextDocument(document);
    const [diagnostic] = await waitForDiagnostics(document.uri, 'the finding to ignore', (found) => found.length === 1);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const ignore = actions.find((action) => action.title === 'Ignore this secret');
    assert.ok(ignore?.edit, `an ignore action among: ${actions.map((a) => a.title).join(' | ')}`);

    assert.ok(await vscode.workspace.applyEdit(ignore.edit));
    assert.match(document.lineAt(0).text, /\/\/ keyguard:allow$/);
    assert.ok(document.getText().includes(KEYS.github), 'ignoring keeps the value where it was');
    await waitForDiagnostics(document.uri, 'the ignored finding to go away', (found) => found.length === 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
