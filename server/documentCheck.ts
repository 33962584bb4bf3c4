// One document's text → diagnostics, under the settings that apply to it. Shared by the live validation of
// open documents and the workspace scan, so both report the same findings with the same severity.

import type { Diagnostic, Position } from 'vscode-languageserver/node';
import { scanText } from '../shared/scanner';
import { excludeMatcher, type ExcludeMatcher } from '../shared/workspace/exclude';
import { severityFor, toDiagnostic } from './diagnostics';
import { maxFileSizeBytes, type KeyGuardSettings } from './settings';
import type { DocumentLocation } from './uris';

export type CheckOutcome =
  | { readonly kind: 'checked'; readonly diagnostics: Diagnostic[] }
  | { readonly kind: 'disabled' }
  | { readonly kind: 'excluded' }
  | { readonly kind: 'too-large'; readonly bytes: number; readonly limit: number };

const matchers = new WeakMap<KeyGuardSettings, ExcludeMatcher>();

export function isExcluded(settings: KeyGuardSettings, location: DocumentLocation): boolean {
  // Outside every folder the globs (`**/node_modules/**`) are matched against the absolute path.
  const path = location.relPath ?? location.path?.replace(/^[/\\]+/, '').replace(/\\/g, '/');
  if (!path) return false;
  let matcher = matchers.get(settings);
  if (!matcher) {
    matcher = excludeMatcher(settings.exclude);
    matchers.set(settings, matcher);
  }
  return matcher(path);
}

export interface CheckInput {
  readonly text: string;
  readonly location: DocumentLocation;
  /** Name the scanner uses for file-type context; undefined for untitled documents and notebook cells. */
  readonly fileName: string | undefined;
  readonly positionAt: (offset: number) => Position;
  readonly version: number | null;
}

export function checkText(input: CheckInput, settings: KeyGuardSettings): CheckOutcome {
  if (!settings.enable) return { kind: 'disabled' };
  if (isExcluded(settings, input.location)) return { kind: 'excluded' };
  const limit = maxFileSizeBytes(settings);
  // Characters never outnumber UTF-8 bytes: the exact count is only needed near the limit.
  if (input.text.length * 3 > limit) {
    const bytes = Buffer.byteLength(input.text, 'utf8');
    if (bytes > limit) return { kind: 'too-large', bytes, limit };
  }
  const severity = severityFor(settings, input.location.relPath);
  const findings = scanText(input.text, { fileName: input.fileName });
  return { kind: 'checked', diagnostics: findings.map((f) => toDiagnostic(f, input.positionAt, severity, input.version)) };
}
