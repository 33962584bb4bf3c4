import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { KEYS, PLACEHOLDER_MARK } from './fixture';
import { describeRange, keyguardApi, openInEditor, rangeOf, revealsSecret, waitForDiagnostics } from './helpers';

function placeholderLines(document: vscode.TextDocument): number[] {
  const lines: number[] = [];
  for (let line = 0; line < document.lineCount; line++) {
    if (document.lineAt(line).text.includes(PLACEHOLDER_MARK)) lines.push(line);
  }
  return lines;
}

describe('diagnostics in open files', () => {
  before(async () => {
    await keyguardApi();
  });

  const cases = [
    { file: 'src/app.py', languageId: 'python', key: KEYS.openai, rule: 'openai-api-key', kind: /OpenAI/ },
    { file: 'src/client.ts', languageId: 'typescript', key: KEYS.anthropic, rule: 'anthropic-api-key', kind: /Anthropic/ },
  ];

  for (const { file, languageId, key, rule, kind } of cases) {
    it(`reports the key in a ${languageId} file on exactly its value, and nothing on placeholder lines`, async () => {
      const editor = await openInEditor(file);
      assert.equal(editor.document.languageId, languageId);
      const diagnostics = await waitForDiagnostics(editor.document.uri, 'a KeyGuard diagnostic', (found) => found.length > 0);

      assert.equal(diagnostics.length, 1, `one finding, got ${diagnostics.map((d) => describeRange(d.range)).join(', ')}`);
      const [diagnostic] = diagnostics;
      const expected = rangeOf(editor.document, key);
      assert.ok(diagnostic.range.isEqual(expected), `range ${describeRange(diagnostic.range)} should be ${describeRange(expected)}`);
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning, 'default severity is warning');
      const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
      assert.equal(code, rule);
      assert.match(diagnostic.message, kind);
      assert.ok(!revealsSecret(diagnostic.message, key), 'the message does not contain the secret');

      const flagged = new Set(diagnostics.map((d) => d.range.start.line));
      const placeholders = placeholderLines(editor.document);
      assert.ok(placeholders.length >= 2, 'the fixture has placeholder lines');
      for (const line of placeholders) assert.ok(!flagged.has(line), `no diagnostic on placeholder line ${line + 1}`);
    });
  }

  it('reports a key typed into an untitled document and clears it when the line is deleted', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'javascript', content: 'const note = 1;\n' });
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), `const token = "${KEYS.github}";\n`));
    const [diagnostic] = await waitForDiagnostics(document.uri, 'a diagnostic in the untitled document', (found) => found.length === 1);
    assert.ok(diagnostic.range.isEqual(rangeOf(document, KEYS.github)));

    await editor.edit((edit) => edit.delete(document.lineAt(1).rangeIncludingLineBreak));
    await waitForDiagnostics(document.uri, 'the diagnostic to clear after the edit', (found) => found.length === 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
