// Git's ignore rules with the `ignore` package: `.git/info/exclude`, then every `.gitignore` from the
// repository top down to the directory being listed. A deeper file overrides a shallower one, and within
// one file the last matching pattern wins, as in git. Files are only read, never executed: no `git` process.

import ignore, { type Ignore } from 'ignore';
import { lstat, readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';

/** The rules of one ignore file, with the rules of the directories above it. */
export interface IgnoreLevel {
  /** Absolute directory the patterns are relative to. */
  readonly base: string;
  readonly rules: Ignore;
  readonly parent: IgnoreLevel | undefined;
}

/** Reads an ignore file into a new level, or returns `parent` when there is no readable file. */
export async function withIgnoreFile(parent: IgnoreLevel | undefined, base: string, file: string): Promise<IgnoreLevel | undefined> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch {
    // Missing or unreadable: git itself carries on without it.
    return parent;
  }
  const rules = ignore().add(content);
  return { base, rules, parent };
}

/** Whether git would ignore `absPath` (a directory when `isDirectory`), deepest rules first. */
export function isIgnored(level: IgnoreLevel | undefined, absPath: string, isDirectory: boolean): boolean {
  for (let current = level; current; current = current.parent) {
    const rel = relative(current.base, absPath);
    // Outside this level's directory (a file named `..x` is inside it).
    if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) continue;
    const posix = sep === '/' ? rel : rel.split(sep).join('/');
    const verdict = current.rules.test(isDirectory ? `${posix}/` : posix);
    if (verdict.ignored) return true;
    if (verdict.unignored) return false;
  }
  return false;
}

/** The nearest directory at or above `dir` that holds a `.git` entry, if any. */
async function repositoryTop(dir: string): Promise<string | undefined> {
  for (let current = dir; ; current = dirname(current)) {
    try {
      await lstat(join(current, '.git'));
      return current;
    } catch {
      // not here; try the parent
    }
    if (dirname(current) === current) return undefined;
  }
}

/**
 * Rules that apply to `root` from outside it: `.git/info/exclude` and the `.gitignore` files between the
 * repository top and `root` (exclusive). When `root` itself is ignored by them, the user asked for it
 * explicitly, so they are dropped.
 */
export async function rulesAbove(root: string): Promise<IgnoreLevel | undefined> {
  const top = await repositoryTop(root);
  if (top === undefined) return undefined;
  let level = await withIgnoreFile(undefined, top, join(top, '.git', 'info', 'exclude'));
  const between: string[] = [];
  for (let dir = dirname(root); top !== root && dir.length >= top.length; dir = dirname(dir)) {
    between.unshift(dir);
    if (dir === top || dirname(dir) === dir) break;
  }
  for (const dir of between) level = await withIgnoreFile(level, dir, join(dir, '.gitignore'));
  return isIgnored(level, root, true) ? undefined : level;
}
