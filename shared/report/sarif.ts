// SARIF 2.1.0 for code-scanning services (GitHub, Azure DevOps). Messages name the kind of secret only;
// fingerprints let CI deduplicate alerts without anything derived from the value leaving the machine.

import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { Detector } from '../types';
import { displayPathOf, locateFindings, sortedSkipped, type LocatedFinding, type ScanResults } from './model';
import { TOOL_NAME, TOOL_URI, TOOL_VERSION } from './version';

export interface SarifOptions {
  /** Artifact URIs are relative to this directory (`%SRCROOT%`). */
  readonly rootDir: string;
  /** The whole catalog, so rule indices stay stable from run to run; rules seen only in findings are added. */
  readonly detectors?: readonly Detector[];
}

const SRCROOT = '%SRCROOT%';
export const FINGERPRINT_ID = 'keyguardFindingHash/v1';

interface RuleInfo {
  readonly id: string;
  readonly description: string;
  readonly envVar: string;
}

export function toSarif(results: ScanResults, options: SarifOptions): Sarif.Log {
  const rootDir = options.rootDir;
  const located = locateFindings({ ...results, rootDir });
  const rules = collectRules(options.detectors ?? [], located);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const driver: Sarif.ToolComponent = {
    name: TOOL_NAME,
    version: TOOL_VERSION,
    semanticVersion: TOOL_VERSION,
    ...(TOOL_URI ? { informationUri: TOOL_URI } : {}),
    rules: rules.map(toReportingDescriptor),
  };
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(rootDir) } },
        columnKind: 'utf16CodeUnits',
        results: withFingerprints(located).map(([item, print]) => toResult(item, rootDir, ruleIndex.get(item.finding.ruleId) as number, print)),
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: sortedSkipped(results).map((skipped) => ({
              level: 'note',
              descriptor: { id: `skipped/${skipped.reason}` },
              message: { text: `Not scanned: ${skipped.reason}${skipped.detail ? ` (${skipped.detail})` : ''}.` },
              locations: [{ physicalLocation: { artifactLocation: artifactLocation(rootDir, skipped.path) } }],
            })),
          },
        ],
      },
    ],
  };
}

function collectRules(detectors: readonly Detector[], located: readonly LocatedFinding[]): RuleInfo[] {
  const rules: RuleInfo[] = detectors.map((detector) => ({ id: detector.id, description: detector.description, envVar: detector.envVar }));
  const known = new Set(rules.map((rule) => rule.id));
  for (const { finding } of located) {
    if (known.has(finding.ruleId)) continue;
    known.add(finding.ruleId);
    rules.push({ id: finding.ruleId, description: finding.description, envVar: finding.envVar });
  }
  return rules;
}

function toReportingDescriptor(rule: RuleInfo): Sarif.ReportingDescriptor {
  const help =
    `A hardcoded ${rule.description} is readable by anyone with the source, its history or a build artifact. ` +
    `Rotate it, then read it from an environment variable (such as ${rule.envVar}) and keep the value in an ` +
    `untracked .env file or a secret store. Suppress a false positive with a keyguard:allow comment.`;
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: `Hardcoded ${rule.description}` },
    fullDescription: { text: `Detects a hardcoded ${rule.description}.` },
    help: { text: help },
    defaultConfiguration: { level: 'error' },
    properties: { tags: ['security', 'secret'] },
  };
}

function toResult(item: LocatedFinding, rootDir: string, ruleIndex: number, print: string): Sarif.Result {
  const { finding } = item;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: 'error',
    message: { text: `Hardcoded ${finding.description}. Move it to an environment variable such as ${finding.envVar}.` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(rootDir, item.file.path),
          region: { startLine: item.line, startColumn: item.column, endLine: item.endLine, endColumn: item.endColumn },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_ID]: print },
  };
}

/**
 * sha256 over (rule, path, masked preview, n-th such finding in the file): stable when lines move, and not a
 * hash of the value — a hash of a short password could be brute-forced offline from an uploaded SARIF file.
 * The preview is already public in every report.
 */
function withFingerprints(located: readonly LocatedFinding[]): Array<[LocatedFinding, string]> {
  const seen = new Map<string, number>();
  return located.map((item) => {
    const key = `${item.finding.ruleId}\u0000${item.displayPath}\u0000${item.finding.preview}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return [item, sha256(`${key}\u0000${occurrence}`)];
  });
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Relative to `%SRCROOT%` for files under the root; an absolute file URI otherwise. */
function artifactLocation(rootDir: string, path: string): Sarif.ArtifactLocation {
  const display = displayPathOf(rootDir, path);
  if (display === path) return { uri: pathToFileURL(path).href };
  return { uri: display.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function pascalCase(id: string): string {
  return id
    .split(/[^a-zA-Z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
}
