// Turns the result of the server's `keyguard.scanWorkspace` command (ScanSummary in shared/protocol.ts)
// into the notification text. The result crosses JSON-RPC, so its fields are checked, not trusted.

import type { ScanSummary } from '../shared/protocol';

type SummaryCounts = Pick<ScanSummary, 'filesScanned' | 'findings' | 'filesWithFindings' | 'filesSkipped' | 'cancelled'>;

function readCounts(result: unknown): SummaryCounts | undefined {
  if (typeof result !== 'object' || result === null) return undefined;
  const r = result as Record<string, unknown>;
  const numbers = ['filesScanned', 'findings', 'filesWithFindings', 'filesSkipped'] as const;
  if (!numbers.every((name) => typeof r[name] === 'number')) return undefined;
  return {
    filesScanned: r.filesScanned as number,
    findings: r.findings as number,
    filesWithFindings: r.filesWithFindings as number,
    filesSkipped: r.filesSkipped as number,
    cancelled: r.cancelled === true,
  };
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function formatScanSummary(result: unknown): string {
  const counts = readCounts(result);
  if (!counts) return 'KeyGuard: workspace scan finished; see the KeyGuard output for details.';
  const verb = counts.cancelled ? 'scan cancelled after' : 'scanned';
  let text = `KeyGuard ${verb} ${plural(counts.filesScanned, 'file')}: `;
  text +=
    counts.findings === 0
      ? 'no hardcoded secrets found'
      : `${plural(counts.findings, 'possible secret')} in ${plural(counts.filesWithFindings, 'file')}`;
  if (counts.filesSkipped > 0) text += `; ${plural(counts.filesSkipped, 'file')} skipped (see the KeyGuard output)`;
  return `${text}.`;
}
