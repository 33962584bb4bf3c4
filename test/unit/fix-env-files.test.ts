// The file side of "Move to environment variable": .env.example, .env and .gitignore edits.

import * as assert from 'node:assert/strict';
import { planMoveToEnv, type MoveToEnvPlan, type WorkspaceFilesState } from '../../shared/fix';
import { formatEnvValue, parseEnvValue } from '../../shared/fix/envFiles';
import {
  NO_FILES,
  assertAbsent,
  assertText,
  fileAfter,
  fileEdit,
  findingFor,
  generatedKey,
  openAiKey,
  sourceAfter,
} from './fix-support';

function jsPlan(key: string, files: Partial<WorkspaceFilesState>, writeDotEnv = true, eol = '\n'): { plan: MoveToEnvPlan; text: string } {
  const text = `const key = "${key}";${eol}`;
  const plan = planMoveToEnv({
    text,
    languageId: 'javascript',
    finding: findingFor(text, key, 'OPENAI_API_KEY', `"${key}"`),
    writeDotEnv,
    files: { ...NO_FILES, ...files },
  });
  if (!plan) throw new Error('no plan');
  return { plan, text };
}

describe('fix: .env.example', () => {
  it('is created with NAME= and never a value', () => {
    const key = openAiKey(40);
    const { plan } = jsPlan(key, {});
    const edit = fileEdit(plan, '.env.example');
    assert.equal(edit?.create, true);
    assertText(fileAfter(plan, '.env.example', undefined), 'OPENAI_API_KEY=\n');
  });

  it('keeps comments, CRLF endings and appends with CRLF', () => {
    const key = openAiKey(41);
    const example = '# Copy to .env\r\nPORT=\r\n';
    const { plan } = jsPlan(key, { dotEnvExample: example });
    assert.equal(fileEdit(plan, '.env.example')?.create, false);
    assertText(fileAfter(plan, '.env.example', example), '# Copy to .env\r\nPORT=\r\nOPENAI_API_KEY=\r\n');
  });

  it('adds the newline first and keeps the missing final newline', () => {
    const key = openAiKey(42);
    const example = 'PORT=8080';
    const { plan } = jsPlan(key, { dotEnvExample: example });
    assertText(fileAfter(plan, '.env.example', example), 'PORT=8080\nOPENAI_API_KEY=');
  });

  for (const existing of ['OPENAI_API_KEY=', 'export OPENAI_API_KEY=', 'OPENAI_API_KEY = ', '  OPENAI_API_KEY=your-key-here']) {
    it(`is left alone when it already has "${existing.trim()}"`, () => {
      const key = openAiKey(43);
      const { plan } = jsPlan(key, { dotEnvExample: `${existing}\n` });
      assertAbsent(fileEdit(plan, '.env.example'));
      assertText(plan.envVar, 'OPENAI_API_KEY');
    });
  }

  it('uses the source document line ending when the file is new', () => {
    const key = openAiKey(44);
    const { plan } = jsPlan(key, {}, true, '\r\n');
    assertText(fileAfter(plan, '.env.example', undefined), 'OPENAI_API_KEY=\r\n');
    assertText(fileAfter(plan, '.env', undefined), `OPENAI_API_KEY=${key}\r\n`);
  });
});

describe('fix: .env', () => {
  it('gets NAME=value so the application keeps working', () => {
    const key = openAiKey(50);
    const { plan } = jsPlan(key, {});
    assert.equal(fileEdit(plan, '.env')?.create, true);
    assertText(fileAfter(plan, '.env', undefined), `OPENAI_API_KEY=${key}\n`);
  });

  it('is not touched when writeDotEnv is off (and .gitignore gets no .env line)', () => {
    const key = openAiKey(51);
    const { plan } = jsPlan(key, {}, false);
    assertAbsent(fileEdit(plan, '.env'));
    assertAbsent(fileEdit(plan, '.gitignore'));
    assert.ok(fileEdit(plan, '.env.example'));
  });

  it('keeps comments, CRLF and a missing final newline', () => {
    const key = openAiKey(52);
    const dotEnv = '# local settings\r\nPORT=8080 # web\r\nDEBUG=1';
    const { plan } = jsPlan(key, { dotEnv });
    assertText(fileAfter(plan, '.env', dotEnv), `# local settings\r\nPORT=8080 # web\r\nDEBUG=1\r\nOPENAI_API_KEY=${key}`);
  });

  it('reuses NAME without a duplicate line when .env already holds the same value', () => {
    const key = openAiKey(53);
    for (const dotEnv of [`OPENAI_API_KEY=${key}\n`, `export OPENAI_API_KEY="${key}" # prod\n`, `OPENAI_API_KEY = '${key}'\n`]) {
      const { plan, text } = jsPlan(key, { dotEnv });
      assertText(plan.envVar, 'OPENAI_API_KEY');
      assertAbsent(fileEdit(plan, '.env'));
      assertText(sourceAfter(text, plan), 'const key = process.env.OPENAI_API_KEY;\n');
    }
  });

  it('picks a free name when .env has NAME with a different value (free in .env and .env.example)', () => {
    const key = openAiKey(54);
    const other = openAiKey(55);
    const dotEnv = `OPENAI_API_KEY=${other}\n`;
    const dotEnvExample = 'OPENAI_API_KEY=\nOPENAI_API_KEY_2=\n';
    const { plan, text } = jsPlan(key, { dotEnv, dotEnvExample });
    assertText(plan.envVar, 'OPENAI_API_KEY_3');
    assertText(fileAfter(plan, '.env', dotEnv), `OPENAI_API_KEY=${other}\nOPENAI_API_KEY_3=${key}\n`);
    assertText(fileAfter(plan, '.env.example', dotEnvExample), 'OPENAI_API_KEY=\nOPENAI_API_KEY_2=\nOPENAI_API_KEY_3=\n');
    assertText(sourceAfter(text, plan), 'const key = process.env.OPENAI_API_KEY_3;\n');
  });

  it('reuses an earlier free name that already holds this value', () => {
    const key = openAiKey(56);
    const dotEnv = `OPENAI_API_KEY=${openAiKey(57)}\nOPENAI_API_KEY_2=${key}\n`;
    const { plan } = jsPlan(key, { dotEnv, dotEnvExample: 'OPENAI_API_KEY_2=\n' });
    assertText(plan.envVar, 'OPENAI_API_KEY_2');
    assertAbsent(fileEdit(plan, '.env'));
    assertAbsent(fileEdit(plan, '.env.example'));
  });

  it('avoids a NAME whose .env value differs even when .env is not written (it would be loaded at run time)', () => {
    const key = openAiKey(58);
    const { plan } = jsPlan(key, { dotEnv: `OPENAI_API_KEY=${openAiKey(59)}\n` }, false);
    assertText(plan.envVar, 'OPENAI_API_KEY_2');
  });

  it('quotes values with spaces, # or quotes and writes PEM keys on one double-quoted line', () => {
    assertText(formatEnvValue('plain-Value_1/+='), 'plain-Value_1/+=');
    assertText(formatEnvValue('has space'), '"has space"');
    assertText(formatEnvValue('a#b'), '"a#b"');
    assertText(formatEnvValue('say "hi"'), '"say \\"hi\\""');
    assertText(formatEnvValue('pa$$word'), "'pa$$word'");
    const pem = `-----BEGIN PRIVATE KEY-----\n${generatedKey('MII', 'b', 40, 60)}\n-----END PRIVATE KEY-----\n`;
    const line = formatEnvValue(pem);
    assert.ok(!line.includes('\n'));
    assert.ok(line.startsWith('"-----BEGIN PRIVATE KEY-----\\n'));
    for (const value of ['plain', 'has space', 'a#b', 'say "hi"', "it's", 'pa$$word', pem, 'back\\slash "q"']) {
      assertText(parseEnvValue(formatEnvValue(value)), value, 'round trip');
    }
  });
});

describe('fix: .gitignore', () => {
  it('gets .env in a git repository that does not ignore it yet (existing lines and no final newline kept)', () => {
    const key = openAiKey(70);
    const gitignore = 'node_modules/\ndist';
    const { plan } = jsPlan(key, { gitignore });
    assertText(fileAfter(plan, '.gitignore', gitignore), 'node_modules/\ndist\n.env');
  });

  it('is left alone when git already ignores .env', () => {
    const key = openAiKey(71);
    const { plan } = jsPlan(key, { gitignore: 'secrets/\n', dotEnvIgnoredByGit: true });
    assertAbsent(fileEdit(plan, '.gitignore'));
  });

  it('is created with .env in a folder that is not a git repository', () => {
    const key = openAiKey(72);
    const { plan } = jsPlan(key, { isGitRepository: false });
    const edit = fileEdit(plan, '.gitignore');
    assert.equal(edit?.create, true);
    assertText(fileAfter(plan, '.gitignore', undefined), '.env\n');
  });

  it('is not changed in a non-repository folder whose .gitignore already lists .env', () => {
    const key = openAiKey(73);
    const { plan } = jsPlan(key, { isGitRepository: false, gitignore: '# local\r\n.env\r\n' });
    assertAbsent(fileEdit(plan, '.gitignore'));
  });

  it('gets !.env.example when an existing .env* pattern would ignore the example (CRLF kept)', () => {
    const key = openAiKey(74);
    const gitignore = 'node_modules\r\n.env*\r\n';
    const { plan } = jsPlan(key, { gitignore, dotEnvIgnoredByGit: true, dotEnvExampleIgnoredByGit: true });
    assertText(fileAfter(plan, '.gitignore', gitignore), 'node_modules\r\n.env*\r\n!.env.example\r\n');
  });

  it('gets !.env.example even without writing .env, and not twice', () => {
    const key = openAiKey(75);
    const { plan } = jsPlan(key, { gitignore: '.env.*\n' }, false);
    assertText(fileAfter(plan, '.gitignore', '.env.*\n'), '.env.*\n!.env.example\n');
    const { plan: again } = jsPlan(key, { gitignore: '.env.*\n!.env.example\n' }, false);
    assertAbsent(fileEdit(again, '.gitignore'));
  });

  it('un-ignores .env.example when git ignores it through another source (info/exclude, parent folder)', () => {
    const key = openAiKey(76);
    const { plan } = jsPlan(key, { gitignore: '', dotEnvIgnoredByGit: true, dotEnvExampleIgnoredByGit: true });
    assertText(fileAfter(plan, '.gitignore', ''), '!.env.example\n');
  });
});
