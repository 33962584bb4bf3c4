// readScannableFile: decoding, binary and size limits, and files that change under the scan.

import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { skippedForError } from '../../shared/workspace/errors';
import { readScannableFile } from '../../shared/workspace/files';
import { looksBinary } from '../../shared/workspace/read';
import { makeTempDir, removeTree, writeTree } from '../support/tempTree';
import { skipBecause, skipUnlessPermissionsApply } from '../support/skip';

const LIMIT = { maxFileSizeBytes: 1024 };

describe('workspace readScannableFile', function () {
  let root: string;

  beforeEach(function () {
    root = realpathSync(makeTempDir('read'));
  });

  afterEach(function () {
    removeTree(root);
  });

  it('returns UTF-8 text without its BOM, so offsets match what an editor shows', async function () {
    writeTree(root, { 'bom.ts': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('const é = "x";\n')]) });
    assert.deepEqual(await readScannableFile(join(root, 'bom.ts'), LIMIT), { kind: 'text', text: 'const é = "x";\n' });
  });

  it('decodes UTF-16 files that start with a byte-order mark instead of calling them binary', async function () {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('key = "v"\n', 'utf16le')]);
    writeTree(root, { 'utf16.txt': le });
    assert.deepEqual(await readScannableFile(join(root, 'utf16.txt'), LIMIT), { kind: 'text', text: 'key = "v"\n' });
  });

  it('keeps a mostly-text file with stray invalid bytes, replacing them', async function () {
    writeTree(root, { 'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]) });
    assert.deepEqual(await readScannableFile(join(root, 'latin1.txt'), LIMIT), { kind: 'text', text: 'caf\ufffd\n' });
  });

  it('skips a file with a NUL byte or mostly control bytes as binary', async function () {
    writeTree(root, { 'nul.bin': Buffer.from('abc\u0000def'), 'ctl.bin': Buffer.from([1, 2, 3, 4, 5, 0x41, 0x42]) });
    for (const name of ['nul.bin', 'ctl.bin']) {
      assert.deepEqual(await readScannableFile(join(root, name), LIMIT), { kind: 'skipped', skipped: { path: join(root, name), reason: 'binary' } });
    }
    assert.equal(looksBinary(Buffer.from('\u001b[31mred\u001b[0m\tlog line\r\n')), false, 'ANSI logs and tabs are text');
  });

  it('skips a file over the size limit without reading it, and accepts one exactly at the limit', async function () {
    writeTree(root, { 'big.txt': 'x'.repeat(1025), 'edge.txt': 'y'.repeat(1024) });
    assert.deepEqual(await readScannableFile(join(root, 'big.txt'), LIMIT), {
      kind: 'skipped',
      skipped: { path: join(root, 'big.txt'), reason: 'too-large', detail: '1025 B exceeds the 1024 B limit' },
    });
    assert.equal((await readScannableFile(join(root, 'edge.txt'), LIMIT)).kind, 'text');
  });

  it('reports a file removed after listing as vanished', async function () {
    writeTree(root, { 'gone.txt': 'x' });
    rmSync(join(root, 'gone.txt'));
    const result = await readScannableFile(join(root, 'gone.txt'), LIMIT);
    assert.equal(result.kind === 'skipped' && result.skipped.reason, 'vanished');
  });

  it('returns at once for a FIFO instead of blocking on it', async function () {
    if (process.platform === 'win32') skipBecause(this, 'Windows has no FIFOs');
    execFileSync('mkfifo', [join(root, 'pipe')]);
    assert.deepEqual(await readScannableFile(join(root, 'pipe'), LIMIT), {
      kind: 'skipped',
      skipped: { path: join(root, 'pipe'), reason: 'special-file', detail: 'named pipe' },
    });
  });

  it('maps permission errors to unreadable and link loops to symlink-loop', function () {
    const error = (code: string) => Object.assign(new Error(`${code}: denied, open '/x'`), { code });
    assert.deepEqual(skippedForError('/x', error('EACCES')), { path: '/x', reason: 'unreadable', detail: 'permission denied' });
    assert.deepEqual(skippedForError('/x', error('EPERM')), { path: '/x', reason: 'unreadable', detail: 'permission denied' });
    assert.equal(skippedForError('/x', error('ELOOP')).reason, 'symlink-loop');
    assert.equal(skippedForError('/x', error('ENOENT')).reason, 'vanished');
  });

  it('reports a file it may not read as unreadable', async function () {
    skipUnlessPermissionsApply(this);
    writeTree(root, { 'locked.txt': 'x' });
    execFileSync('chmod', ['000', join(root, 'locked.txt')]);
    assert.deepEqual(await readScannableFile(join(root, 'locked.txt'), LIMIT), {
      kind: 'skipped',
      skipped: { path: join(root, 'locked.txt'), reason: 'unreadable', detail: 'permission denied' },
    });
  });
});
