// Reads what planMoveToEnv needs from a workspace-folder root: the three files and what git makes of them.
// The language server passes its own reader so a file open in the editor is read from its buffer.

import * as path from 'node:path';
import { isIgnoredByGit } from '../git/ignoreRules';
import { isTrackedByGit } from '../git/indexFile';
import { isInsideGitRepository, readRegularFile } from '../git/repository';
import type { EnvFileName, WorkspaceFilesState } from './types';

export interface WorkspaceFilesReport extends WorkspaceFilesState {
  /**
   * `.env` is already committed (in git's index): `.gitignore` cannot keep it out of the next commit, so
   * callers should plan with `writeDotEnv: false` and tell the user. Undefined when it cannot be told.
   */
  readonly dotEnvTrackedByGit: boolean | undefined;
}

const ENV_FILE_NAMES: readonly EnvFileName[] = ['.env', '.env.example', '.gitignore'];

/** Env files are a few lines; anything bigger is not one the fix should rewrite. */
const MAX_ENV_FILE_BYTES = 1024 * 1024;

/** An env file's current text: undefined when it does not exist, null when it exists but cannot be used. */
export type EnvFileReader = (name: EnvFileName, filePath: string) => Promise<string | undefined | null>;

/** Undefined when one of the files exists but cannot be read as text (a directory, no permission, huge). */
export async function readWorkspaceFilesState(
  folderRoot: string,
  readEnvFile: EnvFileReader = (_name, filePath) => readEnvFileText(filePath),
): Promise<WorkspaceFilesReport | undefined> {
  const [dotEnv, dotEnvExample, gitignore] = await Promise.all(ENV_FILE_NAMES.map((name) => readEnvFile(name, path.join(folderRoot, name))));
  if (dotEnv === null || dotEnvExample === null || gitignore === null) return undefined;
  const [isGitRepository, dotEnvIgnoredByGit, dotEnvExampleIgnoredByGit, dotEnvTrackedByGit] = await Promise.all([
    isInsideGitRepository(folderRoot),
    isIgnoredByGit(folderRoot, '.env'),
    isIgnoredByGit(folderRoot, '.env.example'),
    isTrackedByGit(folderRoot, '.env'),
  ]);
  return { dotEnv, dotEnvExample, gitignore, isGitRepository, dotEnvIgnoredByGit, dotEnvExampleIgnoredByGit, dotEnvTrackedByGit };
}

/** The file's text as an editor shows it (no BOM); undefined when missing, null when unusable. */
export async function readEnvFileText(filePath: string): Promise<string | undefined | null> {
  // ENOTDIR (the folder is a file) is not "missing": the fix could not create the file there either.
  const bytes = await readRegularFile(filePath, MAX_ENV_FILE_BYTES);
  if (bytes === 'missing') return undefined;
  if (bytes === undefined) return null;
  const text = bytes.toString('utf8');
  // Editors drop the BOM from the document text, so edit offsets must not count it.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
