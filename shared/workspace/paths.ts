// Paths relative to a root with `/` separators, the form ignore rules, exclude globs and reports use.

import { isAbsolute, relative, sep } from 'node:path';

/** `path` relative to `root` with `/` separators ('' for the root itself), or undefined when it lies outside `root`. */
export function relativeInside(root: string, path: string): string | undefined {
  const rel = relative(root, path);
  // A name that starts with two dots (`..x`) is still inside.
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return sep === '/' ? rel : rel.split(sep).join('/');
}
