// isTrackedByGit reads .git/index itself. The index files here are written by a real git in fresh temp
// repositories (isolated from any user or system git config): the test harness runs git, the product never does.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findGitRoot, isTrackedByGit } from '../../shared/fix';
import { indexContains } from '../../shared/git/indexFile';
import { gitAvailable, runGit } from '../support/git';
import { makeTempDir, removeTree, writeTree } from '../support/tempTree';
import { skipBecause } from '../support/skip';

describe('fix: tracked files read from the git index', () => {
  let root: string;

  function git(...args: string[]): void {
    runGit(root, ...args);
  }

  function write(relative: string): void {
    writeTree(root, { [relative]: 'x\n' });
  }

  beforeEach(function () {
    if (!gitAvailable) skipBecause(this, 'no git binary to write a real index with');
    root = makeTempDir('index');
    git('init', '-q', '.');
  });
  afterEach(() => {
    if (root) removeTree(root);
  });

  for (const version of ['2', '3', '4']) {
    it(`tells tracked from untracked paths in an index of version ${version}`, async () => {
      for (const file of ['.env', 'app/.env.example', 'app/src/main.py', 'zzz/last.txt']) write(file);
      write('untracked.env');
      git('add', '.env', 'app', 'zzz');
      if (version === '3') {
        // git only writes version 3 when an entry needs extended flags, as intent-to-add entries do.
        write('app/intent.txt');
        git('add', '--intent-to-add', 'app/intent.txt');
      }
      git('update-index', '--index-version', version);
      assert.equal(readFileSync(join(root, '.git', 'index')).readUInt32BE(4), Number(version), 'index version written');
      assert.equal(await isTrackedByGit(root, '.env'), true);
      assert.equal(await isTrackedByGit(join(root, 'app'), '.env.example'), true);
      assert.equal(await isTrackedByGit(root, 'app/src/main.py'), true);
      assert.equal(await isTrackedByGit(root, 'zzz/last.txt'), true);
      if (version === '3') assert.equal(await isTrackedByGit(root, 'app/intent.txt'), true);
      assert.equal(await isTrackedByGit(root, 'untracked.env'), false);
      assert.equal(await isTrackedByGit(join(root, 'app'), '.env'), false);
    });
  }

  it('answers false in a fresh repository with an empty index and undefined without an index', async () => {
    assert.equal(await isTrackedByGit(root, '.env'), undefined, 'git init writes no index');
    write('a.txt');
    git('add', 'a.txt');
    git('rm', '-q', '--cached', 'a.txt');
    assert.equal(await isTrackedByGit(root, '.env'), false);
  });
});

describe('fix: git index parsing without git', () => {
  it('answers undefined for something that is not an index', () => {
    assert.equal(indexContains(Buffer.from('not an index at all'), '.env', 20), undefined);
    const header = Buffer.alloc(12);
    header.write('DIRC', 0, 'latin1');
    header.writeUInt32BE(9, 4);
    assert.equal(indexContains(header, '.env', 20), undefined, 'unknown version');
  });

  it('answers undefined for a truncated index instead of guessing', () => {
    const header = Buffer.alloc(20);
    header.write('DIRC', 0, 'latin1');
    header.writeUInt32BE(2, 4);
    header.writeUInt32BE(1, 8);
    assert.equal(indexContains(header, '.env', 20), undefined);
  });

  it('answers undefined outside a git repository', async function () {
    const dir = makeTempDir('norepo');
    try {
      if ((await findGitRoot(dir)) !== undefined) skipBecause(this, 'the temp dir itself sits in a git repository');
      assert.equal(await isTrackedByGit(dir, '.env'), undefined);
    } finally {
      removeTree(dir);
    }
  });
});
