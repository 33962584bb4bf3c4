// listFiles: gitignore semantics, exclude globs, symlinks, special files, scale and cancellation.

import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { listFiles, type FileListing } from '../../shared/workspace/files';
import { makeTempDir, removeTree, writeTree } from '../support/tempTree';
import { skipBecause, skipUnlessPermissionsApply } from '../support/skip';

/** Listed files relative to `root`, with `/` separators. */
function relFiles(root: string, listing: FileListing): string[] {
  return listing.files.map((file) => file.slice(root.length + 1).split(sep).join('/'));
}

function relSkipped(root: string, listing: FileListing): [string, string][] {
  return listing.skipped.map((entry) => [entry.path.slice(root.length + 1).split(sep).join('/'), entry.reason]);
}

describe('workspace listFiles', function () {
  let root: string;

  beforeEach(function () {
    // realpath: on some systems the temp dir itself sits behind a symlink (macOS /var → /private/var).
    root = realpathSync(makeTempDir('list'));
  });

  afterEach(function () {
    removeTree(root);
  });

  it('lists every file as a sorted absolute path and never enters .git', async function () {
    writeTree(root, { 'b.txt': 'b', 'a/z.js': 'z', 'a/b/c.py': 'c', '.git/config': '[core]', '.git/HEAD': 'ref', '.env': 'X=1' });
    const listing = await listFiles(root);
    assert.deepEqual(relFiles(root, listing), ['.env', 'a/b/c.py', 'a/z.js', 'b.txt']);
    assert.ok(listing.files.every((file) => file.startsWith(root)));
    assert.deepEqual(relFiles(root, await listFiles(root, { respectGitignore: false })), ['.env', 'a/b/c.py', 'a/z.js', 'b.txt']);
  });

  it('accepts a single file as the root', async function () {
    writeTree(root, { 'one.py': 'x = 1' });
    assert.deepEqual((await listFiles(join(root, 'one.py'))).files, [join(root, 'one.py')]);
  });

  it('rejects a missing root with a clear message', async function () {
    await assert.rejects(listFiles(join(root, 'missing')), /cannot scan .*missing: no such file or directory/);
  });

  it('applies root and nested .gitignore files with directory patterns and negations', async function () {
    writeTree(root, {
      '.gitignore': '*.log\nbuild/\n/only-top.txt\n',
      'app.log': '',
      '..hidden.log': 'a name starting with two dots is still inside the directory',
      'build/out.js': '',
      'src/build': 'a file named build is not a directory',
      'src/only-top.txt': 'anchored patterns match at their own level only',
      'only-top.txt': '',
      'src/.gitignore': '!keep.log\nlocal/\n',
      'src/keep.log': '',
      'src/drop.log': '',
      'src/local/secret.js': '',
      'src/main.ts': '',
    });
    const listing = await listFiles(root);
    assert.deepEqual(relFiles(root, listing), ['.gitignore', 'src/.gitignore', 'src/build', 'src/keep.log', 'src/main.ts', 'src/only-top.txt']);
    const all = relFiles(root, await listFiles(root, { respectGitignore: false }));
    assert.ok(all.includes('build/out.js') && all.includes('src/local/secret.js') && all.includes('app.log'));
  });

  it('honours .git/info/exclude and the .gitignore files above a scanned subdirectory', async function () {
    writeTree(root, {
      '.git/info/exclude': 'private/\n',
      '.gitignore': '*.tmp\n',
      'pkg/.gitignore': 'dist/\n',
      'pkg/sub/a.tmp': '',
      'pkg/sub/a.ts': '',
      'pkg/sub/dist/bundle.js': '',
      'pkg/sub/private/notes.md': '',
    });
    assert.deepEqual(relFiles(join(root, 'pkg', 'sub'), await listFiles(join(root, 'pkg', 'sub'))), ['a.ts']);
  });

  it('scans a directory the user names even when the rules above it ignore it', async function () {
    writeTree(root, { '.git/HEAD': '', '.gitignore': 'vendor/\n*.tmp\n', 'vendor/lib.js': '', 'vendor/x.tmp': '' });
    assert.deepEqual(relFiles(join(root, 'vendor'), await listFiles(join(root, 'vendor'))), ['lib.js', 'x.tmp']);
  });

  it('matches exclude globs against the root-relative path, and globs without a slash against names', async function () {
    writeTree(root, {
      'node_modules/pkg/index.js': '',
      'web/node_modules/pkg/index.js': '',
      'web/app.min.js': '',
      'web/app.js': '',
      'fixtures/a/b.json': '',
      'src/fixtures/c.json': '',
    });
    const listing = await listFiles(root, { exclude: ['**/node_modules/**', '*.min.js', 'fixtures/**'] });
    assert.deepEqual(relFiles(root, listing), ['src/fixtures/c.json', 'web/app.js']);
  });

  it('follows symlinked files and directories once and reports loops and broken links', async function () {
    writeTree(root, {
      'real/config.js': '',
      'linked-dir': { symlink: 'real' },
      'outside-alias.js': { symlink: 'real/config.js' },
      'real/loop': { symlink: '..' },
      'self': { symlink: 'self' },
      'dangling.js': { symlink: 'nowhere.js' },
    });
    const listing = await listFiles(root);
    // real/config.js is reachable three ways; it is listed once, under its plain path.
    assert.deepEqual(relFiles(root, listing), ['real/config.js']);
    assert.deepEqual(relSkipped(root, listing), [
      ['dangling.js', 'unreadable'],
      ['real/loop', 'symlink-loop'],
      ['self', 'symlink-loop'],
    ]);
  });

  it('lists files reached only through a symlink to a directory outside the root', async function () {
    const outside = realpathSync(makeTempDir('outside'));
    try {
      writeTree(outside, { 'shared.ts': '' });
      writeTree(root, { 'lib': { symlink: outside } });
      assert.deepEqual(relFiles(root, await listFiles(root)), ['lib/shared.ts']);
    } finally {
      removeTree(outside);
    }
  });

  it('reports FIFOs as special files without opening them', async function () {
    if (process.platform === 'win32') skipBecause(this, 'Windows has no FIFOs');
    writeTree(root, { 'a.txt': '' });
    execFileSync('mkfifo', [join(root, 'pipe')]);
    const listing = await listFiles(root);
    assert.deepEqual(relFiles(root, listing), ['a.txt']);
    assert.deepEqual(listing.skipped, [{ path: join(root, 'pipe'), reason: 'special-file', detail: 'named pipe' }]);
  });

  it('reports a directory it may not read as unreadable and lists the rest', async function () {
    skipUnlessPermissionsApply(this);
    writeTree(root, { 'locked/a.txt': '', 'open/b.txt': '' });
    execFileSync('chmod', ['000', join(root, 'locked')]);
    try {
      const listing = await listFiles(root);
      assert.deepEqual(relFiles(root, listing), ['open/b.txt']);
      assert.deepEqual(listing.skipped, [{ path: join(root, 'locked'), reason: 'unreadable', detail: 'permission denied' }]);
    } finally {
      execFileSync('chmod', ['755', join(root, 'locked')]);
    }
  });

  it('walks 20,000 files and a 400-level deep tree', async function () {
    this.timeout(60000);
    // Created 100 directories at a time: one file after another takes seconds on a busy machine.
    await Promise.all(
      Array.from({ length: 100 }, async (_unused, d) => {
        const dir = join(root, 'wide', `d${d}`);
        mkdirSync(dir, { recursive: true });
        for (let f = 0; f < 200; f++) await writeFile(join(dir, `f${f}.txt`), '');
      }),
    );
    let deep = join(root, 'deep');
    for (let level = 0; level < 400; level++) deep = join(deep, 'd');
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, 'bottom.txt'), '');
    const listing = await listFiles(root);
    assert.equal(listing.files.length, 20001);
    assert.ok(listing.files.includes(join(deep, 'bottom.txt')));
    assert.deepEqual(listing.files, [...listing.files].sort());
  });

  it('rejects with an AbortError when the signal is aborted before the walk or after it started', async function () {
    this.timeout(60000);
    for (let d = 0; d < 300; d++) mkdirSync(join(root, `d${d}`, 'e', 'f'), { recursive: true });
    const before = new AbortController();
    before.abort();
    await assert.rejects(listFiles(root, { signal: before.signal }), { name: 'AbortError' });
    const started = new AbortController();
    const listing = listFiles(root, { signal: started.signal });
    started.abort();
    await assert.rejects(listing, { name: 'AbortError' });
  });

  it('stops listing when the signal is aborted while directories are being read', async function () {
    this.timeout(60000);
    for (let d = 0; d < 2000; d++) mkdirSync(join(root, `d${d}`, 'e'), { recursive: true });
    const controller = new AbortController();
    const listing = listFiles(root, { signal: controller.signal });
    // Reading 4,000 directories takes many event-loop turns; the abort lands after the first one.
    setImmediate(() => controller.abort());
    await assert.rejects(listing, { name: 'AbortError' });
  });
});
