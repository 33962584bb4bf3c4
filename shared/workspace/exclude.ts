// Exclude globs (`keyguard.exclude`, `--exclude`), matched against the path relative to the scanned root with
// `/` separators. Like a `.gitignore` pattern, a glob without `/` matches the basename at any depth
// (`*.min.js`, `node_modules`); a directory that matches is not entered at all. Matched by glob.ts in linear
// time: the globs may come from an untrusted folder's settings.

import { anyGlobMatcher } from './glob';

export type ExcludeMatcher = (relPath: string) => boolean;

export function excludeMatcher(globs: readonly string[]): ExcludeMatcher {
  const pathGlobs = globs.filter((glob) => glob.includes('/'));
  const nameGlobs = globs.filter((glob) => glob !== '' && !glob.includes('/'));
  const byPath = pathGlobs.length > 0 ? anyGlobMatcher(pathGlobs) : undefined;
  const byName = nameGlobs.length > 0 ? anyGlobMatcher(nameGlobs) : undefined;
  if (!byPath && !byName) return () => false;
  return (relPath) => {
    if (byPath?.(relPath)) return true;
    if (!byName) return false;
    const slash = relPath.lastIndexOf('/');
    return byName(slash < 0 ? relPath : relPath.slice(slash + 1));
  };
}
