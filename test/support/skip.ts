// A skipped test says why in the test output, so a reader of CI logs knows what was not checked.
import type { Context } from 'mocha';

export function skipBecause(context: Context, reason: string): never {
  console.log(`      (skipped: ${reason})`);
  return context.skip();
}

/** Permission checks mean nothing to root, which reads every file; skip them there, saying so. */
export function skipUnlessPermissionsApply(context: Context): void {
  if (process.platform === 'win32') skipBecause(context, 'POSIX permissions do not apply on Windows');
  if (process.getuid?.() === 0) skipBecause(context, 'running as root, which may read any file');
}
