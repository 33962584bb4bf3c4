// Would git ignore a path? Git's ignore files read with the `ignore` package, never by running git (see
// repository.ts). Sources, lowest precedence first: `info/exclude` in the repository's common git directory,
// then every `.gitignore` from the repository top down to the path's directory, each relative to its own
// directory; a deeper file overrides a shallower one and within one file the last matching pattern wins.
// A directory that is ignored hides everything below it: git does not look inside, so nothing re-includes a
// child. Used by the workspace listing (rules gathered while walking down) and by the fix planner (one path).

import ignore, { type Ignore } from 'ignore';
import * as path from 'node:path';
import { relativeInside } from '../workspace/paths';
import { isDirectory, openRepository, readTextFile, type Repository } from './repository';

/** The rules of one ignore file. */
interface IgnoreLevel {
  /** Absolute directory the patterns are relative to. */
  readonly base: string;
  readonly rules: Ignore;
  readonly parent: IgnoreLevel | undefined;
}

/** The ignore files that apply at some directory, deepest first, and how they match case. */
export interface IgnoreRules {
  /** core.ignorecase of the repository; git's default (false) outside one. */
  readonly ignoreCase: boolean;
  readonly level: IgnoreLevel | undefined;
}

export const NO_IGNORE_RULES: IgnoreRules = { ignoreCase: false, level: undefined };

/** Patterns from one ignore file's content, matching case as git's core.ignorecase says. */
export function parseIgnoreRules(content: string, ignoreCase: boolean): Ignore {
  return ignore({ ignorecase: ignoreCase }).add(content);
}

/** `rules` plus the ignore file `file` (default: `dir/.gitignore`); `rules` itself when there is no readable file. */
export async function withIgnoreFile(rules: IgnoreRules, dir: string, file = path.join(dir, '.gitignore')): Promise<IgnoreRules> {
  const content = await readTextFile(file);
  if (content === undefined) return rules;
  return { ...rules, level: { base: dir, rules: parseIgnoreRules(content, rules.ignoreCase), parent: rules.level } };
}

/**
 * Whether git would ignore `absPath` (a directory when `isDirectory`), given that its parent directory is
 * not ignored: callers check each directory on the way down before looking inside it.
 */
export function isIgnored(rules: IgnoreRules, absPath: string, isDirectory: boolean): boolean {
  for (let level = rules.level; level; level = level.parent) {
    const rel = relativeInside(level.base, absPath);
    if (rel === undefined || rel === '') continue;
    // A file's verdict that only comes from its parent directory matching here does not count: the parent
    // is known not to be ignored, so a deeper file re-included it (`a/b/` above, `!b/` in a/.gitignore).
    const slash = rel.lastIndexOf('/');
    if (slash > 0 && level.rules.test(rel.slice(0, slash + 1)).ignored) continue;
    const verdict = level.rules.test(isDirectory ? `${rel}/` : rel);
    if (verdict.ignored) return true;
    if (verdict.unignored) return false;
  }
  return false;
}

/**
 * Rules that apply to a listing of `root` from outside it: `info/exclude` and the `.gitignore` files from the
 * repository top down to `root`'s parent. When `root` or a directory above it is ignored, the user asked for
 * it explicitly, so those rules are dropped. Outside a repository, no rules (nested `.gitignore` files below
 * `root` are still read by the listing: a later `git init` would honour them).
 */
export async function rulesAbove(root: string): Promise<IgnoreRules> {
  const repository = await openRepository(root);
  if (!repository) return NO_IGNORE_RULES;
  const walked = await walkDown(repository, relativeInside(repository.top, root) ?? '', async () => true);
  return walked === 'ignored' ? { ignoreCase: repository.ignoreCase, level: undefined } : walked;
}

/** False outside a git repository, for the repository top itself, inside `.git` and for paths outside the repository. */
export async function isIgnoredByGit(folderRoot: string, relativePath: string): Promise<boolean> {
  const repository = await openRepository(folderRoot);
  if (!repository) return false;
  const target = path.resolve(folderRoot, relativePath);
  const fromTop = relativeInside(repository.top, target);
  if (fromTop === undefined || fromTop === '' || fromTop === '.git' || fromTop.startsWith('.git/')) return false;
  return (await walkDown(repository, fromTop, () => isDirectory(target))) === 'ignored';
}

/**
 * From the repository top down the directories of `fromTop` ('' = the top itself), as git walks: each
 * directory's `.gitignore` joins the rules before its entries are matched. 'ignored' as soon as a step is
 * ignored, else the rules in force at the last step (its own `.gitignore` not read).
 */
async function walkDown(repository: Repository, fromTop: string, lastIsDirectory: () => Promise<boolean>): Promise<IgnoreRules | 'ignored'> {
  const none: IgnoreRules = { ignoreCase: repository.ignoreCase, level: undefined };
  let rules = await withIgnoreFile(none, repository.top, path.join(repository.commonDir, 'info', 'exclude'));
  if (fromTop === '') return rules;
  const segments = fromTop.split('/');
  let dir = repository.top;
  for (let i = 0; i < segments.length; i++) {
    rules = await withIgnoreFile(rules, dir);
    dir = path.join(dir, segments[i]);
    const isLast = i === segments.length - 1;
    if (isIgnored(rules, dir, !isLast || (await lastIsDirectory()))) return 'ignored';
  }
  return rules;
}
