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

/** Files whose change can change git's verdict on an env file: ignore files, the index, the config. */
export function affectsGitVerdicts(path: string): boolean {
  const name = basename(path);
  if (name === '.gitignore') return true;
  return /[\\/]\.git[\\/]/.test(path) && (name === 'index' || name === 'config' || name === 'exclude');
}

/**
 * isIgnoredLocalEnvFile for open documents, asked once per document: git's verdict changes with .gitignore
 * and the index, not with typing, and asking reads git's files (the whole index) each time.
 */
export class LocalEnvFileVerdicts {
  private readonly verdicts = new Map<string, Promise<boolean>>();

  constructor(private readonly ask: (location: DocumentLocation) => Promise<boolean> = isIgnoredLocalEnvFile) {}

  isIgnored(uri: string, location: DocumentLocation): Promise<boolean> {
    if (location.path === undefined || !isLocalEnvFileName(basename(location.path))) return Promise.resolve(false);
    let verdict = this.verdicts.get(uri);
    if (!verdict) {
      verdict = this.ask(location);
      this.verdicts.set(uri, verdict);
      // A failed read is not remembered: the next check asks again.
      verdict.catch(() => this.verdicts.delete(uri));
    }
    return verdict;
  }

  forget(uri: string): void {
    this.verdicts.delete(uri);
  }

  /** Forgets every verdict (git's files changed); returns the documents they were for, to check again. */
  forgetAll(): string[] {
    const uris = [...this.verdicts.keys()];
    this.verdicts.clear();
    return uris;
  }
}
