// Exclude globs: the same answers as picomatch (dot: true) on the globs people write, in time linear in the
// path on the globs an untrusted folder's settings could use to hang the language server.

import * as assert from 'node:assert/strict';
import picomatch from 'picomatch';
import { seededRandom } from '../../shared/testing/synthetic';
import { excludeMatcher } from '../../shared/workspace/exclude';
import { expandBraces, globMatcher } from '../../shared/workspace/glob';

const TABLE: readonly (readonly [string, string, boolean])[] = [
  ['a/**', 'a', true],
  ['a/**', 'a/b/c', true],
  ['a/**', 'ab', false],
  ['**', 'a/b', true],
  ['**/a', 'a', true],
  ['**/a', 'x/y/a', true],
  ['**/a', 'x/ya', false],
  ['a/**/b', 'a/b', true],
  ['a/**/b', 'a/x/y/b', true],
  ['a/**/b', 'a/xb', false],
  ['*.js', '.x.js', true],
  ['*', '.env', true],
  ['*', 'a/b', false],
  ['a**b', 'axxb', true],
  ['a**b', 'ax/xb', false],
  ['**/node_modules/**', 'node_modules', true],
  ['**/node_modules/**', 'src/node_modules/x/y.js', true],
  ['**/node_modules/**', 'src/node_modulesx/y.js', false],
  ['x/**/', 'x/y/', true],
  ['[^a]b', 'ab', false],
  ['[a-c]x', 'bx', true],
  ['a?c', 'abc', true],
  ['a?c', 'a/c', false],
  ['{a,b}/c', 'b/c', true],
  ['{a,b{c,d}}/e', 'bd/e', true],
  ['a{,x}', 'a', true],
  ['a\\*b', 'a*b', true],
  ['a\\*b', 'axb', false],
  ['!a', 'b', true],
  ['!a', 'a', false],
  ['./src/**', 'src/x.js', true],
  ['**/*.min.js', 'x/y.min.js', true],
  ['generated/**', 'generated/client.js', true],
];

describe('workspace: exclude glob matching', () => {
  it('gives picomatch\'s answers on a table of common and edge-case globs', () => {
    for (const [glob, path, expected] of TABLE) {
      assert.equal(picomatch(glob, { dot: true })(path), expected, `picomatch ${glob} ~ ${path}`);
      assert.equal(globMatcher(glob)(path), expected, `${glob} ~ ${path}`);
    }
  });

  it('gives picomatch\'s answers on 5000 random globs and paths built from stars, globstars, classes and braces', () => {
    const random = seededRandom(20261129);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const segmentParts = ['a', 'b', '.', '*', '?', '[ab]', '{a,b}', 'a*', '*b'];
    for (let n = 0; n < 5000; n++) {
      const segments = Array.from({ length: 1 + Math.floor(random() * 4) }, () =>
        random() < 0.2 ? '**' : Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(segmentParts)).join(''),
      );
      const glob = segments.join('/');
      const path = Array.from({ length: 1 + Math.floor(random() * 4) }, () =>
        Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(['a', 'b', '.', 'ab'])).join(''),
      ).join('/');
      // picomatch treats `.` and `..` segments specially even with dot: true; real relative paths have none.
      const dotSegment = (segment: string): boolean => segment === '.' || segment === '..';
      if (path.split('/').some(dotSegment) || glob.split('/').some(dotSegment)) continue;
      const expected = picomatch(glob, { dot: true })(path);
      // A trailing `/**` also matches the folder itself; picomatch does so only after a literal name (`a/**`).
      const folderItself = glob.endsWith('/**') && globMatcher(glob.slice(0, -3))(path);
      assert.equal(globMatcher(glob)(path), expected || folderItself, `${glob} ~ ${path}`);
    }
  });

  it('answers in linear time on globs that make backtracking matchers take minutes', () => {
    const cases: [string, string][] = [
      [`${'*a'.repeat(10)}*b`, 'a'.repeat(40)],
      [`${'*a'.repeat(40)}*b`, 'a'.repeat(250)],
      [`${'**/x/'.repeat(6)}**/y`, `${'x/'.repeat(1000)}z`],
      [`{a,b}${'*{a,b}'.repeat(6)}*c`, 'a'.repeat(250)],
    ];
    // Picomatch needs about 30 s for the first case and far longer for the others; the bound is loose so a
    // slow machine passes.
    for (const [glob, path] of cases) {
      const started = Date.now();
      assert.equal(excludeMatcher([glob])(path), false, glob);
      assert.ok(Date.now() - started < 1000, `${glob} took ${Date.now() - started} ms`);
    }
  });

  it('expands nested braces, keeps a group without a comma literal, and gives up (literally) past 256 alternatives', () => {
    assert.deepEqual(expandBraces('{a,b{c,d}}x'), ['ax', 'bcx', 'bdx']);
    assert.deepEqual(expandBraces('{a}x'), ['{a}x']);
    const huge = '{a,b}'.repeat(9);
    assert.deepEqual(expandBraces(huge), [huge]);
  });
});
