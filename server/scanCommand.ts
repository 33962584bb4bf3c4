// The `keyguard.scanWorkspace` command around the scan itself: a progress the server creates (VS Code sends
// no token with a command), cancellation from either the progress' Cancel button or `$/cancelRequest`,
// and one scan at a time (a new one supersedes the running one).

import { CancellationToken, type WorkDoneProgressServerReporter } from 'vscode-languageserver/node';
import { describeError } from './errors';
import { scanWorkspace, type ScanDeps, type ScanLog, type ScanProgress, type ScanSummary } from './workspaceScan';

export interface ScanCommandDeps {
  /** `connection.window.createWorkDoneProgress` (a no-op reporter when the client has no progress support). */
  readonly createProgress: () => Promise<WorkDoneProgressServerReporter>;
  readonly scan: ScanDeps;
  readonly log: ScanLog;
}

/** Used when the client refuses a progress token: the scan still runs, cancellable by its request. */
const SILENT_PROGRESS: WorkDoneProgressServerReporter = {
  token: CancellationToken.None,
  begin: () => undefined,
  report: () => undefined,
  done: () => undefined,
};

export class ScanCommand {
  private running: AbortController | undefined;

  constructor(private readonly deps: ScanCommandDeps) {}

  async run(requestToken: CancellationToken): Promise<ScanSummary> {
    this.running?.abort();
    const controller = new AbortController();
    this.running = controller;
    const cancel = (): void => controller.abort();
    const requestCancellation = requestToken.onCancellationRequested(cancel);
    const reporter = await this.deps.createProgress().catch((error: unknown) => {
      this.deps.log.error(`Creating the scan progress failed: ${describeError(error)}`);
      return SILENT_PROGRESS;
    });
    const progressCancellation = reporter.token.onCancellationRequested(cancel);
    const progress: ScanProgress = {
      begin: (message) => reporter.begin('KeyGuard: scanning workspace', 0, message, true),
      report: (percentage, message) => reporter.report(percentage, message),
      done: () => reporter.done(),
    };
    try {
      return await scanWorkspace(this.deps.scan, progress, controller.signal);
    } finally {
      requestCancellation.dispose();
      progressCancellation.dispose();
      if (this.running === controller) this.running = undefined;
    }
  }
}
