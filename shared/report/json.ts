// Machine-readable report. The shape below is a public contract: add fields, never rename or remove them
// without bumping `version`.

import type { SkipReason } from '../workspace/types';
import { displayPathOf, locateFindings, sortedSkipped, summarize, type ScanResults, type Summary } from './model';
import { TOOL_NAME, TOOL_VERSION } from './version';

export interface JsonReport {
  /** Version of this shape (not of the tool). */
  readonly version: 1;
  readonly tool: { readonly name: string; readonly version: string };
  /** Absolute directory the paths are relative to. */
  readonly root: string;
  /** Sorted by path, then position. */
  readonly findings: readonly JsonFinding[];
  readonly skipped: readonly JsonSkipped[];
  readonly summary: Summary;
}

export interface JsonFinding {
  /** Relative to `root` with `/` separators; absolute when the file lies outside `root`. */
  readonly path: string;
  readonly ruleId: string;
  /** The kind of secret, e.g. "OpenAI API key". */
  readonly description: string;
  /** 1-based line and column of the secret value (quotes excluded). Columns count UTF-16 code units. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  /** 1-based, exclusive: the column just after the value's last character. */
  readonly endColumn: number;
  /** Masked: a public prefix and at most the last 4 characters. Never the value. */
  readonly preview: string;
  /** Suggested environment variable for the value. */
  readonly envVar: string;
}

export interface JsonSkipped {
  readonly path: string;
  readonly reason: SkipReason;
  readonly detail?: string;
}

export function toJsonReport(results: ScanResults): JsonReport {
  return {
    version: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    root: results.rootDir,
    findings: locateFindings(results).map((item) => ({
      path: item.displayPath,
      ruleId: item.finding.ruleId,
      description: item.finding.description,
      line: item.line,
      column: item.column,
      endLine: item.endLine,
      endColumn: item.endColumn,
      preview: item.finding.preview,
      envVar: item.finding.envVar,
    })),
    skipped: sortedSkipped(results).map((skipped) => ({
      path: displayPathOf(results.rootDir, skipped.path),
      reason: skipped.reason,
      ...(skipped.detail !== undefined ? { detail: skipped.detail } : {}),
    })),
    summary: summarize(results),
  };
}

export function formatJson(results: ScanResults): string {
  return `${JSON.stringify(toJsonReport(results), null, 2)}\n`;
}
