// One reading of git's ignore files serves the workspace listing and the fix planner: the same repository
// top, worktree pointers, core.ignorecase and nesting give the same answers through listFiles and
// isIgnoredByGit. Expected answers were checked against `git status --ignored` by hand; the product never runs git.

import * as assert from 'node:assert/strict';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { isIgnoredByGit } from '../../shared/git/ignoreRules';
import { configBoolean, openRepository, parseGitConfig } from '../../shared/git/repository';
import { listFiles } from '../../shared/workspace/files';
import { makeTempDir, removeTree, writeTree, type Entry } from '../support/tempTree';

describe('git ignore rules shared by the listing and the fix planner', function () {
  let root: string;

  beforeEach(function () {
    root = realpathSync(makeTempDir('git'));
  });

  afterEach(function () {
    removeTree(root);
  });

  /** Files listFiles keeps below `dir`, relative to it, and what isIgnoredByGit says of each of `paths`. */
  async function bothAnswers(dir: string, paths: readonly string[]): Promise<{ listed: string[]; ignored: string[] }> {
    const listing = await listFiles(dir);
    const listed = listing.files.map((file) => file.slice(dir.length + 1).split('\\').join('/'));
    const ignored: string[] = [];
    for (const path of paths) if (await isIgnoredByGit(dir, path)) ignored.push(path);
    return { listed, ignored };
  }

  function repository(entries: Readonly<Record<string, Entry>>): void {
    writeTree(root, { '.git/HEAD': 'ref: refs/heads/main\n', ...entries });
  }

  it('lists a file below a directory that a deeper .gitignore re-includes after a parent rule ignored it', async function () {
    repository({ '.gitignore': 'a/b/\n', 'a/.gitignore': '!b/\n', 'a/b/c.txt': '', 'a/d/e.txt': '' });
    const { listed, ignored } = await bothAnswers(root, ['a/b', 'a/b/c.txt', 'a/d/e.txt']);
    assert.deepEqual(listed, ['.gitignore', 'a/.gitignore', 'a/b/c.txt', 'a/d/e.txt']);
    assert.deepEqual(ignored, []);
  });

  it('matches case-sensitively unless the repository config sets core.ignorecase', async function () {
    repository({ '.git/config': '[core]\n\tbare = false\n', '.gitignore': 'Build/\n*.LOG\n', 'build/out.js': '', 'app.log': '', 'Build/x.js': '' });
    let answers = await bothAnswers(root, ['build/out.js', 'app.log', 'Build/x.js']);
    assert.deepEqual(answers.listed, ['.gitignore', 'app.log', 'build/out.js']);
    assert.deepEqual(answers.ignored, ['Build/x.js']);

    writeTree(root, { '.git/config': '[core]\n\tbare = false\n\tignorecase = true\n' });
    answers = await bothAnswers(root, ['build/out.js', 'app.log', 'Build/x.js']);
    assert.deepEqual(answers.listed, ['.gitignore']);
    assert.deepEqual(answers.ignored, ['build/out.js', 'app.log', 'Build/x.js']);
  });

  it('follows a worktree .git file and its commondir to the shared info/exclude', async function () {
    // Layout of `git worktree add`: <main>/.git/worktrees/<name> holds the index and points back to <main>/.git.
    writeTree(root, {
      'main/.git/HEAD': 'ref: refs/heads/main\n',
      'main/.git/config': '[core]\n\tignorecase = false\n',
      'main/.git/info/exclude': 'private/\n*.secret\n',
      'main/.git/worktrees/feature/commondir': '../..\n',
      'main/.git/worktrees/feature/HEAD': 'ref: refs/heads/feature\n',
      'feature/.git': `gitdir: ${join(root, 'main', '.git', 'worktrees', 'feature')}\n`,
      'feature/private/notes.md': '',
      'feature/app/key.secret': '',
      'feature/app/main.ts': '',
    });
    const worktree = join(root, 'feature');
    const repositoryInfo = await openRepository(join(worktree, 'app'));
    assert.equal(repositoryInfo?.top, worktree);
    assert.equal(repositoryInfo?.commonDir, join(root, 'main', '.git'));
    const { listed, ignored } = await bothAnswers(worktree, ['private/notes.md', 'app/key.secret', 'app/main.ts']);
    assert.deepEqual(listed, ['app/main.ts']);
    assert.deepEqual(ignored, ['private/notes.md', 'app/key.secret']);
  });

  it('reads nested .gitignore files below and above a workspace folder the same way', async function () {
    repository({ '.gitignore': '*.tmp\n', 'pkg/.gitignore': 'dist/\n!keep.tmp\n', 'pkg/dist/a.js': '', 'pkg/x.tmp': '', 'pkg/keep.tmp': '', 'pkg/src/b.ts': '' });
    const pkg = join(root, 'pkg');
    const { listed, ignored } = await bothAnswers(pkg, ['dist/a.js', 'x.tmp', 'keep.tmp', 'src/b.ts']);
    assert.deepEqual(listed, ['.gitignore', 'keep.tmp', 'src/b.ts']);
    assert.deepEqual(ignored, ['dist/a.js', 'x.tmp']);
  });
});

describe('git config read without git', function () {
  it('reads section keys case-insensitively, with subsections, bare booleans, comments and quotes', function () {
    const config = parseGitConfig(
      '[core]\n\tIgnoreCase = true ; set by git init\n\tfilemode\n[extensions] objectFormat = "sha256"\n[remote "origin"]\n\turl = x#y\n',
    );
    assert.equal(config.get('core.ignorecase'), 'true');
    assert.equal(config.get('core.filemode'), true);
    assert.equal(config.get('extensions.objectformat'), 'sha256');
    assert.equal(config.get('remote.origin.url'), 'x');
  });

  it('reads git boolean spellings, an empty value as false and anything else as unknown', function () {
    assert.deepEqual(
      (['yes', 'On', '1', true, '', 'off', 'FALSE', '0', 'maybe', undefined] as const).map((value) => configBoolean(value)),
      [true, true, true, true, false, false, false, false, undefined, undefined],
    );
  });
});
