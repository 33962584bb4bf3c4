// Temp folders for tests: a fresh one per test under the OS temp dir, filled from a path → content map.

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A file's content, or a symlink to create at that path. */
export type Entry = string | Uint8Array | { readonly symlink: string };

export function makeTempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `keyguard-${label}-`));
}

/** Writes each entry at its `/`-separated path below `root`, creating folders on the way. */
export function writeTree(root: string, entries: Readonly<Record<string, Entry>>): void {
  for (const [relPath, entry] of Object.entries(entries)) {
    const path = join(root, relPath);
    mkdirSync(dirname(path), { recursive: true });
    if (typeof entry === 'object' && 'symlink' in entry) symlinkSync(entry.symlink, path);
    else writeFileSync(path, entry);
  }
}

export function removeTree(root: string): void {
  rmSync(root, { recursive: true, force: true });
}
