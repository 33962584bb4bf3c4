// Python's own parser as the judge of fixed Python sources (python3 must be on PATH).

import { spawnSync } from 'node:child_process';

/** Undefined when `source` parses as Python; else the exception line (never the traceback, which quotes the source). */
export function pythonSyntaxError(source: string): string | undefined {
  const result = spawnSync('python3', ['-c', 'import ast,sys; ast.parse(sys.stdin.read())'], { input: source, encoding: 'utf8' });
  if (result.error) throw result.error;
  if (result.status === 0) return undefined;
  return result.stderr.trim().split('\n').pop() || 'python3 failed';
}
