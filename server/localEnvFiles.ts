// A `.env` file that git ignores is where secrets belong (the quick fix writes them there), so an open one
// is not reported. One git would commit is reported like any file: that is exactly the leak to catch.

import { basename, dirname, join } from 'node:path';
import { isIgnoredByGit, isInsideGitRepository, readEnvFileText } from '../shared/fix';
import { gitignoreContentIgnores } from '../shared/fix/gitignoreRules';
import type { DocumentLocation } from './uris';

// `.env`, `.env.local`, `.env.production`…, but not the committed templates.
const LOCAL_ENV_FILE = /^\.env(?:\..+)?$/;
const TEMPLATE = /\.(?:example|sample|template|dist|defaults?)$/i;

export function isLocalEnvFileName(name: string): boolean {
  return LOCAL_ENV_FILE.test(name) && !TEMPLATE.test(name);
}

/**
 * True for a local env file that git ignores; outside a git repository, one that the `.gitignore` beside
 * the workspace folder ignores (the fix creates that file there, ready for `git init`).
 */
export async function isIgnoredLocalEnvFile(location: DocumentLocation): Promise<boolean> {
  const { path } = location;
  if (path === undefined || !isLocalEnvFileName(basename(path))) return false;
  const root = location.folder?.path ?? dirname(path);
  const relPath = location.relPath ?? basename(path);
  if (await isInsideGitRepository(root)) return isIgnoredByGit(root, relPath);
  const gitignore = (await readEnvFileText(join(root, '.gitignore'))) ?? undefined;
  return gitignoreContentIgnores(gitignore, relPath);
}
