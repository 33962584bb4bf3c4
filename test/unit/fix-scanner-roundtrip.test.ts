// The planner against the real scanner: its findings' ranges drive the fixes, and after a fix the scan is clean.

import * as assert from 'node:assert/strict';
import { applyTextEdits, planIgnoreComment, planMoveToEnv } from '../../shared/fix';
import { scanText } from '../../shared/scanner';
import {
  NO_FILES,
  assertAbsent,
  assertParsesAsJavaScript,
  assertParsesAsPython,
  assertText,
  fileAfter,
  generatedKey,
} from './fix-support';

interface Sample {
  readonly name: string;
  readonly fileName: string;
  readonly languageId: string;
  readonly text: string;
  readonly parse?: (source: string) => void;
  readonly movable: boolean;
}

function samples(): Sample[] {
  const openAi = generatedKey('sk-proj-', 'a', 48, 101);
  const generic = generatedKey('', 'a', 32, 102);
  const password = generatedKey('', 'a', 20, 103);
  const pem = `-----BEGIN RSA PRIVATE KEY-----\n${generatedKey('MIIE', 'b', 60, 104)}\n${generatedKey('', 'b', 64, 105)}\n-----END RSA PRIVATE KEY-----`;
  return [
    {
      name: 'an OpenAI key in JavaScript',
      fileName: 'client.js',
      languageId: 'javascript',
      text: `const client = new OpenAI({ apiKey: "${openAi}" });\n`,
      parse: (source) => assertParsesAsJavaScript(source),
      movable: true,
    },
    {
      name: 'a generic secret assigned to pineconeKey in JavaScript',
      fileName: 'db.js',
      languageId: 'javascript',
      text: `const pineconeKey = "${generic}";\n`,
      parse: (source) => assertParsesAsJavaScript(source),
      movable: true,
    },
    {
      name: 'a connection URL with a password in Python',
      fileName: 'settings.py',
      languageId: 'python',
      text: `"""Settings."""\nDATABASE = "postgres://app:${password}@db.internal:5432/app"\n`,
      parse: assertParsesAsPython,
      movable: true,
    },
    {
      name: 'a multi-line PEM key in a Python triple-quoted string',
      fileName: 'keys.py',
      languageId: 'python',
      text: `KEY = """${pem}\n"""\n`,
      parse: assertParsesAsPython,
      movable: true,
    },
    { name: 'an OpenAI key in .env', fileName: '.env', languageId: 'dotenv', text: `PORT=1\nOPENAI_API_KEY=${openAi}\n`, movable: false },
  ];
}

describe('fix: planner with real scanner findings', () => {
  for (const sample of samples()) {
    const moveBehaviour = sample.movable
      ? `moves ${sample.name} to the environment and the file scans clean`
      : `offers no move for ${sample.name} (the value already lives in configuration)`;
    it(moveBehaviour, () => {
      const { text, languageId, fileName } = sample;
      const findings = scanText(text, { fileName });
      assert.equal(findings.length, 1, 'the sample has one finding');
      const plan = planMoveToEnv({ text, languageId, finding: findings[0], writeDotEnv: true, files: NO_FILES });
      if (!sample.movable) {
        assertAbsent(plan);
        return;
      }
      assert.ok(plan, 'a plan is offered');
      const after = applyTextEdits(text, plan.sourceEdits);
      assert.deepEqual(scanText(after, { fileName }), [], 'no finding after the fix');
      sample.parse?.(after);
      const dotEnv = fileAfter(plan, '.env', undefined) ?? '';
      assert.ok(dotEnv.startsWith(`${plan.envVar}=`));
      assertText(fileAfter(plan, '.env.example', undefined), `${plan.envVar}=\n`);
    });

    it(`silences ${sample.name} with the ignore comment`, () => {
      const { text, languageId, fileName } = sample;
      const [finding] = scanText(text, { fileName });
      const edits = planIgnoreComment(text, languageId, finding);
      assert.ok(edits, 'an ignore edit is offered');
      const after = applyTextEdits(text, edits);
      assert.deepEqual(scanText(after, { fileName }), [], 'the marker silences the finding');
      sample.parse?.(after);
    });
  }
});
