// `keyguard.scanWorkspace`: lists every workspace folder's files (honouring .gitignore and
// `keyguard.exclude`), checks them one at a time, publishes diagnostics for files that are not open, and
// returns a summary. It yields to the event loop between files so edits stay responsive.

import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { listFiles, readScannableFile, type ReadResult, type SkippedFile, type SkipReason } from '../shared/workspace/files';
import { checkText } from './documentCheck';
import type { DiagnosticsHub } from './diagnosticsHub';
import { maxFileSizeBytes, type KeyGuardSettings } from './settings';
import { describeError } from './errors';
import { relativeInside } from '../shared/workspace/paths';
import { folderContaining, locateFile, type WorkspaceFolderInfo } from './uris';
import type { ScanSummary, SkipCounts } from '../shared/protocol';

export type { ScanSummary, SkipCounts } from '../shared/protocol';

/** Files read ahead of the one being scanned: hides file-system latency with few descriptors open. */
const READ_AHEAD = 16;

export interface ScanProgress {
  begin(message: string): void;
  report(percentage: number, message: string): void;
  done(): void;
}

export interface ScanLog {
  info(message: string): void;
  error(message: string): void;
}

export interface ScanDeps {
  readonly folders: () => Promise<readonly WorkspaceFolderInfo[]>;
  readonly settings: (folderUri: string) => Promise<KeyGuardSettings>;
  /** The open document for a path: its text is what the user sees, so it is counted instead of the disk. */
  readonly openDocument: (path: string) => TextDocument | undefined;
  readonly hub: DiagnosticsHub;
  readonly log: ScanLog;
}

const SKIP_FIELD: Record<SkipReason, keyof SkipCounts> = {
  binary: 'binary',
  'too-large': 'tooLarge',
  unreadable: 'unreadable',
  vanished: 'vanished',
  'symlink-loop': 'symlinkLoop',
  'special-file': 'specialFile',
};

const SKIP_WORDS: Record<SkipReason, string> = {
  binary: 'binary file',
  'too-large': 'too large',
  unreadable: 'unreadable',
  vanished: 'vanished',
  'symlink-loop': 'symbolic link loop',
  'special-file': 'not a regular file',
};

export async function scanWorkspace(deps: ScanDeps, progress: ScanProgress, signal: AbortSignal): Promise<ScanSummary> {
  const started = Date.now();
  const skipped: SkipCounts = { binary: 0, tooLarge: 0, unreadable: 0, vanished: 0, symlinkLoop: 0, specialFile: 0 };
  const totals = { filesScanned: 0, findings: 0, filesWithFindings: 0 };
  const covered = new Set<string>();
  let folders: readonly WorkspaceFolderInfo[] = [];
  let cancelled = false;
  const onSkip = (skip: SkippedFile): void => recordSkip(skip, folders, skipped, deps.log);
  progress.begin('Listing files…');
  try {
    folders = await deps.folders();
    const work = await listWorkspace(folders, deps, signal, onSkip);
    let done = 0;
    let lastPercentage = -1;
    for (const { item, read } of withReadAhead(work, READ_AHEAD)) {
      // A turn of the event loop between files: edits, code actions and cancellation are handled meanwhile.
      await nextTurn();
      signal.throwIfAborted();
      const diagnostics = await checkFile(item.path, folders, item.settings, deps, onSkip, read);
      done++;
      if (diagnostics) {
        covered.add(item.path);
        totals.filesScanned++;
        totals.findings += diagnostics.length;
        if (diagnostics.length > 0) totals.filesWithFindings++;
        deps.hub.publishScanned(item.path, diagnostics);
      }
      const percentage = Math.floor((done / work.length) * 100);
      if (percentage !== lastPercentage) {
        lastPercentage = percentage;
        progress.report(percentage, `Scanned ${done}/${work.length} files`);
      }
    }
    // Only a complete scan knows which earlier results are gone (file deleted, fixed, now ignored).
    deps.hub.forgetScannedExcept(covered);
  } catch (error) {
    if (!signal.aborted) throw error;
    cancelled = true;
  } finally {
    progress.done();
  }
  const filesSkipped = Object.values(skipped).reduce((sum, count) => sum + count, 0);
  const summary: ScanSummary = { folders: folders.length, ...totals, filesSkipped, skipped, cancelled, durationMs: Date.now() - started };
  deps.log.info(
    `Workspace scan ${cancelled ? 'cancelled' : 'finished'}: ${summary.filesScanned} files scanned, ${summary.findings} findings in ` +
      `${summary.filesWithFindings} files, ${filesSkipped} skipped (${summary.durationMs} ms)`,
  );
  return summary;
}

/**
 * Each item with its read, started up to `depth` files ahead: reads wait on the thread pool, so a few in
 * flight hide their latency while the scanning itself stays one file at a time on this thread.
 */
function* withReadAhead(work: readonly ScanItem[], depth: number): Generator<{ item: ScanItem; read: Promise<ReadResult> }> {
  const pending: Promise<ReadResult>[] = [];
  for (let index = 0; index < work.length; index++) {
    while (pending.length < depth && index + pending.length < work.length) {
      const next = work[index + pending.length];
      pending.push(readScannableFile(next.path, { maxFileSizeBytes: maxFileSizeBytes(next.settings) }));
    }
    yield { item: work[index], read: pending.shift() as Promise<ReadResult> };
  }
}

interface ScanItem {
  readonly path: string;
  readonly settings: KeyGuardSettings;
}

/** Files of every enabled folder, each once (nested folders list some twice), with its folder's settings. */
async function listWorkspace(
  folders: readonly WorkspaceFolderInfo[],
  deps: ScanDeps,
  signal: AbortSignal,
  onSkip: (skip: SkippedFile) => void,
): Promise<ScanItem[]> {
  const settingsByFolder = new Map<string, KeyGuardSettings>();
  for (const folder of folders) settingsByFolder.set(folder.uri, await deps.settings(folder.uri));
  const items: ScanItem[] = [];
  const seen = new Set<string>();
  for (const folder of folders) {
    const settings = settingsByFolder.get(folder.uri) as KeyGuardSettings;
    if (!settings.enable) continue;
    let listing;
    try {
      listing = await listFiles(folder.path, { exclude: settings.exclude, respectGitignore: true, signal });
    } catch (error) {
      if (signal.aborted) throw error;
      deps.log.error(`Cannot list workspace folder ${folder.name}: ${(error as Error).message}`);
      continue;
    }
    listing.skipped.forEach(onSkip);
    for (const path of listing.files) {
      if (seen.has(path)) continue;
      seen.add(path);
      // The innermost folder's settings apply to a file in nested folders.
      const owner = folderContaining(folders, path);
      const ownerSettings = owner ? settingsByFolder.get(owner.uri) ?? settings : settings;
      if (ownerSettings.enable) items.push({ path, settings: ownerSettings });
    }
  }
  return items;
}

/** What checking one file needs: open buffers win over the disk; errors go to the log. */
export type FileCheckDeps = Pick<ScanDeps, 'openDocument' | 'log'>;

/** The file's diagnostics, or undefined when it was skipped (or excluded or disabled by its settings). */
async function checkFile(
  path: string,
  folders: readonly WorkspaceFolderInfo[],
  settings: KeyGuardSettings,
  deps: FileCheckDeps,
  onSkip: (skip: SkippedFile) => void,
  pendingRead?: Promise<ReadResult>,
): Promise<Diagnostic[] | undefined> {
  const open = deps.openDocument(path);
  if (open) return checkDocument(open, path, folders, settings, deps.log);
  const read = await (pendingRead ?? readScannableFile(path, { maxFileSizeBytes: maxFileSizeBytes(settings) }));
  if (read.kind === 'skipped') {
    onSkip(read.skipped);
    return undefined;
  }
  return checkDocument(TextDocument.create('', 'plaintext', 0, read.text), path, folders, settings, deps.log);
}

/** Checks one file again (when its document closes, or settings change); undefined when it is not checked now. */
export function recheckFile(
  path: string,
  folders: readonly WorkspaceFolderInfo[],
  settings: KeyGuardSettings,
  deps: FileCheckDeps,
): Promise<Diagnostic[] | undefined> {
  return checkFile(path, folders, settings, deps, () => undefined);
}

function checkDocument(
  document: TextDocument,
  path: string,
  folders: readonly WorkspaceFolderInfo[],
  settings: KeyGuardSettings,
  log: ScanLog,
): Diagnostic[] | undefined {
  try {
    const outcome = checkText(
      {
        text: document.getText(),
        location: locateFile(path, folders),
        fileName: path,
        positionAt: (offset) => document.positionAt(offset),
        version: null,
      },
      settings,
    );
    return outcome.kind === 'checked' ? outcome.diagnostics : undefined;
  } catch (error) {
    log.error(`Checking ${displayPath(path, folders)} failed: ${describeError(error)}`);
    return undefined;
  }
}

function recordSkip(skip: SkippedFile, folders: readonly WorkspaceFolderInfo[], counts: SkipCounts, log: ScanLog): void {
  counts[SKIP_FIELD[skip.reason]]++;
  const detail = skip.detail ? ` (${skip.detail})` : '';
  log.info(`Skipped ${displayPath(skip.path, folders)}: ${SKIP_WORDS[skip.reason]}${detail}`);
}

/** `folder/relative/path` for the log, the absolute path outside every folder. */
function displayPath(path: string, folders: readonly WorkspaceFolderInfo[]): string {
  const folder = folderContaining(folders, path);
  const rel = folder ? relativeInside(folder.path, path) : undefined;
  if (!folder || rel === undefined) return path;
  return folders.length > 1 ? `${folder.name}/${rel}` : rel;
}
