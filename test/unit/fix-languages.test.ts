// Every row of the language table works: its ignore comment is honoured, its move removes the secret.

import * as assert from 'node:assert/strict';
import { LANGUAGES, applyTextEdits, planIgnoreComment, planMoveToEnv } from '../../shared/fix';
import { MarkerCheck } from '../../shared/inlineIgnore';
import { NO_FILES, assertAbsent, findingFor, openAiKey } from './fix-support';

const REQUIRED = [
  'javascript', 'typescript', 'javascriptreact', 'typescriptreact', 'python', 'go', 'java', 'csharp', 'ruby', 'php',
  'rust', 'shellscript', 'yaml', 'dockercompose', 'toml', 'dotenv', 'properties', 'ini', 'jsonc', 'markdown', 'html',
  'xml', 'terraform', 'hcl', 'dockerfile', 'sql', 'c', 'cpp', 'kotlin', 'swift', 'powershell', 'lua',
];
const MOVABLE = ['javascript', 'typescript', 'javascriptreact', 'typescriptreact', 'python', 'go', 'java', 'csharp', 'ruby', 'php', 'kotlin', 'lua', 'powershell', 'shellscript', 'yaml', 'dockercompose'];

describe('fix: language table', () => {
  it('has a row for every language the spec lists', () => {
    const missing = REQUIRED.filter((id) => !(id in LANGUAGES));
    assert.deepEqual(missing, []);
  });

  it('has no row for json and plaintext (no comment syntax): no ignore action there', () => {
    const key = openAiKey(120);
    const text = `"${key}"\n`;
    for (const languageId of ['json', 'plaintext', 'no-such-language', 'toString']) {
      assertAbsent(planIgnoreComment(text, languageId, findingFor(text, key, 'X', `"${key}"`)), languageId);
    }
  });

  for (const languageId of Object.keys(LANGUAGES)) {
    it(`${languageId}: the ignore comment is honoured by the scanner and keeps the line's value`, () => {
      const key = openAiKey(121);
      const text = `first = 1\nsecret = "${key}"\nlast = 2\n`;
      const finding = findingFor(text, key, 'X', `"${key}"`);
      const edits = planIgnoreComment(text, languageId, finding);
      assert.ok(edits && edits.length > 0, 'an edit is planned');
      const after = applyTextEdits(text, edits);
      const literalStart = after.indexOf(`"${key}"`);
      assert.ok(new MarkerCheck(after).suppresses(literalStart), 'marker honoured');
      assert.ok(after.includes(`secret = "${key}"`), 'the value is untouched');
    });
  }

  for (const languageId of MOVABLE) {
    it(`${languageId}: moving a quoted literal removes the secret from the source`, () => {
      const key = openAiKey(122);
      const text = `secret = "${key}"\n`;
      const plan = planMoveToEnv({ text, languageId, finding: findingFor(text, key, 'OPENAI_API_KEY', `"${key}"`), writeDotEnv: false, files: NO_FILES });
      assert.ok(plan, 'a plan is offered');
      const after = applyTextEdits(text, plan.sourceEdits);
      assert.ok(!after.includes(key), 'secret removed');
      assert.ok(after.includes('OPENAI_API_KEY'), 'lookup names the variable');
    });
  }
});
