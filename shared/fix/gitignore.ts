// Would git ignore this path? Answered by reading the ignore files, never by running git: git config
// can execute commands (core.fsmonitor, hooks), and KeyGuard never runs anything from a workspace.
// Sources, lowest precedence first: .git/info/exclude, then every .gitignore from the repository root
// down to the path's directory, each relative to its own directory. A directory that is ignored hides
// everything below it (git does not look inside, so no rule can re-include a child).

import ignore, { type Ignore } from 'ignore';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

interface RuleSource {
  /** Directory the rules are relative to, as a posix path relative to the repository root ('' = root). */
  readonly base: string;
  readonly rules: Ignore;
}

/** The nearest directory at or above `start` that holds a `.git` directory or file, or undefined. */
export async function findGitRoot(start: string): Promise<string | undefined> {
  let dir = path.resolve(start);
  for (;;) {
    if (await exists(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export async function isInsideGitRepository(folderRoot: string): Promise<boolean> {
  return (await findGitRoot(folderRoot)) !== undefined;
}

/** False outside a git repository and for paths outside the repository. */
export async function isIgnoredByGit(folderRoot: string, relativePath: string): Promise<boolean> {
  const target = path.resolve(folderRoot, relativePath);
  const root = await findGitRoot(folderRoot);
  if (!root) return false;
  const fromRoot = path.relative(root, target).split(path.sep).join('/');
  if (fromRoot === '' || fromRoot.startsWith('../') || path.isAbsolute(fromRoot)) return false;
  const segments = fromRoot.split('/');
  if (segments[0] === '.git') return false;

  const sources: RuleSource[] = [];
  const exclude = await readText(path.join((await gitDirectories(root)).common, 'info', 'exclude'));
  if (exclude !== undefined) sources.push({ base: '', rules: newRules().add(exclude) });
  await addGitignore(sources, root, '');

  for (let i = 0; i < segments.length; i++) {
    const current = segments.slice(0, i + 1).join('/');
    const isLast = i === segments.length - 1;
    const isDirectory = !isLast || (await isDir(target));
    if (decide(sources, current, isDirectory)) return true;
    if (!isLast) await addGitignore(sources, root, current);
  }
  return false;
}

// The last source with a matching rule decides; ignoring inherited from a parent directory inside one
// source is left out, because the caller has already established that the parent itself is not ignored.
function decide(sources: readonly RuleSource[], fromRoot: string, isDirectory: boolean): boolean {
  let ignored = false;
  for (const source of sources) {
    const local = source.base === '' ? fromRoot : fromRoot.slice(source.base.length + 1);
    const parent = local.includes('/') ? local.slice(0, local.lastIndexOf('/') + 1) : '';
    if (parent && source.rules.test(parent).ignored) continue;
    const result = source.rules.test(isDirectory ? `${local}/` : local);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

async function addGitignore(sources: RuleSource[], root: string, dir: string): Promise<void> {
  const content = await readText(path.join(root, dir, '.gitignore'));
  if (content !== undefined) sources.push({ base: dir, rules: newRules().add(content) });
}

// Git matches case-sensitively unless core.ignorecase, which git init sets on case-insensitive systems.
function newRules(): Ignore {
  return ignore({ ignorecase: process.platform === 'darwin' || process.platform === 'win32' });
}

/**
 * The repository's git directories: `dir` holds the index (`.git`, or where a `.git` file `gitdir: <path>`
 * points for worktrees and submodules); `common` holds config and info/exclude (shared by linked worktrees).
 */
export async function gitDirectories(root: string): Promise<{ dir: string; common: string }> {
  const dotGit = path.join(root, '.git');
  const pointer = await readText(dotGit);
  const target = pointer === undefined ? undefined : /^gitdir:(.*)$/m.exec(pointer)?.[1].trim();
  if (!target) return { dir: dotGit, common: dotGit };
  const dir = path.resolve(root, target);
  const common = await readText(path.join(dir, 'commondir'));
  return { dir, common: common === undefined ? dir : path.resolve(dir, common.trim()) };
}

async function readText(file: string): Promise<string | undefined> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return undefined;
    return await fs.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch {
    return false;
  }
}

async function isDir(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isDirectory();
  } catch {
    return false;
  }
}
