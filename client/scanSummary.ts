// Turns the result of the server's `keyguard.scanWorkspace` command into the notification text.
// The result crosses JSON-RPC, so it is checked field by field rather than trusted.

export const SCAN_WORKSPACE_COMMAND = 'keyguard.scanWorkspace';

function numberField(value: unknown, ...names: string[]): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  for (const name of names) {
    const field = record[name];
    if (typeof field === 'number') return field;
    // A list (of findings or skipped files) counts by its length.
    if (Array.isArray(field)) return field.length;
  }
  return undefined;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function formatScanSummary(result: unknown): string {
  const files = numberField(result, 'filesScanned', 'scannedFiles');
  const findings = numberField(result, 'findings', 'findingCount');
  const skipped = numberField(result, 'skipped', 'filesSkipped', 'skippedFiles');
  if (files === undefined || findings === undefined) return 'KeyGuard: workspace scan finished.';
  let text = `KeyGuard scanned ${plural(files, 'file', 'files')}: ${plural(findings, 'possible secret', 'possible secrets')}`;
  if (skipped !== undefined && skipped > 0) text += `, ${plural(skipped, 'file', 'files')} skipped (see the KeyGuard output)`;
  if ((result as { cancelled?: unknown }).cancelled === true) text += ' (cancelled)';
  return `${text}.`;
}
