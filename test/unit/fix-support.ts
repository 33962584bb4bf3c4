// Helpers for the fix planner tests: findings built by hand, files applied, syntax checked by real parsers.
// Assertion messages never include generated key values.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { FileEdit, MoveToEnvPlan, WorkspaceFilesState } from '../../shared/fix';
import { applyTextEdits } from '../../shared/fix';
import type { Finding } from '../../shared/types';
import { syntheticKey } from '../../shared/testing/synthetic';
import { pythonSyntaxError } from '../support/python';
import { maskValues } from '../support/secrets';
import { makeTempDir, removeTree } from '../support/tempTree';

const generatedKeys = new Set<string>();

/** A key-shaped value built at run time; registered so assertion output can mask it. */
export function generatedKey(prefix: string, charset: string, length: number, seed: number): string {
  const key = syntheticKey(prefix, charset, length, seed);
  generatedKeys.add(key);
  return key;
}

export function openAiKey(seed: number): string {
  return generatedKey('sk-proj-', 'a', 48, seed);
}

/** `text` with every generated key replaced by a marker: what failing assertions may print. */
export function masked(text: string): string {
  return maskValues(text, generatedKeys, () => '<generated key>');
}

/** assert.equal for texts that hold generated keys, without printing them when it fails. */
export function assertText(actual: string | undefined, expected: string, message?: string): void {
  assert.equal(actual === undefined ? '<undefined>' : masked(actual), masked(expected), message);
}

/** A plan or file edit would print the value it writes to .env when compared: only say that one was made. */
export function assertAbsent(value: unknown, message = 'expected nothing'): void {
  assert.ok(value === undefined, message);
}

/**
 * A finding for `value` in `text`: `literal` is the text the fix replaces (defaults to the value itself)
 * and must occur in `text` with the value inside it.
 */
export function findingFor(text: string, value: string, envVar: string, literal: string = value): Finding {
  const literalStart = text.indexOf(literal);
  if (literalStart < 0) throw new Error('literal not in text');
  const valueStart = text.indexOf(value, literalStart);
  if (valueStart < 0 || valueStart + value.length > literalStart + literal.length) throw new Error('value not in literal');
  return {
    ruleId: 'test-rule',
    description: 'test secret',
    family: 'llm',
    valueRange: { start: valueStart, end: valueStart + value.length },
    literalRange: { start: literalStart, end: literalStart + literal.length },
    preview: 'sk-…test',
    envVar,
  };
}

export const NO_FILES: WorkspaceFilesState = {
  dotEnvIgnoredByGit: false,
  dotEnvExampleIgnoredByGit: false,
  isGitRepository: true,
};

export function fileEdit(plan: MoveToEnvPlan, fileName: FileEdit['fileName']): FileEdit | undefined {
  return plan.fileEdits.find((edit) => edit.fileName === fileName);
}

/** The file's content after the plan: `current` for untouched files (undefined = still missing). */
export function fileAfter(plan: MoveToEnvPlan, fileName: FileEdit['fileName'], current: string | undefined): string | undefined {
  const edit = fileEdit(plan, fileName);
  if (!edit) return current;
  return applyTextEdits(edit.create ? '' : (current ?? ''), edit.edits);
}

export function sourceAfter(text: string, plan: MoveToEnvPlan): string {
  return applyTextEdits(text, plan.sourceEdits);
}

// Required at run time (not bundled): the bundle stays small and the parsers are the real ones.
const requireAtRunTime = createRequire(__filename);

export function assertParsesAsJavaScript(source: string, jsx = false): void {
  if (jsx) {
    assertParsesAsTypeScript(source, 'file.jsx');
    return;
  }
  const acorn = requireAtRunTime('acorn') as typeof import('acorn');
  acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'module' });
}

export function assertParsesAsTypeScript(source: string, fileName = 'file.ts'): void {
  const ts = requireAtRunTime('typescript') as typeof import('typescript');
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const diagnostics = (file as unknown as { parseDiagnostics: { messageText: unknown }[] }).parseDiagnostics;
  if (diagnostics.length > 0) {
    throw new Error(`${fileName} does not parse: ${diagnostics.map((d) => String(d.messageText)).join('; ')}`);
  }
}

export function assertParsesAsPython(source: string): void {
  const error = pythonSyntaxError(source);
  // Only the exception type goes into the message: the source may still hold a generated key.
  if (error !== undefined) throw new Error(`python does not parse it: ${error.replace(/:.*/, '')}`);
}

/** Python's own reading of a string literal, for checking the value written to .env. */
export function pythonStringValue(literal: string): string {
  const result = spawnSync('python3', ['-c', 'import ast,sys,json; print(json.dumps(ast.literal_eval(sys.stdin.read())))'], {
    input: literal,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error('python could not evaluate the literal');
  return JSON.parse(result.stdout) as string;
}

/** True when `command` runs here; the compiler checks below are skipped (with the reason) where it does not. */
export function toolAvailable(command: string, versionArgs: string[] = ['--version']): boolean {
  return spawnSync(command, versionArgs, { stdio: 'ignore' }).status === 0;
}

/**
 * Runs a compiler or syntax checker on `source` saved as `fileName` in a fresh temp folder. Failures report
 * the tool's diagnostics with every generated key masked.
 */
export function assertToolAccepts(command: string, args: (file: string) => string[], fileName: string, source: string): void {
  const dir = makeTempDir('check');
  try {
    const file = join(dir, fileName);
    writeFileSync(file, source);
    const result = spawnSync(command, args(file), {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GOCACHE: join(dir, '.gocache'), GOPATH: join(dir, '.gopath'), GOFLAGS: '-mod=mod', GO111MODULE: 'auto' },
    });
    if (result.error) throw result.error;
    if (result.status !== 0) throw new Error(`${command} rejects the fixed file: ${masked(`${result.stdout}${result.stderr}`)}`);
  } finally {
    removeTree(dir);
  }
}
