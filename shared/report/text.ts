// Human-readable report: findings grouped by file, then a summary line. Shows masked previews only.

import { compareCodeUnits } from '../workspace/paths';
import type { SkipReason } from '../workspace/types';
import { displayPathOf, locateFindings, sortedSkipped, summarize, type LocatedFinding, type ScanResults, type Summary } from './model';

export interface TextOptions {
  /** ANSI colours; the caller decides (TTY and NO_COLOR). */
  readonly color: boolean;
  /** List skipped files with their reasons. */
  readonly verbose?: boolean;
  /** Findings only: no summary and no skipped-files notes. */
  readonly quiet?: boolean;
}

const ANSI = { bold: '\u001b[1m', dim: '\u001b[2m', red: '\u001b[31m', yellow: '\u001b[33m', green: '\u001b[32m', reset: '\u001b[0m' };
type Style = keyof typeof ANSI;

export function formatText(results: ScanResults, options: TextOptions): string {
  const paint = (style: Style, text: string): string => (options.color ? `${ANSI[style]}${text}${ANSI.reset}` : text);
  const out: string[] = [];
  for (const group of groupByFile(locateFindings(results))) {
    out.push(paint('bold', group[0].displayPath));
    const positions = group.map((item) => `${item.line}:${item.column}`);
    const positionWidth = Math.max(...positions.map((text) => text.length));
    const ruleWidth = Math.max(...group.map((item) => item.finding.ruleId.length));
    group.forEach((item, index) => {
      const position = paint('dim', positions[index].padEnd(positionWidth));
      const rule = paint('red', item.finding.ruleId.padEnd(ruleWidth));
      out.push(`  ${position}  ${rule}  ${item.finding.description}  ${item.finding.preview}`);
    });
    out.push('');
  }
  if (options.quiet) return out.join('\n');

  const summary = summarize(results);
  if (options.verbose && results.skipped.length > 0) {
    out.push(paint('bold', 'Skipped files'));
    for (const skipped of sortedSkipped(results)) {
      const detail = skipped.detail ? ` (${skipped.detail})` : '';
      out.push(`  ${displayPathOf(results.rootDir, skipped.path)}  ${paint('yellow', skipped.reason)}${detail}`);
    }
    out.push('');
  }
  out.push(summaryLine(summary, paint));
  if (!options.verbose && summary.filesSkipped > 0) out.push(paint('dim', 'Run with --verbose to list the skipped files.'));
  return `${out.join('\n')}\n`;
}

function summaryLine(summary: Summary, paint: (style: Style, text: string) => string): string {
  const scanned = `${plural(summary.filesScanned, 'file')} scanned`;
  const reasons = (Object.entries(summary.skippedByReason) as [SkipReason, number][])
    .sort(([a], [b]) => compareCodeUnits(a, b))
    .map(([reason, count]) => `${count} ${reason}`)
    .join(', ');
  const skipped = summary.filesSkipped > 0 ? `, ${summary.filesSkipped} skipped: ${reasons}` : '';
  if (summary.findings === 0) return paint('green', `No secrets found (${scanned}${skipped}).`);
  const found = `${plural(summary.findings, 'secret')} found in ${plural(summary.filesWithFindings, 'file')}`;
  return paint('red', `${found} (${scanned}${skipped}).`);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function groupByFile(located: readonly LocatedFinding[]): LocatedFinding[][] {
  const groups: LocatedFinding[][] = [];
  for (const item of located) {
    const last = groups[groups.length - 1];
    if (last && last[0].displayPath === item.displayPath) last.push(item);
    else groups.push([item]);
  }
  return groups;
}
