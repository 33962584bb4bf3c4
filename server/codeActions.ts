// Quick fixes for KeyGuard diagnostics. Findings are recomputed from the document's current text (the
// diagnostic may be stale), matched to the diagnostic's range, and turned into edits by the shared planner.

import { basename, dirname } from 'node:path';
import {
  CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type Diagnostic,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { planIgnoreComment, planMoveToEnv } from '../shared/fix';
import { scanText } from '../shared/scanner';
import type { Finding } from '../shared/types';
import { isKeyGuardDiagnostic } from './diagnostics';
import { snapshotEnvFiles, type EnvFolderSnapshot, type OpenDocumentText } from './envFiles';
import { isDotenvFileName } from './localEnvFiles';
import type { KeyGuardSettings } from './settings';
import { locate, type WorkspaceFolderInfo } from './uris';
import { moveToEnvEdit, singleDocumentEdit, type EditCapabilities, type EditTarget } from './workspaceEdit';

export interface CodeActionDeps {
  readonly document: (uri: string) => TextDocument | undefined;
  readonly folders: () => readonly WorkspaceFolderInfo[];
  readonly settings: (uri: string) => Promise<KeyGuardSettings>;
  readonly openDocumentAt: (path: string) => OpenDocumentText | undefined;
  readonly capabilities: EditCapabilities;
  /** Name the scanner uses for file-type context (the same as live validation). */
  readonly scanFileName: (uri: string) => string | undefined;
}

export async function keyGuardCodeActions(params: CodeActionParams, deps: CodeActionDeps): Promise<CodeAction[]> {
  const only = params.context.only;
  if (only && !only.some(coversQuickFix)) return [];
  const diagnostics = params.context.diagnostics.filter(isKeyGuardDiagnostic);
  if (diagnostics.length === 0) return [];
  const document = deps.document(params.textDocument.uri);
  if (!document) return [];
  const settings = await deps.settings(document.uri);
  if (!settings.enable) return [];

  const text = document.getText();
  const findings = scanText(text, { fileName: deps.scanFileName(document.uri) });
  const source: EditTarget = { uri: document.uri, version: document.version, text };
  const canMove = offersMove(document.uri, deps.folders());
  // Several diagnostics in one request share the folder's env files: read them once.
  const envFiles = lazy(async () => {
    const root = envFolderFor(document.uri, deps.folders());
    return root === undefined ? undefined : snapshotEnvFiles(root, deps.openDocumentAt);
  });
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const finding = matchFinding(document, findings, diagnostic);
    if (!finding) continue;
    const move = canMove ? moveAction(document, finding, diagnostic, source, settings, await envFiles(), deps.capabilities) : undefined;
    if (move) actions.push(move);
    const ignore = planIgnoreComment(text, document.languageId, finding);
    if (ignore && ignore.length > 0) {
      const action = CodeAction.create('Ignore this secret', singleDocumentEdit(source, ignore, deps.capabilities), CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      actions.push(action);
    }
  }
  return actions;
}

/** The fresh finding at the diagnostic's range; failing that, one of the same rule covering its start. */
function matchFinding(document: TextDocument, findings: readonly Finding[], diagnostic: Diagnostic): Finding | undefined {
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  const exact = findings.find((f) => f.valueRange.start === start && f.valueRange.end === end);
  if (exact) return exact;
  return findings.find((f) => f.ruleId === diagnostic.code && f.valueRange.start <= start && start < f.valueRange.end);
}

function moveAction(
  document: TextDocument,
  finding: Finding,
  diagnostic: Diagnostic,
  source: EditTarget,
  settings: KeyGuardSettings,
  envFiles: EnvFolderSnapshot | undefined,
  capabilities: EditCapabilities,
): CodeAction | undefined {
  if (!envFiles) return undefined;
  // A .env that git already tracks is committed with the next commit whatever .gitignore says: the value
  // must not go there. The source and .env.example are still fixed; the title tells the user why.
  const dotEnvTracked = settings.fix.writeDotEnv && envFiles.state.dotEnvTrackedByGit === true;
  const plan = planMoveToEnv({
    text: source.text,
    languageId: document.languageId,
    finding,
    writeDotEnv: settings.fix.writeDotEnv && !dotEnvTracked,
    files: envFiles.state,
  });
  if (!plan) return undefined;
  const edit = moveToEnvEdit(plan, source, envFiles, capabilities);
  if (!edit) return undefined;
  const title = `Move to environment variable ${plan.envVar}${dotEnvTracked ? ' (value not written: .env is tracked by git)' : ''}`;
  const action = CodeAction.create(title, edit, CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = true;
  return action;
}

/**
 * Where `.env` and `.env.example` go: the root of the workspace folder holding the document; for a file
 * outside every folder, its own directory (where dotenv loaders look first); for an untitled document, the
 * first workspace folder (where it would be saved); with no folder at all, nowhere, so no move is offered.
 */
export function envFolderFor(uri: string, folders: readonly WorkspaceFolderInfo[]): string | undefined {
  const location = locate(uri, folders);
  if (location.folder) return location.folder.path;
  if (location.path !== undefined) return dirname(location.path);
  return folders[0]?.path;
}

/**
 * A value in a dotenv file (`.env`, `.env.local`, `.env.example`) already sits where the move would put it:
 * replacing it with `${NAME}` would drop it from `.env` itself (the value is then lost) or leave a reference
 * dotenv loaders do not expand. Such a file needs ignoring by git, not this fix.
 */
function offersMove(uri: string, folders: readonly WorkspaceFolderInfo[]): boolean {
  const path = locate(uri, folders).path;
  return path === undefined || !isDotenvFileName(basename(path));
}

/** `only` kinds are hierarchical: `quickfix` itself, or a parent of it (the empty kind), asks for quick fixes. */
function coversQuickFix(kind: string): boolean {
  return kind === '' || kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`);
}

function lazy<T>(compute: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= compute());
}
