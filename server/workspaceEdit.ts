// Planner output (offset edits per file) → one LSP WorkspaceEdit. `documentChanges` carries versioned edits
// and file creation; clients without it get `changes`, which cannot create files.

import {
  CreateFile,
  TextDocumentEdit,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MoveToEnvPlan, TextEdit } from '../shared/fix';
import type { EnvFolderSnapshot } from './envFiles';

export interface EditCapabilities {
  readonly documentChanges: boolean;
  readonly createFiles: boolean;
}

export interface EditTarget {
  readonly uri: string;
  /** Open document version, or null for a file on disk. */
  readonly version: number | null;
  readonly text: string;
}

interface FileChange {
  readonly target: EditTarget;
  readonly create: boolean;
  readonly edits: readonly TextEdit[];
}

export function toLspEdits(text: string, edits: readonly TextEdit[]): LspTextEdit[] {
  const document = TextDocument.create('keyguard:edit', 'plaintext', 0, text);
  return edits.map((edit) => ({
    range: { start: document.positionAt(edit.range.start), end: document.positionAt(edit.range.end) },
    newText: edit.newText,
  }));
}

/**
 * The whole "move to env" fix as one edit, so the client applies (and undoes) it at once. Undefined when a
 * file must be created and the client cannot create files: a partial fix would lose the value.
 */
export function moveToEnvEdit(
  plan: MoveToEnvPlan,
  source: EditTarget,
  envFiles: EnvFolderSnapshot,
  capabilities: EditCapabilities,
): WorkspaceEdit | undefined {
  const changes: FileChange[] = [{ target: source, create: false, edits: plan.sourceEdits }];
  for (const fileEdit of plan.fileEdits) {
    const snapshot = envFiles.files.get(fileEdit.fileName);
    if (!snapshot) return undefined;
    changes.push({
      target: { uri: snapshot.uri, version: snapshot.version, text: snapshot.text ?? '' },
      create: fileEdit.create,
      edits: fileEdit.edits,
    });
  }
  if (changes.some((change) => change.create) && !(capabilities.documentChanges && capabilities.createFiles)) return undefined;
  return buildEdit(changes, capabilities);
}

export function singleDocumentEdit(source: EditTarget, edits: readonly TextEdit[], capabilities: EditCapabilities): WorkspaceEdit {
  return buildEdit([{ target: source, create: false, edits }], capabilities);
}

function buildEdit(changes: readonly FileChange[], capabilities: EditCapabilities): WorkspaceEdit {
  if (!capabilities.documentChanges) {
    const byUri: Record<string, LspTextEdit[]> = {};
    for (const change of changes) byUri[change.target.uri] = toLspEdits(change.target.text, change.edits);
    return { changes: byUri };
  }
  const documentChanges: (TextDocumentEdit | CreateFile)[] = [];
  for (const change of changes) {
    // ignoreIfExists: the file may appear between planning and applying; the edit then inserts into it.
    if (change.create) documentChanges.push(CreateFile.create(change.target.uri, { ignoreIfExists: true }));
    documentChanges.push(
      TextDocumentEdit.create(
        { uri: change.target.uri, version: change.target.version },
        toLspEdits(change.target.text, change.edits),
      ),
    );
  }
  return { documentChanges };
}
