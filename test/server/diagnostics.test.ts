import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { DiagnosticSeverity, FileChangeType, type Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { gitAvailable, runGit } from '../support/git';
import { VSCODE_LIKE_CAPABILITIES } from './client';
import { serverSessions } from './session';
import { rangeOf } from './workspace';
import { skipBecause } from '../support/skip';

function assertReportsKey(diagnostic: Diagnostic, text: string, key: string, ruleId: string, kind: RegExp): void {
  assert.deepEqual(diagnostic.range, rangeOf(text, key), 'the range covers exactly the value');
  assert.equal(diagnostic.source, 'keyguard');
  assert.equal(diagnostic.code, ruleId);
  assert.equal(typeof diagnostic.message, 'string');
  const message = diagnostic.message as string;
  assert.ok(!message.includes(key), 'the message does not contain the value');
  assert.match(message, kind);
  assert.ok(!JSON.stringify(diagnostic.data).includes(key), 'the data does not carry the value');
}

describe('language server: diagnostics of open documents', function () {
  this.timeout(20000);
  const start = serverSessions();

  it('reports an OpenAI key in JavaScript on exactly its value, with rule id, source and a masked message', async () => {
    const { workspace, client } = await start('js');
    const key = workspace.key('sk-proj-', 'u', 156);
    const text = [
      "const OpenAI = require('openai');",
      `const client = new OpenAI({ apiKey: '${key}' });`,
      'const fromEnv = process.env.OPENAI_API_KEY;',
      "const placeholder = 'sk-proj-...';",
      '',
    ].join('\n');
    const uri = workspace.uri('src/app.js');
    await client.open(uri, 'javascript', text);
    const diagnostics = await client.waitForDiagnostics(uri, 'diagnostics for app.js', (d) => d.length > 0);
    assert.equal(diagnostics.length, 1);
    assertReportsKey(diagnostics[0], text, key, 'openai-api-key', /^OpenAI [^()]*key \(sk-proj-…[A-Za-z0-9_-]{4}\) hardcoded: move it to an environment variable$/);
    assert.equal(diagnostics[0].severity, DiagnosticSeverity.Warning, 'default severity is warning');
    assert.equal((diagnostics[0].data as { version: number }).version, 1, 'data names the document version');
  });

  it('reports an Anthropic key in TypeScript and an AWS key id and OpenAI key in Python, each on its value', async () => {
    const { workspace, client } = await start('ts-py');
    const anthropic = workspace.key('sk-ant-api03-', 'u', 93, 'AA');
    const tsText = `import Anthropic from '@anthropic-ai/sdk';\n\nconst apiKey: string = "${anthropic}";\nexport const client = new Anthropic({ apiKey });\n`;
    const awsId = workspace.key('AKIA', 'B', 16);
    const openai = workspace.key('sk-proj-', 'u', 120);
    const pyText = [
      '"""Clients."""',
      'import boto3',
      `s3 = boto3.client("s3", aws_access_key_id="${awsId}")`,
      `OPENAI_KEY = "${openai}"`,
      'placeholder = "<YOUR_API_KEY>"',
      'from_env = os.environ["OPENAI_API_KEY"]',
      '',
    ].join('\n');
    const tsUri = workspace.uri('src/client.ts');
    const pyUri = workspace.uri('app/main.py');
    await client.open(tsUri, 'typescript', tsText);
    await client.open(pyUri, 'python', pyText);

    const [tsDiagnostic, ...moreTs] = await client.waitForDiagnostics(tsUri, 'TS diagnostics', (d) => d.length > 0);
    assert.equal(moreTs.length, 0);
    assertReportsKey(tsDiagnostic, tsText, anthropic, 'anthropic-api-key', /Anthropic API key/);

    const pyDiagnostics = await client.waitForDiagnostics(pyUri, 'Python diagnostics', (d) => d.length > 0);
    assert.equal(pyDiagnostics.length, 2, 'the placeholder and the env lookup are not reported');
    assertReportsKey(pyDiagnostics[0], pyText, awsId, 'aws-access-key-id', /AWS/);
    assertReportsKey(pyDiagnostics[1], pyText, openai, 'openai-api-key', /OpenAI/);
  });

  it('publishes an empty list for placeholders, templates and environment lookups', async () => {
    const { workspace, client } = await start('negatives');
    const text = [
      'client = OpenAI(api_key="sk-proj-...")',
      'key = os.environ["OPENAI_API_KEY"]',
      'token = os.getenv("GITHUB_TOKEN")',
      'api_key = "<YOUR_API_KEY>"',
      'password = "changeme"',
      'secret = "${SERVICE_SECRET}"',
      // AWS's documented example key id, assembled so no key-shaped literal sits in the repository.
      `aws_access_key_id = "${['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('')}"`,
      '',
    ].join('\n');
    const uri = workspace.uri('settings.py');
    await client.open(uri, 'python', text);
    const diagnostics = await client.waitForDiagnostics(uri, 'diagnostics for settings.py');
    assert.deepEqual(diagnostics, []);
  });

  it('follows edits: a key typed in is reported for the new version, and removing it clears the diagnostic', async () => {
    const { workspace, client } = await start('edits');
    const uri = workspace.uri('notes.js');
    await client.open(uri, 'javascript', 'const a = 1;\n');
    assert.deepEqual(await client.waitForDiagnostics(uri, 'initial diagnostics'), []);

    const token = workspace.githubToken();
    const line = `const token = "${token}";\n`;
    const withKey = `const a = 1;\n${line}`;
    // Typed in three steps, as an editor sends them: only the final version may carry the finding.
    const cut = [10, 25];
    let typed = '';
    for (const end of [...cut, line.length]) {
      const piece = line.slice(typed.length, end);
      const position = TextDocument.create('x', 'x', 0, `const a = 1;\n${typed}`).positionAt(13 + typed.length);
      typed += piece;
      await client.change(uri, [{ range: { start: position, end: position }, text: piece }], `const a = 1;\n${typed}`);
    }
    const [diagnostic] = await client.waitForDiagnostics(uri, 'the typed token', (d) => d.length === 1);
    assert.deepEqual(diagnostic.range, rangeOf(withKey, token));
    assert.equal(client.diagnostics.get(uri)?.version, 4, 'published for the version that contains the token');

    await client.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, text: '' }], 'const a = 1;\n');
    await client.waitForDiagnostics(uri, 'the diagnostic to clear', (d) => d.length === 0);
  });

  it('debounces rapid changes: one publication for a burst of edits', async () => {
    const { workspace, client } = await start('debounce');
    const uri = workspace.uri('burst.js');
    await client.open(uri, 'javascript', '');
    await client.waitForDiagnostics(uri, 'initial diagnostics');
    const before = client.published.filter((p) => p.uri === uri).length;
    let text = '';
    for (let i = 0; i < 20; i++) {
      text += `const v${i} = ${i};\n`;
      await client.replaceText(uri, text);
    }
    await client.waitForDiagnostics(uri, 'diagnostics of the last version');
    const publications = client.published.filter((p) => p.uri === uri).slice(before);
    assert.ok(publications.length <= 2, `a burst of 20 edits published ${publications.length} times`);
    assert.ok(publications.every((p) => p.version === undefined || p.version <= 21));
  });

  it('clears the diagnostics of a document when it closes', async () => {
    const { workspace, client } = await start('close');
    const key = workspace.key('sk-proj-', 'u', 100);
    const uri = workspace.uri('scratch.js');
    await client.open(uri, 'javascript', `const k = "${key}";\n`);
    await client.waitForDiagnostics(uri, 'the finding', (d) => d.length === 1);
    await client.close(uri);
    await client.waitForDiagnostics(uri, 'the cleared list', (d) => d.length === 0);
  });

  it('reports keys in untitled documents and notebook cells', async () => {
    const { workspace, client } = await start('untitled');
    const key = workspace.key('sk-proj-', 'u', 140);
    const text = `api_key = "${key}"\n`;
    const untitled = 'untitled:Untitled-1';
    const cell = `vscode-notebook-cell:${workspace.path('analysis.ipynb')}#W0sZmlsZQ%3D%3D`;
    await client.open(untitled, 'python', text);
    await client.open(cell, 'python', text);
    for (const uri of [untitled, cell]) {
      const [diagnostic] = await client.waitForDiagnostics(uri, `the finding in ${uri}`, (d) => d.length === 1);
      assert.deepEqual(diagnostic.range, rangeOf(text, key));
      assert.equal(diagnostic.code, 'openai-api-key');
    }
  });

  it('applies keyguard.severity, and keyguard.testFolderSeverity to files under test folders', async () => {
    const { workspace, client } = await start('severity', {
      settings: () => ({ severity: 'error', testFolderSeverity: 'information' }),
    });
    const key = workspace.key('sk-proj-', 'u', 100);
    const text = `const k = "${key}";\n`;
    const app = workspace.uri('src/app.js');
    const test = workspace.uri('src/__tests__/app.test.js');
    await client.open(app, 'javascript', text);
    await client.open(test, 'javascript', text);
    const [appDiagnostic] = await client.waitForDiagnostics(app, 'app diagnostic', (d) => d.length === 1);
    const [testDiagnostic] = await client.waitForDiagnostics(test, 'test diagnostic', (d) => d.length === 1);
    assert.equal(appDiagnostic.severity, DiagnosticSeverity.Error);
    assert.equal(testDiagnostic.severity, DiagnosticSeverity.Information);
    assert.ok(client.configurationScopes.includes(app), 'settings are asked for the document itself');
  });

  it('re-reads settings on didChangeConfiguration: a new severity applies and enable=false clears everything', async () => {
    const { workspace, client } = await start('config-change');
    const key = workspace.key('sk-proj-', 'u', 100);
    const uri = workspace.uri('src/app.js');
    await client.open(uri, 'javascript', `const k = "${key}";\n`);
    const [first] = await client.waitForDiagnostics(uri, 'the default-severity finding', (d) => d.length === 1);
    assert.equal(first.severity, DiagnosticSeverity.Warning);

    await client.changeConfiguration(() => ({ severity: 'hint' }));
    await client.waitForDiagnostics(uri, 'the hint', (d) => d.length === 1 && d[0].severity === DiagnosticSeverity.Hint);

    await client.changeConfiguration(() => ({ enable: false }));
    await client.waitForDiagnostics(uri, 'diagnostics cleared by enable=false', (d) => d.length === 0);
  });

  it('uses settings pushed with didChangeConfiguration when the client has no workspace/configuration', async () => {
    const capabilities = { ...VSCODE_LIKE_CAPABILITIES, workspace: { ...VSCODE_LIKE_CAPABILITIES.workspace, configuration: false } };
    const { workspace, client } = await start('pushed-settings', { capabilities });
    const key = workspace.key('sk-proj-', 'u', 100);
    const uri = workspace.uri('app.js');
    await client.open(uri, 'javascript', `const k = "${key}";\n`);
    const [first] = await client.waitForDiagnostics(uri, 'the default finding', (d) => d.length === 1);
    assert.equal(first.severity, DiagnosticSeverity.Warning);
    assert.deepEqual(client.configurationScopes, [], 'the server never asks');
    await client.changeConfiguration(() => ({ severity: 'error' }));
    await client.waitForDiagnostics(uri, 'the pushed severity', (d) => d.length === 1 && d[0].severity === DiagnosticSeverity.Error);
  });

  it('does not report a .env that git ignores (where secrets belong), but does report one git would commit', async () => {
    const { workspace, client } = await start('dotenv', {
      setup: (ws) => {
        mkdirSync(ws.path('.git'));
        ws.write('.gitignore', '.env\n');
      },
    });
    const key = workspace.key('sk-proj-', 'u', 100);
    const text = `OPENAI_API_KEY=${key}\n`;
    const ignored = workspace.uri('.env');
    const committed = workspace.uri('.env.production');
    const template = workspace.uri('.env.example');
    for (const uri of [ignored, committed, template]) await client.open(uri, 'dotenv', text);
    const [leak] = await client.waitForDiagnostics(committed, 'the committed env file', (d) => d.length === 1);
    assert.deepEqual(leak.range, rangeOf(text, key));
    assert.equal((await client.waitForDiagnostics(template, 'the template with a real value', (d) => d.length === 1)).length, 1);
    assert.deepEqual(await client.waitForDiagnostics(ignored, 'the ignored .env'), []);
  });

  it('checks an open .env again when .gitignore changes on disk, without waiting for a keystroke', async () => {
    const { workspace, client } = await start('dotenv-gitignore-change', {
      setup: (ws) => {
        mkdirSync(ws.path('.git'));
        ws.write('.gitignore', '.env\n');
      },
    });
    const text = `OPENAI_API_KEY=${workspace.key('sk-proj-', 'u', 100)}\n`;
    const uri = workspace.uri('.env');
    await client.open(uri, 'dotenv', text);
    assert.deepEqual(await client.waitForDiagnostics(uri, 'the ignored .env'), []);
    workspace.write('.gitignore', 'node_modules/\n');
    await client.filesChanged([{ uri: workspace.uri('.gitignore'), type: FileChangeType.Changed }]);
    await client.waitForDiagnostics(uri, 'the .env git would now commit', (d) => d.length === 1);
  });

  it('reports a .env that git ignores but already tracks (its changes are still committed)', async function () {
    if (!gitAvailable) skipBecause(this, 'no git binary to create a repository whose index tracks .env');
    let text = '';
    const { workspace, client } = await start('tracked-dotenv', {
      setup: (ws) => {
        text = `OPENAI_API_KEY=${ws.key('sk-proj-', 'u', 100)}\n`;
        ws.write('.env', text);
        ws.write('.gitignore', '.env\n');
        runGit(ws.root, 'init', '-q', '.');
        runGit(ws.root, 'add', '--force', '.env');
      },
    });
    const uri = workspace.uri('.env');
    await client.open(uri, 'dotenv', text);
    assert.equal((await client.waitForDiagnostics(uri, 'the tracked .env', (d) => d.length === 1)).length, 1);
  });

  it('does not report open documents matching keyguard.exclude', async () => {
    const { workspace, client } = await start('exclude-open', { settings: () => ({ exclude: ['generated/**', '*.snap'] }) });
    const key = workspace.key('sk-proj-', 'u', 100);
    const text = `const k = "${key}";\n`;
    const excluded = workspace.uri('generated/client.js');
    const snapshot = workspace.uri('src/app.snap');
    const included = workspace.uri('src/client.js');
    for (const uri of [excluded, snapshot, included]) await client.open(uri, 'javascript', text);
    await client.waitForDiagnostics(included, 'the included file', (d) => d.length === 1);
    assert.deepEqual(await client.waitForDiagnostics(excluded, 'the excluded file'), []);
    assert.deepEqual(await client.waitForDiagnostics(snapshot, 'the excluded snapshot'), []);
  });

  it('skips a document over keyguard.maxFileSizeKB with one log line', async () => {
    const { workspace, client } = await start('huge', { settings: () => ({ maxFileSizeKB: 1 }) });
    const key = workspace.key('sk-proj-', 'u', 100);
    const uri = workspace.uri('big.js');
    const text = `const k = "${key}";\n${'// filler line\n'.repeat(200)}`;
    await client.open(uri, 'javascript', text);
    assert.deepEqual(await client.waitForDiagnostics(uri, 'the skipped document'), []);
    await client.replaceText(uri, `${text}// more\n`);
    await client.waitForDiagnostics(uri, 'the skipped document again', (d) => d.length === 0);
    const lines = client.logMessages.filter((line) => line.includes('big.js') && line.includes('too large'));
    assert.equal(lines.length, 1, 'one log line for the oversized document');
  });

  it('reports a key on a megabyte-long minified line quickly', async () => {
    const { workspace, client } = await start('minified', { settings: () => ({ maxFileSizeKB: 4096 }) });
    const key = workspace.key('sk-proj-', 'u', 100);
    const filler = 'var a=1,b="x";'.repeat(70000);
    const text = `${filler}var k="${key}";${filler}`;
    const uri = workspace.uri('bundle.min.js');
    await client.open(uri, 'javascript', text);
    const [diagnostic] = await client.waitForDiagnostics(uri, 'the finding in the minified line', (d) => d.length === 1, 10000);
    assert.deepEqual(diagnostic.range, rangeOf(text, key));
  });
});
