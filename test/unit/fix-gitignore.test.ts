// isIgnoredByGit reads ignore files like git does, on real temp folders, without ever running git.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findGitRoot, isIgnoredByGit, isInsideGitRepository, isTrackedByGit, readWorkspaceFilesState } from '../../shared/fix';
import { makeTempDir, removeTree, writeTree } from '../support/tempTree';
import { skipBecause } from '../support/skip';

describe('fix: gitignore semantics without git', () => {
  let root: string;

  function write(relative: string, content: string): void {
    writeTree(root, { [relative]: content });
  }

  beforeEach(() => {
    root = makeTempDir('gitignore');
  });
  afterEach(() => {
    removeTree(root);
  });

  it('knows a folder without .git anywhere above is not a repository, and ignores nothing there', async function () {
    write('.gitignore', '.env\n');
    if ((await findGitRoot(tmpdir())) !== undefined) skipBecause(this, 'the temp dir itself sits in a git repository');

    assert.equal(await isInsideGitRepository(root), false);
    assert.equal(await isIgnoredByGit(root, '.env'), false);
  });

  it('finds the repository root above a nested workspace folder', async () => {
    mkdirSync(join(root, '.git'));
    mkdirSync(join(root, 'packages', 'app'), { recursive: true });
    assert.equal(await findGitRoot(join(root, 'packages', 'app')), root);
    assert.equal(await isInsideGitRepository(join(root, 'packages', 'app')), true);
  });

  it('applies the root .gitignore, including patterns like .env*', async () => {
    mkdirSync(join(root, '.git'));
    write('.gitignore', '# secrets\r\n.env*\r\n');
    assert.equal(await isIgnoredByGit(root, '.env'), true);
    assert.equal(await isIgnoredByGit(root, '.env.example'), true);
    assert.equal(await isIgnoredByGit(root, 'src/index.ts'), false);
  });

  it('honours negation after a broader pattern', async () => {
    mkdirSync(join(root, '.git'));
    write('.gitignore', '.env*\n!.env.example\n');
    assert.equal(await isIgnoredByGit(root, '.env'), true);
    assert.equal(await isIgnoredByGit(root, '.env.example'), false);
  });

  it('applies a nested .gitignore relative to its own folder, for a workspace folder below the repository root', async () => {
    mkdirSync(join(root, '.git'));
    write('.gitignore', 'dist/\n');
    write('packages/app/.gitignore', '.env\n/local.txt\n');
    const app = join(root, 'packages', 'app');
    assert.equal(await isIgnoredByGit(app, '.env'), true);
    assert.equal(await isIgnoredByGit(app, 'local.txt'), true);
    assert.equal(await isIgnoredByGit(app, 'sub/local.txt'), false, 'anchored pattern only matches in its folder');
    assert.equal(await isIgnoredByGit(root, '.env'), false, 'the nested rule does not reach the root');
    assert.equal(await isIgnoredByGit(app, 'dist/app.js'), true, 'the root rule reaches below');
  });

  it('lets a deeper .gitignore re-include what a parent .gitignore ignores', async () => {
    mkdirSync(join(root, '.git'));
    write('.gitignore', '*.env\n');
    write('config/.gitignore', '!prod.env\n');
    assert.equal(await isIgnoredByGit(root, 'config/dev.env'), true);
    assert.equal(await isIgnoredByGit(root, 'config/prod.env'), false);
  });

  it('does not re-include a file under an ignored directory (git does not look inside it)', async () => {
    mkdirSync(join(root, '.git'));
    write('.gitignore', 'secrets/\n!secrets/keep.txt\n');
    write('secrets/keep.txt', 'x');
    assert.equal(await isIgnoredByGit(root, 'secrets/keep.txt'), true);
  });

  it('matches directory-only patterns against directories, not files of the same name', async () => {
    mkdirSync(join(root, '.git'));
    write('.gitignore', 'build/\n');
    write('build', 'a file named build');
    mkdirSync(join(root, 'out', 'build'), { recursive: true });
    assert.equal(await isIgnoredByGit(root, 'build'), false);
    assert.equal(await isIgnoredByGit(root, 'out/build'), true);
    assert.equal(await isIgnoredByGit(root, 'out/build/x.js'), true);
  });

  it('applies .git/info/exclude with lower precedence than .gitignore', async () => {
    write('.git/info/exclude', '.env\nnotes.txt\n');
    write('.gitignore', '!notes.txt\n');
    assert.equal(await isIgnoredByGit(root, '.env'), true);
    assert.equal(await isIgnoredByGit(root, 'notes.txt'), false);
  });

  it('follows a .git file (worktree or submodule) to its info/exclude', async () => {
    const gitDir = join(root, 'real-git-dir');
    write('real-git-dir/info/exclude', '.env\n');
    write('checkout/.git', `gitdir: ${gitDir}\n`);
    const checkout = join(root, 'checkout');
    assert.equal(await findGitRoot(checkout), checkout);
    assert.equal(await isIgnoredByGit(checkout, '.env'), true);
    assert.equal(await isIgnoredByGit(checkout, '.env.example'), false);
  });

  it('reads the workspace files state the planner needs (missing files stay undefined)', async () => {
    mkdirSync(join(root, '.git'));
    write('.gitignore', '.env*\r\n');
    write('.env', 'PORT=1');
    const state = await readWorkspaceFilesState(root);
    assert.deepEqual(state, {
      dotEnv: 'PORT=1',
      dotEnvExample: undefined,
      gitignore: '.env*\r\n',
      isGitRepository: true,
      dotEnvIgnoredByGit: true,
      dotEnvExampleIgnoredByGit: true,
      dotEnvTrackedByGit: undefined,
    });
  });

  it('gives no state where an env file exists but is no file, or could not be created (the folder is a file)', async () => {
    mkdirSync(join(root, '.gitignore'));
    assert.equal(await readWorkspaceFilesState(root), undefined, '.gitignore is a directory');
    write('file.py', 'x = 1\n');
    assert.equal(await readWorkspaceFilesState(join(root, 'file.py')), undefined, 'the folder is a file');
  });

  it('answers, without hanging, when .env or the git index is a named pipe', async function () {
    mkdirSync(join(root, '.git'));
    for (const fifo of ['.env', '.git/index']) {
      if (spawnSync('mkfifo', [join(root, fifo)]).status !== 0) skipBecause(this, 'no mkfifo to create a named pipe');
    }
    assert.equal(await isTrackedByGit(root, '.env'), undefined, 'the index cannot be read');
    assert.equal(await readWorkspaceFilesState(root), undefined, '.env is no file the fix could edit');
  });

  it('treats missing ignore files and paths outside the repository as not ignored', async () => {
    mkdirSync(join(root, '.git'));
    assert.equal(await isIgnoredByGit(root, '.env'), false);
    assert.equal(await isIgnoredByGit(root, '../elsewhere/.env'), false);
  });
});
