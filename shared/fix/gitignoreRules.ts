// Which lines `.gitignore` needs so `.env` stays out of git and `.env.example` stays in.

import ignore from 'ignore';
import { appendLinesEdit, detectEol, type Eol } from './lines';
import type { FileEdit, WorkspaceFilesState } from './types';

/** True when the rules in `content` (a .gitignore at the folder root) ignore `path` (relative to it). */
export function gitignoreContentIgnores(content: string | undefined, path: string): boolean {
  return content !== undefined && ignore().add(content).ignores(path);
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
  const rules = ignore().add(after);
  const exampleStillIgnored = files.dotEnvExampleIgnoredByGit && !rules.test('.env.example').unignored;
  if (rules.ignores('.env.example') || exampleStillIgnored) added.push('!.env.example');
  if (added.length === 0) return undefined;
  const content = current ?? '';
  const eol = detectEol(content, sourceEol);
  return { fileName: '.gitignore', create: current === undefined, edits: [appendLinesEdit(content, added, eol)] };
}
