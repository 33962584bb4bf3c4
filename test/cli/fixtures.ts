// Temp fixture trees and a bounded runner for dist/cli.js. Secrets are generated at run time (never committed)
// and every run's output is checked against them, so a leak fails whichever test caused it.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { expandExample } from '../../shared/testing/synthetic';

export const CLI = resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');

/** A file's content, or a symlink to create at that path. */
export type Entry = string | Uint8Array | { readonly symlink: string };

export function makeTempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `keyguard-${label}-`));
}

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

/** A text with generated secrets, and where each one sits. */
export interface SecretText {
  readonly text: string;
  readonly values: readonly string[];
  /** Offset of each value in `text`. */
  readonly offsets: readonly number[];
}

/** Expands `«PREFIX|CHARSET|LENGTH»` tokens (see shared/testing/synthetic.ts). */
export function secretText(template: string, seed: number): SecretText {
  const { text, secrets } = expandExample(template, seed);
  return { text, values: secrets.map((range) => text.slice(range.start, range.end)), offsets: secrets.map((range) => range.start) };
}

/** 1-based line and UTF-16 column of `offset` in `text`, counted independently of the code under test. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/**
 * Fails when `output` contains a value or any 8-character run of it past its public prefix: a masked preview
 * (prefix + last 4) passes, a half-printed key does not.
 */
export function assertNoSecret(output: string, values: readonly string[], where: string): void {
  for (const value of values) {
    if (output.includes(value)) throw new Error(`${where} contains a generated secret value`);
    const body = value.replace(/^[a-z]+[-_](?:[a-z0-9]+[-_])*/i, '');
    for (let i = 0; i + 8 <= body.length; i++) {
      if (output.includes(body.slice(i, i + 8))) throw new Error(`${where} contains 8 characters of a generated secret`);
    }
  }
}

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node dist/cli.js ...args` in `cwd`; rejects if it has not exited within `timeoutMs`. */
export function runCli(
  args: readonly string[],
  cwd: string,
  secrets: readonly string[],
  options: { readonly timeoutMs?: number; readonly closeStdout?: boolean } = {},
): Promise<CliRun> {
  const timeoutMs = options.timeoutMs ?? 15000;
  return new Promise((resolvePromise, reject) => {
    const env = { ...process.env };
    delete env.NO_COLOR;
    delete env.FORCE_COLOR;
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // A reader that goes away before the report is written (`keyguard scan | head`).
    if (options.closeStdout) child.stdout.destroy();
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`keyguard ${args.join(' ')} did not exit within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      try {
        assertNoSecret(stdout, secrets, `stdout of keyguard ${args.join(' ')}`);
        assertNoSecret(stderr, secrets, `stderr of keyguard ${args.join(' ')}`);
      } catch (error) {
        reject(error);
        return;
      }
      resolvePromise({ code, stdout, stderr });
    });
  });
}
