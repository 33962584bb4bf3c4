// Live validation of open documents: debounced per document, stale runs dropped, and diagnostics
// published only for the version they were computed from.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkText, type CheckOutcome } from './documentCheck';
import type { DiagnosticsHub } from './diagnosticsHub';
import { describeError } from './errors';
import type { KeyGuardSettings } from './settings';
import type { DocumentLocation } from './uris';
import { formatBytes } from '../shared/workspace/read';

export interface ValidatorDeps {
  readonly document: (uri: string) => TextDocument | undefined;
  readonly settings: (uri: string) => Promise<KeyGuardSettings>;
  readonly locate: (uri: string) => DocumentLocation;
  readonly scanFileName: (uri: string) => string | undefined;
  /** A `.env` git ignores holds secrets by design: not reported (see localEnvFiles.ts). */
  readonly isIgnoredLocalEnvFile: (uri: string, location: DocumentLocation) => Promise<boolean>;
  readonly hub: DiagnosticsHub;
  readonly log: { info(message: string): void; error(message: string): void };
}

export class DocumentValidator {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Bumped on every schedule and cancel: a run whose generation is no longer current is stale. */
  private readonly generations = new Map<string, number>();
  /** Documents already reported as too large, so the log says it once, not on every keystroke. */
  private readonly loggedTooLarge = new Set<string>();

  constructor(
    private readonly deps: ValidatorDeps,
    private readonly delayMs: number,
  ) {}

  schedule(uri: string, delayMs = this.delayMs): void {
    const generation = this.bump(uri);
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.run(uri, generation);
      }, delayMs),
    );
  }

  cancel(uri: string): void {
    this.bump(uri);
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.generations.delete(uri);
    this.loggedTooLarge.delete(uri);
  }

  private bump(uri: string): number {
    const next = (this.generations.get(uri) ?? 0) + 1;
    this.generations.set(uri, next);
    return next;
  }

  private async run(uri: string, generation: number): Promise<void> {
    const document = this.deps.document(uri);
    if (!document) return;
    const version = document.version;
    try {
      const settings = await this.deps.settings(uri);
      const location = this.deps.locate(uri);
      const quiet = settings.enable && (await this.deps.isIgnoredLocalEnvFile(uri, location));
      // Waiting let newer edits (or a close) arrive; their own run is already scheduled.
      if (this.generations.get(uri) !== generation || this.deps.document(uri)?.version !== version) return;
      const outcome: CheckOutcome = quiet
        ? { kind: 'excluded' }
        : checkText(
            {
              text: document.getText(),
              location,
              fileName: this.deps.scanFileName(uri),
              positionAt: (offset) => document.positionAt(offset),
              version,
            },
            settings,
          );
      if (outcome.kind === 'too-large') this.logTooLargeOnce(uri, outcome.bytes, outcome.limit);
      else this.loggedTooLarge.delete(uri);
      this.deps.hub.publishDocument(uri, outcome.kind === 'checked' ? outcome.diagnostics : [], version);
    } catch (error) {
      // One document's failure must not take the server down; its previous diagnostics stay.
      this.deps.log.error(`Checking ${uri} failed: ${describeError(error)}`);
    }
  }

  private logTooLargeOnce(uri: string, bytes: number, limit: number): void {
    if (this.loggedTooLarge.has(uri)) return;
    this.loggedTooLarge.add(uri);
    this.deps.log.info(`Skipped ${uri}: too large (${formatBytes(bytes)} exceeds the ${formatBytes(limit)} limit of keyguard.maxFileSizeKB)`);
  }
}
