// A `.env` file that git ignores is where secrets belong (the quick fix writes them there), so an open one
// is not reported. One git would commit is reported like any file: that is exactly the leak to catch. That
// includes an ignored `.env` git already tracks: .gitignore does not stop changes to it being committed.

import { basename, dirname, join } from 'node:path';
import { isIgnoredByGit, isInsideGitRepository, isTrackedByGit, readEnvFileText } from '../shared/fix';
import { gitignoreContentIgnores } from '../shared/fix/gitignoreRules';
import type { DocumentLocation } from './uris';

// `.env`, `.env.local`, `.env.production`…, but not the committed templates.
const LOCAL_ENV_FILE = /^\.env(?:\..+)?$/;
const TEMPLATE = /\.(?:example|sample|template|dist|defaults?)$/i;

/** Any dotenv file: the local ones and the committed templates (`.env.example`). */
export function isDotenvFileName(name: string): boolean {
  return LOCAL_ENV_FILE.test(name);
}

export function isLocalEnvFileName(name: string): boolean {
  return isDotenvFileName(name) && !TEMPLATE.test(name);
}

/**
 * True for a local env file that git ignores and does not track; outside a git repository, one that the
 * `.gitignore` beside the workspace folder ignores (the fix creates that file there, ready for `git init`).
 */
export async function isIgnoredLocalEnvFile(location: DocumentLocation): Promise<boolean> {
  const { path } = location;
  if (path === undefined || !isLocalEnvFileName(basename(path))) return false;
  const root = location.folder?.path ?? dirname(path);
  const relPath = location.relPath ?? basename(path);
  if (await isInsideGitRepository(root)) return (await isIgnoredByGit(root, relPath)) && (await isTrackedByGit(root, relPath)) !== true;
  const gitignore = (await readEnvFileText(join(root, '.gitignore'))) ?? undefined;
  return gitignoreContentIgnores(gitignore, relPath);
}
