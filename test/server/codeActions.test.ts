import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as acorn from 'acorn';
import type { CodeAction, CreateFile, Diagnostic, TextDocumentEdit } from 'vscode-languageserver/node';
import { applyWorkspaceEdit, saveDocument } from './applyEdit';
import { VSCODE_LIKE_CAPABILITIES, type TestClient } from './client';
import { serverSessions } from './session';
import { gitAvailable, runGit } from '../support/git';
import { pythonSyntaxError } from '../support/python';
import type { TestWorkspace } from './workspace';
import { skipBecause } from '../support/skip';

// Loaded at run time rather than bundled into the test file (it is a large compiler).
const ts = createRequire(__filename)('typescript') as typeof import('typescript');

function typeScriptSyntaxErrors(source: string): number {
  const file = ts.createSourceFile('fixed.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  return (file as unknown as { parseDiagnostics: readonly unknown[] }).parseDiagnostics.length;
}

async function actionsFor(client: TestClient, uri: string, what: string): Promise<{ diagnostic: Diagnostic; actions: CodeAction[] }> {
  const [diagnostic] = await client.waitForDiagnostics(uri, what, (d) => d.length === 1);
  const actions = await client.codeActions(uri, diagnostic.range, [diagnostic]);
  return { diagnostic, actions };
}

function preferred(actions: CodeAction[]): CodeAction {
  const action = actions.find((a) => a.isPreferred);
  assert.ok(action?.edit, `a preferred action with an edit among: ${actions.map((a) => a.title).join(', ')}`);
  return action;
}

/** Writes and opens `relPath` holding `const key = "<generated OpenAI key>";`; returns the preferred quick fix for it. */
async function moveForJsKey(workspace: TestWorkspace, client: TestClient, relPath: string): Promise<{ key: string; uri: string; move: CodeAction }> {
  const key = workspace.key('sk-proj-', 'u', 100);
  const text = `const key = "${key}";\n`;
  workspace.write(relPath, text);
  const uri = workspace.uri(relPath);
  await client.open(uri, 'javascript', text);
  const move = preferred((await actionsFor(client, uri, 'the finding')).actions);
  return { key, uri, move };
}

function lines(workspace: TestWorkspace, relPath: string): string[] {
  return workspace.read(relPath).split(/\r?\n/);
}

describe('language server: quick fixes', function () {
  this.timeout(20000);
  const start = serverSessions();

  it('moves an OpenAI key in JavaScript to process.env in ONE edit that also creates .env.example, .env and .gitignore', async () => {
    const { workspace, client } = await start('move-js');
    const key = workspace.key('sk-proj-', 'u', 156);
    const text = `const OpenAI = require('openai');\nconst client = new OpenAI({ apiKey: '${key}' });\nmodule.exports = client;\n`;
    workspace.write('src/app.js', text);
    const uri = workspace.uri('src/app.js');
    await client.open(uri, 'javascript', text);
    const { diagnostic, actions } = await actionsFor(client, uri, 'the finding in app.js');

    const move = preferred(actions);
    assert.equal(move.title, 'Move to environment variable OPENAI_API_KEY');
    assert.equal(move.kind, 'quickfix');
    assert.deepEqual(move.diagnostics, [diagnostic]);
    const changes = move.edit?.documentChanges ?? [];
    const shape = changes.map((c) => ('kind' in c ? `create ${(c as CreateFile).uri.split('/').pop()}` : `edit ${(c as TextDocumentEdit).textDocument.uri.split('/').pop()}@${(c as TextDocumentEdit).textDocument.version}`));
    assert.deepEqual(shape, ['edit app.js@1', 'create .env.example', 'edit .env.example@null', 'create .env', 'edit .env@null', 'create .gitignore', 'edit .gitignore@null']);
    for (const change of changes) if ('kind' in change) assert.deepEqual((change as CreateFile).options, { ignoreIfExists: true });

    await applyWorkspaceEdit(client, move.edit ?? {});
    saveDocument(client, uri);
    const fixed = workspace.read('src/app.js');
    assert.ok(!fixed.includes(key), 'the source no longer contains the key');
    assert.match(workspace.masked(fixed) ?? '', /new OpenAI\(\{ apiKey: process\.env\.OPENAI_API_KEY \}\)/);
    assert.doesNotThrow(() => acorn.parse(fixed, { ecmaVersion: 'latest', sourceType: 'script' }), 'the fixed file parses');
    assert.equal(workspace.read('.env.example'), 'OPENAI_API_KEY=\n');
    assert.ok(lines(workspace, '.env').includes(`OPENAI_API_KEY=${key}`), '.env holds the value');
    assert.ok(lines(workspace, '.gitignore').includes('.env'), '.gitignore ignores .env');
    await client.waitForDiagnostics(uri, 'no finding after the fix', (d) => d.length === 0);

    // The .env the fix wrote is ignored by the .gitignore it wrote: opening it shows no warning.
    const dotEnvUri = workspace.uri('.env');
    await client.open(dotEnvUri, 'dotenv', workspace.read('.env'));
    assert.deepEqual(await client.waitForDiagnostics(dotEnvUri, 'diagnostics of the written .env'), []);
  });

  it('moves a key in TypeScript to process.env and the result parses', async () => {
    const { workspace, client } = await start('move-ts');
    const key = workspace.key('sk-ant-api03-', 'u', 93, 'AA');
    const text = `import Anthropic from '@anthropic-ai/sdk';\n\nexport const client = new Anthropic({ apiKey: "${key}" as string });\n`;
    workspace.write('src/client.ts', text);
    const uri = workspace.uri('src/client.ts');
    await client.open(uri, 'typescript', text);
    const { actions } = await actionsFor(client, uri, 'the finding in client.ts');
    const move = preferred(actions);
    assert.equal(move.title, 'Move to environment variable ANTHROPIC_API_KEY');
    await applyWorkspaceEdit(client, move.edit ?? {});
    saveDocument(client, uri);
    const fixed = workspace.read('src/client.ts');
    assert.ok(!fixed.includes(key));
    assert.match(workspace.masked(fixed) ?? '', /apiKey: process\.env\.ANTHROPIC_API_KEY as string/);
    assert.equal(typeScriptSyntaxErrors(fixed), 0, 'the fixed file parses as TypeScript');
    assert.equal(workspace.read('.env.example'), 'ANTHROPIC_API_KEY=\n');
  });

  it('moves a key in Python to os.environ, adds import os after the docstring and __future__, keeps CRLF env files intact', async () => {
    const { workspace, client } = await start('move-py', {
      setup: (ws) => {
        // An existing .env with CRLF, a comment and no final newline, which already uses the conventional name.
        ws.write('.env', '# local settings\r\nDEBUG=1\r\nOPENAI_API_KEY=some-other-value');
        ws.write('.gitignore', 'node_modules/\n');
        mkdirSync(ws.path('.git'));
      },
    });
    const key = workspace.key('sk-proj-', 'u', 120);
    const text = `"""Chat helper."""\nfrom __future__ import annotations\n\nimport json\n\nclient = OpenAI(api_key="${key}")\n`;
    workspace.write('app/chat.py', text);
    const uri = workspace.uri('app/chat.py');
    await client.open(uri, 'python', text);
    const { actions } = await actionsFor(client, uri, 'the finding in chat.py');
    const move = preferred(actions);
    assert.equal(move.title, 'Move to environment variable OPENAI_API_KEY_2', 'a taken name with another value is not overwritten');
    await applyWorkspaceEdit(client, move.edit ?? {});
    saveDocument(client, uri);

    const fixed = workspace.read('app/chat.py');
    assert.ok(!fixed.includes(key));
    assert.equal(pythonSyntaxError(fixed), undefined, 'the fixed file parses as Python');
    workspace.assertSameText(fixed, `"""Chat helper."""\nfrom __future__ import annotations\n\nimport os\nimport json\n\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY_2"])\n`);
    workspace.assertSameText(workspace.read('.env'), `# local settings\r\nDEBUG=1\r\nOPENAI_API_KEY=some-other-value\r\nOPENAI_API_KEY_2=${key}`);
    assert.equal(workspace.read('.env.example'), 'OPENAI_API_KEY_2=\n');
    assert.equal(workspace.read('.gitignore'), 'node_modules/\n.env\n');
  });

  it('with keyguard.fix.writeDotEnv off, writes only the source and .env.example', async () => {
    const { workspace, client } = await start('no-dotenv', { settings: () => ({ fix: { writeDotEnv: false } }) });
    const { move } = await moveForJsKey(workspace, client, 'index.js');
    const touched = (move.edit?.documentChanges ?? []).map((c) => ('kind' in c ? (c as CreateFile).uri : (c as TextDocumentEdit).textDocument.uri));
    assert.deepEqual([...new Set(touched.map((u) => u.split('/').pop()))], ['index.js', '.env.example']);
    await applyWorkspaceEdit(client, move.edit ?? {});
    assert.ok(!workspace.exists('.env'));
    assert.ok(!workspace.exists('.gitignore'));
    assert.equal(workspace.read('.env.example'), 'OPENAI_API_KEY=\n');
  });

  it('leaves .gitignore alone when git already ignores .env', async () => {
    const { workspace, client } = await start('already-ignored', {
      setup: (ws) => {
        mkdirSync(ws.path('.git'));
        ws.write('.gitignore', '*.log\n.env\n');
      },
    });
    const { key, move } = await moveForJsKey(workspace, client, 'index.js');
    await applyWorkspaceEdit(client, move.edit ?? {});
    assert.equal(workspace.read('.gitignore'), '*.log\n.env\n');
    assert.ok(lines(workspace, '.env').includes(`OPENAI_API_KEY=${key}`));
  });

  it('does not write the value into a .env that git tracks, and says so in the title', async function () {
    if (!gitAvailable) skipBecause(this, 'no git binary to create a repository whose index tracks .env');
    const { workspace, client } = await start('tracked-env', {
      setup: (ws) => {
        ws.write('.env', 'DEBUG=1\n');
        ws.write('.gitignore', '.env\n');
        // Committed before it was ignored: .gitignore no longer keeps it out of the next commit.
        runGit(ws.root, 'init', '-q', '.');
        runGit(ws.root, 'add', '--force', '.env');
      },
    });
    const { uri, move } = await moveForJsKey(workspace, client, 'index.js');
    assert.equal(move.title, 'Move to environment variable OPENAI_API_KEY (value not written: .env is tracked by git)');
    await applyWorkspaceEdit(client, move.edit ?? {});
    workspace.assertSameText(client.documents.get(uri)?.text, 'const key = process.env.OPENAI_API_KEY;\n');
    assert.equal(workspace.read('.env'), 'DEBUG=1\n', 'the tracked .env is left as it was');
    assert.equal(workspace.read('.env.example'), 'OPENAI_API_KEY=\n');
    assert.equal(workspace.read('.gitignore'), '.env\n');
  });

  it('edits an env file open in the editor through its buffer and version', async () => {
    const { workspace, client } = await start('open-env');
    workspace.write('.env.example', 'PORT=\n');
    const exampleUri = workspace.uri('.env.example');
    // Unsaved changes in the open .env.example: the edit must apply to them, not to the disk content.
    await client.open(exampleUri, 'dotenv', 'PORT=\n');
    await client.replaceText(exampleUri, 'PORT=\nHOST=\n');
    const { move } = await moveForJsKey(workspace, client, 'index.js');
    const exampleEdit = (move.edit?.documentChanges ?? []).find((c) => !('kind' in c) && (c as TextDocumentEdit).textDocument.uri === exampleUri) as TextDocumentEdit;
    assert.equal(exampleEdit.textDocument.version, 2, 'versioned against the open buffer');
    await applyWorkspaceEdit(client, move.edit ?? {});
    assert.equal(client.documents.get(exampleUri)?.text, 'PORT=\nHOST=\nOPENAI_API_KEY=\n');
  });

  it('puts the env files at the root of the workspace folder that holds the document (multi-root)', async () => {
    const { workspace, client } = await start('multi-root', {
      setup: (ws) => {
        mkdirSync(ws.path('web'));
        mkdirSync(ws.path('api'));
      },
      folders: (ws) => [ws.path('web'), ws.path('api')],
    });
    const { move } = await moveForJsKey(workspace, client, 'api/src/index.js');
    await applyWorkspaceEdit(client, move.edit ?? {});
    assert.equal(workspace.read('api/.env.example'), 'OPENAI_API_KEY=\n');
    assert.ok(!workspace.exists('web/.env.example') && !workspace.exists('.env.example'));
  });

  it('for an untitled document, puts the env files in the first workspace folder', async () => {
    const { workspace, client } = await start('untitled-move');
    const key = workspace.key('sk-proj-', 'u', 100);
    const uri = 'untitled:Untitled-1';
    await client.open(uri, 'python', `client = OpenAI(api_key="${key}")\n`);
    const move = preferred((await actionsFor(client, uri, 'the finding')).actions);
    await applyWorkspaceEdit(client, move.edit ?? {});
    workspace.assertSameText(client.documents.get(uri)?.text, 'import os\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\n');
    assert.equal(workspace.read('.env.example'), 'OPENAI_API_KEY=\n');
    assert.ok(lines(workspace, '.env').includes(`OPENAI_API_KEY=${key}`));
  });

  it('for a file outside every workspace folder, puts the env files in its own directory', async () => {
    const { workspace, client } = await start('outside', {
      setup: (ws) => mkdirSync(ws.path('project')),
      folders: (ws) => [ws.path('project')],
    });
    const { move } = await moveForJsKey(workspace, client, 'elsewhere/script.js');
    await applyWorkspaceEdit(client, move.edit ?? {});
    assert.equal(workspace.read('elsewhere/.env.example'), 'OPENAI_API_KEY=\n');
    assert.ok(!workspace.exists('project/.env.example'));
  });

  it('offers no move for an untitled document when no folder is open (there is nowhere to keep the value)', async () => {
    const { workspace, client } = await start('no-folder', { folders: () => [] });
    const key = workspace.key('sk-proj-', 'u', 100);
    const uri = 'untitled:Untitled-2';
    await client.open(uri, 'python', `client = OpenAI(api_key="${key}")\n`);
    const { actions } = await actionsFor(client, uri, 'the finding');
    assert.deepEqual(actions.map((a) => a.title), ['Ignore this secret']);
  });

  it('offers no move in a dotenv file itself, where the value would be replaced by a reference to itself and lost', async () => {
    // No .gitignore: git would commit this .env, so its key is reported. Editors open .env files as shell.
    const { workspace, client } = await start('dotenv-source');
    const key = workspace.key('sk-proj-', 'u', 100);
    for (const name of ['.env', '.env.local', '.env.example']) {
      const text = `DEBUG=1\nOPENAI_API_KEY=${key}\n`;
      workspace.write(name, text);
      const uri = workspace.uri(name);
      await client.open(uri, 'shellscript', text);
      const { actions } = await actionsFor(client, uri, `the finding in ${name}`);
      assert.deepEqual(actions.map((a) => a.title), ['Ignore this secret'], name);
    }
  });

  it('offers "Ignore this secret", which inserts a keyguard:allow comment that silences the finding', async () => {
    const { workspace, client } = await start('ignore');
    const key = workspace.key('sk-proj-', 'u', 100);
    const text = `import os\nclient = OpenAI(api_key="${key}")\n`;
    const uri = workspace.uri('main.py');
    await client.open(uri, 'python', text);
    const { actions } = await actionsFor(client, uri, 'the finding');
    const ignore = actions.find((a) => a.title === 'Ignore this secret');
    assert.ok(ignore?.edit, 'an ignore action');
    assert.equal(ignore.isPreferred, undefined);
    await applyWorkspaceEdit(client, ignore.edit);
    // Only the comment is added, after the literal (its spacing follows the language's style).
    const ignored = client.documents.get(uri)?.text ?? '';
    assert.match(workspace.masked(ignored) ?? '', /^import os\nclient = OpenAI\(api_key="<key 0>"\) +# keyguard:allow\n$/);
    await client.waitForDiagnostics(uri, 'the finding to go away', (d) => d.length === 0);
  });

  it('falls back to `changes` for clients without documentChanges, and offers no move when a file would need creating', async () => {
    const capabilities = { ...VSCODE_LIKE_CAPABILITIES, workspace: { ...VSCODE_LIKE_CAPABILITIES.workspace, workspaceEdit: {} } };
    const { workspace, client } = await start('changes', { capabilities });
    const key = workspace.key('sk-proj-', 'u', 100);
    const text = `const key = "${key}";\n`;
    const uri = workspace.uri('index.js');
    await client.open(uri, 'javascript', text);
    let { actions } = await actionsFor(client, uri, 'the finding');
    assert.deepEqual(actions.map((a) => a.title), ['Ignore this secret'], 'no move: .env.example cannot be created');
    assert.ok(actions[0].edit?.changes?.[uri], 'the ignore edit uses `changes`');

    workspace.write('.env.example', '');
    workspace.write('.env', '');
    workspace.write('.gitignore', '.env\n');
    ({ actions } = await actionsFor(client, uri, 'the finding'));
    const move = preferred(actions);
    assert.deepEqual(Object.keys(move.edit?.changes ?? {}).map((u) => u.split('/').pop()).sort(), ['.env', '.env.example', 'index.js']);
    await applyWorkspaceEdit(client, move.edit ?? {});
    assert.equal(workspace.read('.env.example'), 'OPENAI_API_KEY=\n');
    workspace.assertSameText(workspace.read('.env'), `OPENAI_API_KEY=${key}\n`);
  });

  it('answers only for KeyGuard diagnostics and only when quick fixes are asked for', async () => {
    const { workspace, client } = await start('filters');
    const key = workspace.key('sk-proj-', 'u', 100);
    const uri = workspace.uri('index.js');
    await client.open(uri, 'javascript', `const key = "${key}";\n`);
    const [diagnostic] = await client.waitForDiagnostics(uri, 'the finding', (d) => d.length === 1);
    assert.deepEqual(await client.codeActions(uri, diagnostic.range, [{ ...diagnostic, source: 'eslint' }]), []);
    assert.deepEqual(await client.codeActions(uri, diagnostic.range, [diagnostic], ['source.organizeImports']), []);
    assert.equal((await client.codeActions(uri, diagnostic.range, [diagnostic], ['quickfix'])).length, 2);
  });
});
