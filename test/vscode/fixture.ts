// The fixture workspace of the in-editor suite and the UI test. Keys are generated from the detectors'
// own example templates with fixed seeds, so the runner that writes the files and the suite that checks
// them compute the same values, and no key-shaped literal is ever committed.
import { catalog } from '../../shared/detectors';
import { expandExample } from '../../shared/testing/synthetic';

/** A key-shaped value that the detector `ruleId` reports, built from its first positive example. */
export function keyFor(ruleId: string, seed: number): string {
  const detector = catalog.find((candidate) => candidate.id === ruleId);
  if (!detector) throw new Error(`no detector with id ${ruleId}`);
  const { text, secrets } = expandExample(detector.examples.positive[0], seed);
  if (secrets.length !== 1) throw new Error(`the first example of ${ruleId} should hold exactly one generated value`);
  return text.slice(secrets[0].start, secrets[0].end);
}

export const KEYS = {
  /** src/app.py */
  openai: keyFor('openai-api-key', 101),
  /** src/client.ts */
  anthropic: keyFor('anthropic-api-key', 102),
  /** src/fix_me.py, fixed by the quick-fix test */
  openaiToFix: keyFor('openai-api-key', 103),
  /** src/unopened.py: only the workspace scan sees it */
  github: keyFor('github-token', 104),
  /** build/generated.py: ignored by .gitignore */
  ignored: keyFor('github-token', 105),
  /** vendor/lib.py: excluded by keyguard.exclude */
  excluded: keyFor('github-token', 106),
  /** notebook cell, created by the notebook test */
  notebook: keyFor('openai-api-key', 107),
  /** tests/test_chat.py: a test folder, for keyguard.testFolderSeverity */
  inTestFolder: keyFor('anthropic-api-key', 109),
  /** src/ui_demo.py, fixed by the UI test */
  uiDemo: keyFor('openai-api-key', 108),
} as const;

/** Lines the detectors must leave alone (placeholders and environment lookups). */
export const PLACEHOLDER_MARK = 'placeholder:';

export const FIXTURE_FILES: Readonly<Record<string, string>> = {
  '.gitignore': 'build/\n',
  '.vscode/settings.json': `${JSON.stringify(
    { 'keyguard.exclude': ['**/node_modules/**', '**/.venv/**', '**/venv/**', '**/__pycache__/**', '**/vendor/**'] },
    null,
    2,
  )}\n`,
  'src/app.py': [
    '"""Chat service."""',
    'import os',
    '',
    'from openai import OpenAI',
    '',
    `client = OpenAI(api_key="${KEYS.openai}")`,
    `fallback = OpenAI(api_key="sk-proj-...")  # ${PLACEHOLDER_MARK} elided`,
    `template = "<YOUR_API_KEY>"  # ${PLACEHOLDER_MARK} template`,
    `from_env = os.environ["OPENAI_API_KEY"]  # ${PLACEHOLDER_MARK} env lookup`,
    '',
  ].join('\n'),
  'src/client.ts': [
    "import Anthropic from '@anthropic-ai/sdk';",
    '',
    `export const anthropic = new Anthropic({ apiKey: '${KEYS.anthropic}' });`,
    `export const example = new Anthropic({ apiKey: 'your-api-key-here' }); // ${PLACEHOLDER_MARK} sample`,
    `export const configured = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY }); // ${PLACEHOLDER_MARK} env`,
    `export const templated = \`\${process.env.ANTHROPIC_API_KEY}\`; // ${PLACEHOLDER_MARK} template`,
    '',
  ].join('\n'),
  'src/fix_me.py': [
    '"""Summarises support tickets."""',
    'from __future__ import annotations',
    '',
    'from openai import OpenAI',
    '',
    `client = OpenAI(api_key="${KEYS.openaiToFix}")`,
    '',
  ].join('\n'),
  'src/ui_demo.py': [
    'from openai import OpenAI',
    '',
    `client = OpenAI(api_key="${KEYS.uiDemo}")`,
    '',
    'reply = client.responses.create(model="gpt-5", input="Hello")',
    'print(reply.output_text)',
    '',
  ].join('\n'),
  'tests/test_chat.py': ['import anthropic', '', `CLIENT = anthropic.Anthropic(api_key="${KEYS.inTestFolder}")`, ''].join('\n'),
  'src/unopened.py': ['import requests', '', `GITHUB_TOKEN = "${KEYS.github}"`, ''].join('\n'),
  'build/generated.py': `TOKEN = "${KEYS.ignored}"\n`,
  'vendor/lib.py': `TOKEN = "${KEYS.excluded}"\n`,
};
