// Paths relative to a root with `/` separators (the form ignore rules, exclude globs and reports use), and
// the one ordering listings and reports sort by.

import { isAbsolute, relative, sep } from 'node:path';

/** `path` relative to `root` with `/` separators ('' for the root itself), or undefined when it lies outside `root`. */
export function relativeInside(root: string, path: string): string | undefined {
  const rel = relative(root, path);
  // A name that starts with two dots (`..x`) is still inside.
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/** Orders paths (and ids) by UTF-16 code units, not locale, so listings and reports come out the same everywhere. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
