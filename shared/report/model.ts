// The input every report format takes, and the positioned view of it that they share.

import type { Finding } from '../types';
import { compareCodeUnits, relativeInside } from '../workspace/paths';
import type { SkippedFile, SkipReason } from '../workspace/types';
import { LineIndex } from './lines';

/** One scanned file. `text` is only used to compute positions (and, for SARIF, a hash): it is never printed. */
export interface ScannedFile {
  /** Absolute path. */
  readonly path: string;
  readonly text: string;
  readonly findings: readonly Finding[];
}

export interface ScanResults {
  /** Absolute directory paths are reported relative to (the CLI's working directory). */
  readonly rootDir: string;
  /** Files with findings (files without any may be left out; `filesScanned` counts them). */
  readonly files: readonly ScannedFile[];
  readonly skipped: readonly SkippedFile[];
  /** Every file read and scanned, with or without findings. */
  readonly filesScanned: number;
}

/** A finding with 1-based positions; `endColumn` is exclusive (as in SARIF). Columns count UTF-16 code units. */
export interface LocatedFinding {
  readonly file: ScannedFile;
  /** Path relative to the root with `/` separators, or the absolute path when the file is outside the root. */
  readonly displayPath: string;
  readonly finding: Finding;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface Summary {
  readonly filesScanned: number;
  readonly filesWithFindings: number;
  readonly findings: number;
  readonly filesSkipped: number;
  readonly skippedByReason: Readonly<Partial<Record<SkipReason, number>>>;
}

/** Findings with positions, ordered by path, then position, then rule id. */
export function locateFindings(results: ScanResults): LocatedFinding[] {
  const located: LocatedFinding[] = [];
  for (const file of results.files) {
    if (file.findings.length === 0) continue;
    const lines = new LineIndex(file.text);
    const displayPath = displayPathOf(results.rootDir, file.path);
    for (const finding of file.findings) {
      const start = lines.position(finding.valueRange.start);
      const end = lines.position(finding.valueRange.end);
      located.push({
        file,
        displayPath,
        finding,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
      });
    }
  }
  return located.sort(
    (a, b) =>
      compareCodeUnits(a.displayPath, b.displayPath) || a.line - b.line || a.column - b.column || compareCodeUnits(a.finding.ruleId, b.finding.ruleId),
  );
}

/** Skipped files in path order, whatever order they were collected in. */
export function sortedSkipped(results: ScanResults): SkippedFile[] {
  return [...results.skipped].sort((a, b) => compareCodeUnits(a.path, b.path));
}

export function summarize(results: ScanResults): Summary {
  const skippedByReason: Partial<Record<SkipReason, number>> = {};
  for (const skipped of results.skipped) skippedByReason[skipped.reason] = (skippedByReason[skipped.reason] ?? 0) + 1;
  const withFindings = results.files.filter((file) => file.findings.length > 0);
  return {
    filesScanned: results.filesScanned,
    filesWithFindings: withFindings.length,
    findings: withFindings.reduce((sum, file) => sum + file.findings.length, 0),
    filesSkipped: results.skipped.length,
    skippedByReason,
  };
}

/** `rootDir`-relative path with `/` separators, or the absolute path for a file outside `rootDir`. */
export function displayPathOf(rootDir: string, path: string): string {
  const rel = relativeInside(rootDir, path);
  return rel === undefined || rel === '' ? path : rel;
}
