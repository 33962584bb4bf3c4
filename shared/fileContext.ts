// What the file's name says about which detectors make sense in it.

import type { Detector } from './types';

export interface FileContext {
  allows(detector: Detector): boolean;
}

// Lockfiles are full of integrity hashes and checksums: only formats with a distinctive vendor prefix
// are credible there, never values recognised by context or entropy alone.
const LOCKFILE =
  /(?:^|[\\/])(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lock|poetry\.lock|Pipfile\.lock|uv\.lock|Cargo\.lock|go\.sum|composer\.lock|Gemfile\.lock|packages\.lock\.json|flake\.lock|mix\.lock|pubspec\.lock|Podfile\.lock)$/;

const EVERYTHING: FileContext = { allows: () => true };
const DISTINCTIVE_ONLY: FileContext = { allows: (d) => !d.byContext && d.family !== 'generic' };

export function fileContextOf(fileName: string | undefined): FileContext {
  if (fileName && LOCKFILE.test(fileName)) return DISTINCTIVE_ONLY;
  return EVERYTHING;
}
