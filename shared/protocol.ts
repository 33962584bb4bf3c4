// What the client and the language server agree on: names and the scan command's result. Both sides import
// it, so the command id, the diagnostic source and the settings section cannot drift apart.

/** `source` of every KeyGuard diagnostic. */
export const DIAGNOSTIC_SOURCE = 'keyguard';

/** The workspace-scan command, advertised by the server and contributed in package.json. */
export const SCAN_WORKSPACE_COMMAND = 'keyguard.scanWorkspace';

/** Settings section (`keyguard.*`). */
export const CONFIGURATION_SECTION = 'keyguard';

export type SkipCounts = Record<'binary' | 'tooLarge' | 'unreadable' | 'vanished' | 'symlinkLoop' | 'specialFile', number>;

/** Result of `keyguard.scanWorkspace`. */
export interface ScanSummary {
  readonly folders: number;
  readonly filesScanned: number;
  /** Number of findings (diagnostics) in the scanned files, open ones included. */
  readonly findings: number;
  readonly filesWithFindings: number;
  readonly filesSkipped: number;
  readonly skipped: SkipCounts;
  readonly cancelled: boolean;
  readonly durationMs: number;
}
