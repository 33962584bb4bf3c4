// Shared helpers of the in-editor suite: find the fixture, reach the extension, wait for events with bounds.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { KeyGuardApi } from '../../client/extension';

export const EXTENSION_ID = 'keyguard.keyguard';
export const DEFAULT_TIMEOUT_MS = 20_000;

export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite runs with the fixture workspace open');
  return folder;
}

export function fixtureUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, ...relativePath.split('/'));
}

export async function keyguardApi(): Promise<KeyGuardApi> {
  const extension = vscode.extensions.getExtension<KeyGuardApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  return extension.activate();
}

export function keyguardDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'keyguard');
}

export function allKeyGuardDiagnosticCount(): number {
  return vscode.languages
    .getDiagnostics()
    .reduce((sum, [, diagnostics]) => sum + diagnostics.filter((d) => d.source === 'keyguard').length, 0);
}

/**
 * Resolves with `probe()`'s first defined result, re-checking on every diagnostics change and every
 * 100 ms (edits and settings reach the server asynchronously); rejects after `timeoutMs`.
 */
export async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
  const first = probe();
  if (first !== undefined) return first;
  return new Promise<T>((resolve, reject) => {
    const check = (): void => {
      const value = probe();
      if (value !== undefined) finish(() => resolve(value));
    };
    const subscription = vscode.languages.onDidChangeDiagnostics(check);
    const interval = setInterval(check, 100);
    const timer = setTimeout(() => finish(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`))), timeoutMs);
    function finish(settle: () => void): void {
      subscription.dispose();
      clearInterval(interval);
      clearTimeout(timer);
      settle();
    }
  });
}

/** Waits until the KeyGuard diagnostics of `uri` satisfy `accept`, and returns them. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<vscode.Diagnostic[]> {
  return waitFor(`${what} (${vscode.workspace.asRelativePath(uri)})`, () => {
    const diagnostics = keyguardDiagnostics(uri);
    return accept(diagnostics) ? diagnostics : undefined;
  }, timeoutMs);
}

/** The range of `needle` in `document`, asserting it occurs exactly once. */
export function rangeOf(document: vscode.TextDocument, needle: string): vscode.Range {
  const text = document.getText();
  const start = text.indexOf(needle);
  assert.ok(start >= 0, 'the fixture value is in the document');
  assert.equal(text.indexOf(needle, start + 1), -1, 'the fixture value occurs once');
  return new vscode.Range(document.positionAt(start), document.positionAt(start + needle.length));
}

/** True when `text` shows any 10-character run of the key's body (a prefix and last 4 may be public). */
export function revealsSecret(text: string, key: string): boolean {
  const from = Math.ceil(key.length * 0.4);
  for (let i = from; i + 10 <= key.length - 4; i++) {
    if (text.includes(key.slice(i, i + 10))) return true;
  }
  return false;
}

export function describeRange(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** Sets a KeyGuard setting for the workspace folder; `undefined` removes it. */
export async function setWorkspaceSetting(name: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('keyguard', workspaceFolder().uri).update(name, value, vscode.ConfigurationTarget.WorkspaceFolder);
}

export async function openInEditor(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(relativePath));
  return vscode.window.showTextDocument(document);
}

export async function readDocumentText(uri: vscode.Uri): Promise<string> {
  return (await vscode.workspace.openTextDocument(uri)).getText();
}
