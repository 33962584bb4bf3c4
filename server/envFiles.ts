// The env files at a folder root (.env, .env.example, .gitignore) for the fix planner, read by the shared
// readWorkspaceFilesState. A file open in the editor is read from its buffer (it may hold unsaved changes
// the edit must apply to), else from disk; each file also records the URI and version an edit targets.

import { readEnvFileText, readWorkspaceFilesState, type EnvFileName, type WorkspaceFilesReport } from '../shared/fix';
import { fileUri } from './uris';

export interface OpenDocumentText {
  readonly uri: string;
  readonly text: string;
  readonly version: number;
}

export interface EnvFileSnapshot {
  readonly name: EnvFileName;
  /** The URI an edit targets: the open document's own URI when the file is open. */
  readonly uri: string;
  /** Current content; undefined when the file does not exist. */
  readonly text: string | undefined;
  /** Version of the open document, null when the edit applies to the file on disk. */
  readonly version: number | null;
}

export interface EnvFolderSnapshot {
  readonly root: string;
  readonly state: WorkspaceFilesReport;
  readonly files: ReadonlyMap<EnvFileName, EnvFileSnapshot>;
}

/** Undefined when one of the files exists but cannot be read as text (a directory, no permission, huge). */
export async function snapshotEnvFiles(
  root: string,
  openDocument: (path: string) => OpenDocumentText | undefined,
): Promise<EnvFolderSnapshot | undefined> {
  const files = new Map<EnvFileName, EnvFileSnapshot>();
  const state = await readWorkspaceFilesState(root, async (name, path) => {
    const open = openDocument(path);
    if (open) {
      files.set(name, { name, uri: open.uri, text: open.text, version: open.version });
      return open.text;
    }
    const text = await readEnvFileText(path);
    if (text !== null) files.set(name, { name, uri: fileUri(path), text, version: null });
    return text;
  });
  return state && { root, state, files };
}
