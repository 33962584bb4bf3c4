// Reads the env files at a folder root (.env, .env.example, .gitignore) for the fix planner. A file open in
// the editor is read from its buffer (it may hold unsaved changes the edit must apply to), else from disk.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isIgnoredByGit, isInsideGitRepository, type EnvFileName, type WorkspaceFilesState } from '../shared/fix';
import { fileUri } from './uris';

export const ENV_FILE_NAMES: readonly EnvFileName[] = ['.env', '.env.example', '.gitignore'];

/** Env files are a few lines; anything bigger is not one we should rewrite. */
const MAX_ENV_FILE_BYTES = 1024 * 1024;

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
  readonly state: WorkspaceFilesState;
  readonly files: ReadonlyMap<EnvFileName, EnvFileSnapshot>;
}

/** Undefined when one of the files exists but cannot be read as text (a directory, no permission, huge). */
export async function snapshotEnvFiles(
  root: string,
  openDocument: (path: string) => OpenDocumentText | undefined,
): Promise<EnvFolderSnapshot | undefined> {
  const files = new Map<EnvFileName, EnvFileSnapshot>();
  for (const name of ENV_FILE_NAMES) {
    const path = join(root, name);
    const open = openDocument(path);
    if (open) {
      files.set(name, { name, uri: open.uri, text: open.text, version: open.version });
      continue;
    }
    const text = await readTextFile(path);
    if (text === null) return undefined;
    files.set(name, { name, uri: fileUri(path), text, version: null });
  }
  const [dotEnvIgnoredByGit, dotEnvExampleIgnoredByGit, isGitRepository] = await Promise.all([
    isIgnoredByGit(root, '.env'),
    isIgnoredByGit(root, '.env.example'),
    isInsideGitRepository(root),
  ]);
  const state: WorkspaceFilesState = {
    dotEnv: files.get('.env')?.text,
    dotEnvExample: files.get('.env.example')?.text,
    gitignore: files.get('.gitignore')?.text,
    dotEnvIgnoredByGit,
    dotEnvExampleIgnoredByGit,
    isGitRepository,
  };
  return { root, state, files };
}

/** The file's text as an editor shows it (no BOM); undefined when missing, null when unusable. */
async function readTextFile(path: string): Promise<string | undefined | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? undefined : null;
  }
  if (bytes.length > MAX_ENV_FILE_BYTES) return null;
  const text = bytes.toString('utf8');
  // Editors drop the BOM from the document text, so edit offsets must not count it.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
