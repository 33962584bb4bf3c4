// Lists the files a workspace scan reads: honours .gitignore and exclude globs, follows symlinks without
// looping, and reports what it cannot list instead of failing. Used by the language server and the CLI.

import type { Dirent, Stats } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { skippedForError } from './errors';
import { excludeMatcher, type ExcludeMatcher } from './exclude';
import { isIgnored, NO_IGNORE_RULES, rulesAbove, withIgnoreFile, type IgnoreRules } from '../git/ignoreRules';
import { compareCodeUnits, relativeInside } from './paths';
import { runQueue } from './queue';
import { describeSpecial } from './read';
import type { FileListing, ListOptions, SkippedFile } from './types';

export { readScannableFile } from './read';
export type { FileListing, ListOptions, ReadResult, SkippedFile, SkipReason } from './types';

/** Directory reads in flight at once: enough to hide latency, far below file-descriptor limits. */
const CONCURRENCY = 32;

/** Real paths of the directories above one being listed, to tell a symlink loop from a second route in. */
interface RealChain {
  readonly real: string;
  readonly parent: RealChain | undefined;
}

interface DirTask {
  readonly path: string;
  readonly real: string;
  readonly chain: RealChain;
  readonly rules: IgnoreRules;
}

interface ListedFile {
  readonly path: string;
  readonly real: string;
}

interface Walk {
  readonly root: string;
  readonly gitignore: boolean;
  readonly excluded: ExcludeMatcher;
  readonly signal: AbortSignal | undefined;
  /** Files found as plain entries; `real` is known without a syscall (no link on the way from the real root). */
  readonly files: ListedFile[];
  /** Files reached through a symlink, deduplicated against the plain ones after the walk. */
  readonly linkedFiles: ListedFile[];
  readonly skipped: SkippedFile[];
  /** Real paths of directories already listed. */
  readonly visited: Set<string>;
  /** Symlinked directories found, entered only once the plain tree is listed (see listFiles). */
  readonly linkedDirs: { readonly task: Omit<DirTask, 'real' | 'chain'>; readonly parentChain: RealChain }[];
}

export async function listFiles(root: string, options: ListOptions = {}): Promise<FileListing> {
  const signal = options.signal;
  signal?.throwIfAborted();
  const absRoot = resolve(root);
  let rootInfo: Stats;
  let rootReal: string;
  try {
    rootInfo = await stat(absRoot);
    rootReal = await realpath(absRoot);
  } catch (error) {
    throw rootError(absRoot, error);
  }
  if (!rootInfo.isDirectory()) {
    if (rootInfo.isFile()) return { files: [absRoot], skipped: [] };
    return { files: [], skipped: [{ path: absRoot, reason: 'special-file', detail: describeSpecial(rootInfo) }] };
  }

  const gitignore = options.respectGitignore ?? true;
  const walk: Walk = {
    root: absRoot,
    gitignore,
    excluded: excludeMatcher(options.exclude ?? []),
    signal,
    files: [],
    linkedFiles: [],
    skipped: [],
    visited: new Set([rootReal]),
    linkedDirs: [],
  };
  const rootChain: RealChain = { real: rootReal, parent: undefined };
  const rootRules = gitignore ? await rulesAbove(absRoot) : NO_IGNORE_RULES;
  await runQueue([{ path: absRoot, real: rootReal, chain: rootChain, rules: rootRules }], CONCURRENCY, (task, enqueue) => listDirectory(walk, task, enqueue), signal);

  // Symlinked directories are entered one at a time in path order, after the plain tree: which route into a
  // directory wins (and so which paths are reported) is then the same on every run.
  while (walk.linkedDirs.length > 0) {
    signal?.throwIfAborted();
    walk.linkedDirs.sort((a, b) => compareCodeUnits(b.task.path, a.task.path));
    const { task, parentChain } = walk.linkedDirs.pop() as Walk['linkedDirs'][number];
    const entered = await enterLinkedDirectory(walk, task, parentChain);
    if (entered) await runQueue([entered], CONCURRENCY, (next, enqueue) => listDirectory(walk, next, enqueue), signal);
  }

  return { files: mergeFiles(walk), skipped: walk.skipped.sort((a, b) => compareCodeUnits(a.path, b.path)) };
}

async function listDirectory(walk: Walk, task: DirTask, enqueue: (task: DirTask) => void): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(task.path, { withFileTypes: true });
  } catch (error) {
    walk.skipped.push(skippedForError(task.path, error));
    return;
  }
  walk.signal?.throwIfAborted();
  const rules = walk.gitignore && entries.some((entry) => entry.name === '.gitignore')
    ? await withIgnoreFile(task.rules, task.path)
    : task.rules;
  const chain: RealChain = { real: task.real, parent: task.chain };
  for (const entry of entries) {
    // Git's own store: object files and config hold nothing of the project's source.
    if (entry.name === '.git') continue;
    const path = join(task.path, entry.name);
    const kind = entry.isSymbolicLink() ? 'link' : entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : await kindOf(path);
    if (kind === 'gone') continue;
    const isDirectory = kind === 'dir';
    if (isExcluded(walk, rules, path, isDirectory)) continue;
    if (kind === 'file') walk.files.push({ path, real: join(task.real, entry.name) });
    else if (kind === 'dir') {
      const real = join(task.real, entry.name);
      if (walk.visited.has(real)) continue;
      walk.visited.add(real);
      enqueue({ path, real, chain, rules });
    } else if (kind === 'link') await followLink(walk, path, rules, chain);
    else walk.skipped.push({ path, reason: 'special-file', detail: kind });
  }
}

/** Kind of an entry the directory listing could not type (some file systems report DT_UNKNOWN). */
async function kindOf(path: string): Promise<string> {
  try {
    const info = await lstat(path);
    if (info.isSymbolicLink()) return 'link';
    if (info.isDirectory()) return 'dir';
    if (info.isFile()) return 'file';
    return describeSpecial(info);
  } catch {
    return 'gone';
  }
}

async function followLink(walk: Walk, path: string, rules: IgnoreRules, parentChain: RealChain): Promise<void> {
  let target: Stats;
  let real: string;
  try {
    target = await stat(path);
    real = await realpath(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') walk.skipped.push({ path, reason: 'unreadable', detail: 'broken symbolic link' });
    else walk.skipped.push(skippedForError(path, error));
    return;
  }
  // Ignore rules were checked against the link as a file; a link to a directory must match as a directory too.
  if (target.isDirectory()) {
    if (isExcluded(walk, rules, path, true)) return;
    walk.linkedDirs.push({ task: { path, rules }, parentChain });
  } else if (target.isFile()) walk.linkedFiles.push({ path, real });
  else walk.skipped.push({ path, reason: 'special-file', detail: describeSpecial(target) });
}

async function enterLinkedDirectory(walk: Walk, task: Omit<DirTask, 'real' | 'chain'>, parentChain: RealChain): Promise<DirTask | undefined> {
  let real: string;
  try {
    real = await realpath(task.path);
  } catch (error) {
    walk.skipped.push(skippedForError(task.path, error));
    return undefined;
  }
  for (let link: RealChain | undefined = parentChain; link; link = link.parent) {
    if (link.real === real) {
      walk.skipped.push({ path: task.path, reason: 'symlink-loop', detail: 'links to a directory that contains it' });
      return undefined;
    }
  }
  // Reached by another route already: its files are listed once, under that route.
  if (walk.visited.has(real)) return undefined;
  walk.visited.add(real);
  return { ...task, real, chain: parentChain };
}

function isExcluded(walk: Walk, rules: IgnoreRules, path: string, isDirectory: boolean): boolean {
  if (walk.excluded(relativeInside(walk.root, path) ?? path)) return true;
  return walk.gitignore && isIgnored(rules, path, isDirectory);
}

/** Plain files plus linked files whose target is not listed already, sorted. */
function mergeFiles(walk: Walk): string[] {
  const seen = new Set(walk.files.map((file) => file.real));
  const files = walk.files.map((file) => file.path);
  for (const linked of walk.linkedFiles.sort((a, b) => compareCodeUnits(a.path, b.path))) {
    if (seen.has(linked.real)) continue;
    seen.add(linked.real);
    files.push(linked.path);
  }
  return files.sort(compareCodeUnits);
}

function rootError(root: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code ?? String(error);
  return Object.assign(new Error(`cannot scan ${root}: ${why}`), { code });
}
