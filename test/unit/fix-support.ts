// Helpers for the fix planner tests: findings built by hand, files applied, syntax checked by real parsers.
// Assertion messages never include generated key values.

import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import type { FileEdit, MoveToEnvPlan, WorkspaceFilesState } from '../../shared/fix';
import { applyTextEdits } from '../../shared/fix';
import type { Finding } from '../../shared/types';
import { syntheticKey } from '../../shared/testing/synthetic';

export function openAiKey(seed: number): string {
  return syntheticKey('sk-proj-', 'a', 48, seed);
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
  const result = spawnSync('python3', ['-c', 'import ast,sys; ast.parse(sys.stdin.read())'], { input: source, encoding: 'utf8' });
  if (result.error) throw result.error;
  // Only the exception type and line go into the message: the source may still hold a generated key.
  const lastLine = result.stderr.trim().split('\n').pop() ?? '';
  if (result.status !== 0) throw new Error(`python does not parse it: ${lastLine.replace(/:.*/, '')}`);
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
