// Applies a WorkspaceEdit the way an editor does: versioned edits to open documents (rejected when the
// version is stale), unversioned edits to files on disk, CreateFile with its options, all in order.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TestClient } from './client';

export async function applyWorkspaceEdit(client: TestClient, edit: WorkspaceEdit): Promise<void> {
  if (edit.documentChanges) {
    for (const change of edit.documentChanges) {
      if ('kind' in change) {
        if (change.kind !== 'create') throw new Error(`unexpected resource operation ${change.kind}`);
        const path = fileURLToPath(change.uri);
        if (existsSync(path)) {
          if (change.options?.overwrite) writeFileSync(path, '');
          else if (!change.options?.ignoreIfExists) throw new Error(`CreateFile: ${path} exists`);
        } else writeFileSync(path, '');
        continue;
      }
      const edits = change.edits.map((e): TextEdit => {
        if ('snippet' in e) throw new Error('snippet edits are not expected');
        return { range: e.range, newText: e.newText };
      });
      await applyToResource(client, change.textDocument.uri, change.textDocument.version, edits);
    }
    return;
  }
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) await applyToResource(client, uri, null, edits);
}

async function applyToResource(client: TestClient, uri: string, version: number | null, edits: TextEdit[]): Promise<void> {
  const open = client.documents.get(uri);
  if (open) {
    if (version !== null && version !== open.version) throw new Error(`stale edit: version ${version}, document at ${open.version}`);
    await client.replaceText(uri, applyTo(open.text, edits));
    return;
  }
  if (version !== null) throw new Error(`versioned edit for ${uri}, which is not open`);
  const path = fileURLToPath(uri);
  if (!existsSync(path)) throw new Error(`edit to missing file ${path}`);
  writeFileSync(path, applyTo(readFileSync(path, 'utf8'), edits));
}

function applyTo(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('test:edit', 'plaintext', 0, text), edits);
}

/** What saving the open document does: its text goes to disk. */
export function saveDocument(client: TestClient, uri: string): void {
  const open = client.documents.get(uri);
  if (!open) throw new Error(`${uri} is not open`);
  writeFileSync(fileURLToPath(uri), open.text);
}
