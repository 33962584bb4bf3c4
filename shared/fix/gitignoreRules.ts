// Which lines `.gitignore` needs so `.env` stays out of git and `.env.example` stays in.

import { parseIgnoreRules } from '../git/ignoreRules';
import { appendLinesEdit, detectEol, type Eol } from './lines';
import type { FileEdit, WorkspaceFilesState } from './types';

// These rules are not tied to a repository's config (the folder may not be one yet), so they match case as
// git does by default. That is also the safe side: `.ENV` is not taken to keep `.env` out of git.
const IGNORE_CASE = false;

/** True when the rules in `content` (a .gitignore at the folder root) ignore `path` (relative to it). */
export function gitignoreContentIgnores(content: string | undefined, path: string): boolean {
  return content !== undefined && parseIgnoreRules(content, IGNORE_CASE).ignores(path);
}

/**
 * The `.gitignore` edit: `.env` when it must be written and is not ignored yet (also when the folder is no
 * git repository: the file is created so a later `git init` starts safe), then `!.env.example` whenever
 * `.env.example` is, or would become, ignored (`.env*`, `.env.*`). Undefined when nothing is needed.
 */
export function planGitignore(files: WorkspaceFilesState, writeDotEnv: boolean, sourceEol: Eol): FileEdit | undefined {
  const current = files.gitignore;
  const added: string[] = [];
  if (writeDotEnv && !files.dotEnvIgnoredByGit && !gitignoreContentIgnores(current, '.env')) added.push('.env');
  const after = (current ?? '') + (added.length ? `\n${added.join('\n')}\n` : '');
  const rules = parseIgnoreRules(after, IGNORE_CASE);
  const exampleStillIgnored = files.dotEnvExampleIgnoredByGit && !rules.test('.env.example').unignored;
  if (rules.ignores('.env.example') || exampleStillIgnored) added.push('!.env.example');
  if (added.length === 0) return undefined;
  const content = current ?? '';
  const eol = detectEol(content, sourceEol);
  return { fileName: '.gitignore', create: current === undefined, edits: [appendLinesEdit(content, added, eol)] };
}
