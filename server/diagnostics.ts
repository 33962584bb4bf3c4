// Findings → LSP diagnostics. The message names the kind of secret and shows the engine's masked preview
// (public prefix + at most the last 4 characters); the value itself never leaves the engine.

import { Diagnostic, DiagnosticSeverity, type Position } from 'vscode-languageserver/node';
import type { Finding, OffsetRange } from '../shared/types';
import { DIAGNOSTIC_SOURCE } from '../shared/protocol';
import type { KeyGuardSettings, SeverityName } from './settings';

/** What a code action needs to find the finding again; no value, only positions and names. */
export interface KeyGuardDiagnosticData {
  readonly ruleId: string;
  readonly valueRange: OffsetRange;
  readonly literalRange: OffsetRange;
  readonly envVar: string;
  /** Version of the document the offsets refer to (null for files read from disk). */
  readonly version: number | null;
}

const SEVERITY: Record<SeverityName, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

// Folder names where sample credentials are common (`keyguard.testFolderSeverity`).
const TEST_FOLDERS = new Set(['test', 'tests', '__tests__', 'spec', 'specs', 'fixture', 'fixtures', '__fixtures__', 'testdata']);

/** True when a folder of `relPath` (relative to the workspace folder, `/`-separated) is a test or fixture folder. */
export function isUnderTestFolder(relPath: string | undefined): boolean {
  if (!relPath) return false;
  const folders = relPath.split('/').slice(0, -1);
  return folders.some((name) => TEST_FOLDERS.has(name.toLowerCase()));
}

export function severityFor(settings: KeyGuardSettings, relPath: string | undefined): DiagnosticSeverity {
  const name =
    settings.testFolderSeverity !== 'same' && isUnderTestFolder(relPath) ? settings.testFolderSeverity : settings.severity;
  return SEVERITY[name];
}

export function diagnosticMessage(finding: Pick<Finding, 'description' | 'preview'>): string {
  return `${finding.description} (${finding.preview}) hardcoded: move it to an environment variable`;
}

export function toDiagnostic(
  finding: Finding,
  positionAt: (offset: number) => Position,
  severity: DiagnosticSeverity,
  version: number | null,
): Diagnostic {
  const data: KeyGuardDiagnosticData = {
    ruleId: finding.ruleId,
    valueRange: finding.valueRange,
    literalRange: finding.literalRange,
    envVar: finding.envVar,
    version,
  };
  return {
    range: { start: positionAt(finding.valueRange.start), end: positionAt(finding.valueRange.end) },
    severity,
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    message: diagnosticMessage(finding),
    data,
  };
}

export function isKeyGuardDiagnostic(diagnostic: Diagnostic): boolean {
  return diagnostic.source === DIAGNOSTIC_SOURCE;
}
