import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { KEYS } from './fixture';
import { keyguardApi, rangeOf, waitForDiagnostics } from './helpers';

describe('notebooks', () => {
  it('reports a key in a Jupyter notebook code cell', async () => {
    await keyguardApi();
    const cells = [
      new vscode.NotebookCellData(vscode.NotebookCellKind.Markup, '# Exploration', 'markdown'),
      new vscode.NotebookCellData(vscode.NotebookCellKind.Code, `import openai\nopenai.api_key = "${KEYS.notebook}"\n`, 'python'),
    ];
    const notebook = await vscode.workspace.openNotebookDocument('jupyter-notebook', new vscode.NotebookData(cells));
    await vscode.window.showNotebookDocument(notebook);
    const cell = notebook.cellAt(1).document;
    assert.equal(cell.uri.scheme, 'vscode-notebook-cell');

    const [diagnostic] = await waitForDiagnostics(cell.uri, 'a diagnostic in the code cell', (d) => d.length === 1);
    assert.ok(diagnostic.range.isEqual(rangeOf(cell, KEYS.notebook)));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
