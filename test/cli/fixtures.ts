// A bounded runner for dist/cli.js. Secrets are generated at run time (never committed) and every run's
// output is checked against them, so a leak fails whichever test caused it.

import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { assertNoSecret } from '../support/secrets';

export const CLI = resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');

/** 1-based line and UTF-16 column of `offset` in `text`, counted independently of the code under test. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
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
