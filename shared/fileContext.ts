// What the file's name says about which detectors make sense in it.

import type { Detector } from './types';

export interface FileContext {
  allows(detector: Detector): boolean;
}

// Lockfiles are full of integrity hashes and checksums: only formats with a distinctive vendor prefix
// are credible there, never values recognised by context or entropy alone.
const LOCKFILE =
  /(?:^|[\\/])(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lock|poetry\.lock|Pipfile\.lock|uv\.lock|Cargo\.lock|go\.sum|composer\.lock|Gemfile\.lock|packages\.lock\.json|flake\.lock|mix\.lock|pubspec\.lock|Podfile\.lock)$/;

// Program source, where the right-hand side of `name: value` or `NAME = value` without quotes is an expression
// (`continuationToken: result.continuationToken,`, `password: BinaryLike,`, `RegEnumKey = win32api.RegEnumKey`),
// never a literal. Shell, Dockerfile, YAML, .env, properties, Markdown and notebooks are not in this list.
const PROGRAM_SOURCE =
  /\.(?:[cm]?[jt]sx?|py|pyi|java|kt|kts|scala|groovy|go|rs|c|h|cc|cpp|cxx|hpp|hh|cs|fs|swift|m|mm|php|rb|dart|lua|vue|svelte)$/i;

/** Detectors that read a bare, unquoted value (config files); meaningless in program source. */
const UNQUOTED_VALUE_RULES: ReadonlySet<string> = new Set(['generic-secret-config-value']);

const EVERYTHING: FileContext = { allows: () => true };
const DISTINCTIVE_ONLY: FileContext = { allows: (d) => !d.byContext && d.family !== 'generic' };
const PROGRAM: FileContext = { allows: (d) => !UNQUOTED_VALUE_RULES.has(d.id) };

export function fileContextOf(fileName: string | undefined): FileContext {
  if (!fileName) return EVERYTHING;
  if (LOCKFILE.test(fileName)) return DISTINCTIVE_ONLY;
  if (PROGRAM_SOURCE.test(fileName)) return PROGRAM;
  return EVERYTHING;
}
