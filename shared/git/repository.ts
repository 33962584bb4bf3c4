// Finds the git repository around a folder and reads what KeyGuard needs of it, from files only. KeyGuard
// never runs git: git config can execute commands (core.fsmonitor, hooks, aliases), and nothing from a
// workspace is ever executed.

import { constants, promises as fs } from 'node:fs';
import * as path from 'node:path';

export interface Repository {
  /** The working-tree top: the directory that holds `.git` (a directory, or a file for worktrees and submodules). */
  readonly top: string;
  /** Holds the index: `.git`, or where a `.git` file's `gitdir: <path>` points. */
  readonly gitDir: string;
  /** Holds config and info/exclude: `gitDir`, or where its `commondir` points (linked worktrees share it). */
  readonly commonDir: string;
  /** core.ignorecase: whether ignore patterns match regardless of case. */
  readonly ignoreCase: boolean;
  /** Bytes of an object id: 32 for `extensions.objectformat = sha256`, else 20 (SHA-1). */
  readonly hashSize: number;
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

export async function isInsideGitRepository(start: string): Promise<boolean> {
  return (await findGitRoot(start)) !== undefined;
}

/** The repository around `start` with its git directories and the config values KeyGuard honours. */
export async function openRepository(start: string): Promise<Repository | undefined> {
  const top = await findGitRoot(start);
  if (top === undefined) return undefined;
  const dotGit = path.join(top, '.git');
  const pointer = await readTextFile(dotGit);
  const target = pointer === undefined ? undefined : /^gitdir:(.*)$/m.exec(pointer)?.[1].trim();
  const gitDir = target ? path.resolve(top, target) : dotGit;
  const commonPointer = target ? await readTextFile(path.join(gitDir, 'commondir')) : undefined;
  const commonDir = commonPointer === undefined ? gitDir : path.resolve(gitDir, commonPointer.trim());
  const config = parseGitConfig((await readTextFile(path.join(commonDir, 'config'))) ?? '');
  return {
    top,
    gitDir,
    commonDir,
    // Git's default is case-sensitive; `git init` writes `ignorecase = true` on case-insensitive file systems.
    ignoreCase: configBoolean(config.get('core.ignorecase')) ?? false,
    hashSize: String(config.get('extensions.objectformat')).toLowerCase() === 'sha256' ? 32 : 20,
  };
}

/**
 * `section.key` → value for the keys of a git config file (lower-cased names; subsections are kept as
 * `section.subsection.key`). A key without `=` is recorded as `true`, as git reads it. Includes are not followed.
 */
export function parseGitConfig(content: string): Map<string, string | true> {
  const values = new Map<string, string | true>();
  let section = '';
  for (const rawLine of content.split('\n')) {
    let line = rawLine.trim();
    const header = /^\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]/.exec(line);
    if (header) {
      section = header[2] === undefined ? header[1].toLowerCase() : `${header[1].toLowerCase()}.${header[2]}`;
      line = line.slice(header[0].length).trim();
    }
    const name = /^[A-Za-z][A-Za-z0-9-]*/.exec(line)?.[0];
    if (name === undefined || section === '') continue;
    const rest = line.slice(name.length).trimStart();
    if (rest === '') values.set(`${section}.${name.toLowerCase()}`, true);
    else if (rest.startsWith('=')) values.set(`${section}.${name.toLowerCase()}`, configValue(rest.slice(1)));
  }
  return values;
}

/** A config value without its comment and quotes (enough for the booleans and words KeyGuard reads). */
function configValue(raw: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '#' || ch === ';')) break;
    else if (ch === '\\' && i + 1 < raw.length) out += raw[++i];
    else out += ch;
  }
  return out.trim();
}

/** Git's boolean spellings (`key =` with nothing after it is false); undefined when unset or not a boolean. */
export function configBoolean(value: string | true | undefined): boolean | undefined {
  if (value === undefined || value === true) return value;
  const word = value.toLowerCase();
  if (word === 'true' || word === 'yes' || word === 'on' || word === '1') return true;
  if (word === '' || word === 'false' || word === 'no' || word === 'off' || word === '0') return false;
  return undefined;
}

/** A regular file's text; undefined when it is missing, not a file or unreadable (git carries on without it). */
export async function readTextFile(file: string): Promise<string | undefined> {
  const bytes = await readRegularFile(file);
  return bytes instanceof Buffer ? bytes.toString('utf8') : undefined;
}

/**
 * A regular file's bytes: `missing` when nothing is there, undefined when it is no regular file, larger than
 * `maxBytes` or unreadable. Opened without blocking and checked on the open handle: a named pipe planted as
 * `.env` or `.git/index` would otherwise hang the read (and a thread of the pool) for good.
 */
export async function readRegularFile(file: string, maxBytes = Number.POSITIVE_INFINITY): Promise<Buffer | 'missing' | undefined> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : undefined;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile() || info.size > maxBytes) return undefined;
    const bytes = await handle.readFile();
    return bytes.length > maxBytes ? undefined : bytes;
  } catch {
    return undefined;
  } finally {
    await handle.close().catch(() => undefined);
  }
}

export async function isDirectory(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isDirectory();
  } catch {
    return false;
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
