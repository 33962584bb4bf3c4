// The real git, for tests that need files only git writes (an index). Isolated from the user's and the
// system's config and hooks; the test harness runs git, the product never does.

import { execFileSync, spawnSync } from 'node:child_process';

export const gitAvailable = spawnSync('git', ['--version']).status === 0;

/** Runs `git ...args` in `cwd` with no global or system config, no hooks and no fsmonitor. */
export function runGit(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false', ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
    stdio: 'ignore',
  });
}
