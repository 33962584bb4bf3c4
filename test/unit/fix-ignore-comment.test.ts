// "Ignore this secret": where the keyguard:allow marker goes in each language.

import * as assert from 'node:assert/strict';
import { applyTextEdits, planIgnoreComment } from '../../shared/fix';
import { MarkerCheck } from '../../shared/inlineIgnore';
import type { Finding } from '../../shared/types';
import {
  assertAbsent,
  assertParsesAsJavaScript,
  assertParsesAsPython,
  assertParsesAsTypeScript,
  assertText,
  findingFor,
  generatedKey,
  openAiKey,
} from './fix-support';

function ignored(text: string, languageId: string, finding: Finding): string {
  const edits = planIgnoreComment(text, languageId, finding);
  if (!edits) throw new Error(`no ignore edit for ${languageId}`);
  const after = applyTextEdits(text, edits);
  // The scanner must honour the marker where the planner put it.
  const shift = after.indexOf(text.slice(finding.literalRange.start, finding.literalRange.end)) - finding.literalRange.start;
  assert.ok(new MarkerCheck(after).suppresses(finding.literalRange.start + shift), 'marker is honoured by the scanner');
  return after;
}

describe('fix: ignore comment', () => {
  it('JS: trailing // keyguard:allow on the same line, after trailing whitespace is skipped', () => {
    const key = openAiKey(80);
    const text = `const a = 1;\nconst key = "${key}";   \nmore();\n`;
    const after = ignored(text, 'javascript', findingFor(text, key, 'X', `"${key}"`));
    assertText(after, `const a = 1;\nconst key = "${key}"; // keyguard:allow   \nmore();\n`);
    assertParsesAsJavaScript(after);
  });

  it('JS: next-line marker above a line that ends inside a template literal', () => {
    const key = openAiKey(81);
    const text = `function f() {\n  const prompt = \`use ${key}\n  for the call\`;\n}\n`;
    const after = ignored(text, 'javascript', findingFor(text, key, 'X'));
    assertText(after, `function f() {\n  // keyguard:allow-next-line\n  const prompt = \`use ${key}\n  for the call\`;\n}\n`);
    assertParsesAsJavaScript(after);
  });

  it('JS: a line that starts inside a template literal but closes it takes a trailing comment', () => {
    const key = openAiKey(82);
    const text = `const s = \`header\n${key}\`;\n`;
    const after = ignored(text, 'javascript', findingFor(text, key, 'X'));
    assertText(after, `const s = \`header\n${key}\`; // keyguard:allow\n`);
    assertParsesAsJavaScript(after);
  });

  it('JS: a regex literal with a quote does not confuse the string tracking', () => {
    const key = openAiKey(83);
    const text = `const re = /"/g;\nconst key = "${key}";\n`;
    const after = ignored(text, 'javascript', findingFor(text, key, 'X', `"${key}"`));
    assert.ok(after.includes(`"${key}"; // keyguard:allow\n`));
  });

  it('TSX: a JSX attribute gets a block comment right after the value', () => {
    const key = openAiKey(84);
    const text = `export const A = () => <Provider apiKey="${key}" region="eu" />;\n`;
    const after = ignored(text, 'typescriptreact', findingFor(text, key, 'X', `"${key}"`));
    assert.ok(after.includes(`apiKey="${key}" /* keyguard:allow */ region="eu" />;`));
    assertParsesAsTypeScript(after, 'a.tsx');
  });

  it('TSX: a bare secret in JSX text gets {/* keyguard:allow */} right after it, inside the element', () => {
    const key = openAiKey(97);
    const text = `export const Help = () => (\n  <p>Your key: ${key}</p>\n);\n`;
    const after = ignored(text, 'typescriptreact', findingFor(text, key, 'X'));
    assertText(after, `export const Help = () => (\n  <p>Your key: ${key} {/* keyguard:allow */}</p>\n);\n`);
    assertParsesAsTypeScript(after, 'help.tsx');
  });

  it('Python: trailing # keyguard:allow two spaces after the code (PEP 8); next-line above a multi-line PEM finding with the same indentation', () => {
    const key = openAiKey(85);
    const simple = `def f():\n    return "${key}"\n`;
    const after = ignored(simple, 'python', findingFor(simple, key, 'X', `"${key}"`));
    assertText(after, `def f():\n    return "${key}"  # keyguard:allow\n`);
    assertParsesAsPython(after);

    const body = generatedKey('MIIE', 'b', 64, 86);
    const literal = `"""-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----"""`;
    const pem = `class C:\n    KEY = ${literal}\n`;
    const pemAfter = ignored(pem, 'python', findingFor(pem, literal.slice(3, -3), 'X', literal));
    assertText(pemAfter, `class C:\n    # keyguard:allow-next-line\n    KEY = ${literal}\n`);
    assertParsesAsPython(pemAfter);
  });

  it('Python: next-line marker for a secret on the first line of a triple-quoted string', () => {
    const key = openAiKey(87);
    const text = `HELP = """key: ${key}\nmore text\n"""\n`;
    const after = ignored(text, 'python', findingFor(text, key, 'X'));
    assert.ok(after.startsWith('# keyguard:allow-next-line\nHELP = """'));
    assertParsesAsPython(after);
  });

  it('dotenv and properties: always the next-line marker (a trailing comment could become part of the value)', () => {
    const key = openAiKey(88);
    const dotEnv = `PORT=1\r\nOPENAI_API_KEY=${key}\r\n`;
    assertText(
      ignored(dotEnv, 'dotenv', findingFor(dotEnv, key, 'X')),
      `PORT=1\r\n# keyguard:allow-next-line\r\nOPENAI_API_KEY=${key}\r\n`,
    );
    const properties = `api.key=${key}`;
    assertText(ignored(properties, 'properties', findingFor(properties, key, 'X')), `# keyguard:allow-next-line\napi.key=${key}`);
    const ini = `[api]\nkey = ${key}\n`;
    assertText(ignored(ini, 'ini', findingFor(ini, key, 'X')), `[api]\n; keyguard:allow-next-line\nkey = ${key}\n`);
  });

  it('YAML: trailing comment for a plain value, next-line inside a block scalar', () => {
    const key = openAiKey(89);
    const plain = `env:\n  OPENAI_API_KEY: ${key}\n`;
    assertText(ignored(plain, 'yaml', findingFor(plain, key, 'X')), `env:\n  OPENAI_API_KEY: ${key} # keyguard:allow\n`);
    const block = `steps:\n  - run: |\n      echo start\n      export OPENAI_API_KEY=${key}\n`;
    assertText(
      ignored(block, 'yaml', findingFor(block, key, 'X')),
      `steps:\n  - run: |\n      echo start\n      # keyguard:allow-next-line\n      export OPENAI_API_KEY=${key}\n`,
    );
  });

  it('YAML: an apostrophe in a plain scalar does not open a string', () => {
    const key = openAiKey(90);
    const text = `note: it's here\ntoken: ${key}\n`;
    assertText(ignored(text, 'yaml', findingFor(text, key, 'X')), `note: it's here\ntoken: ${key} # keyguard:allow\n`);
  });

  it('shell: next-line inside a heredoc body, trailing comment otherwise', () => {
    const key = openAiKey(91);
    const heredoc = `cat > .netrc <<EOF\npassword ${key}\nEOF\n`;
    assertText(ignored(heredoc, 'shellscript', findingFor(heredoc, key, 'X')), `cat > .netrc <<EOF\n# keyguard:allow-next-line\npassword ${key}\nEOF\n`);
    const plain = `export TOKEN=${key}\n`;
    assertText(ignored(plain, 'shellscript', findingFor(plain, key, 'X')), `export TOKEN=${key} # keyguard:allow\n`);
  });

  it('Dockerfile: next-line (a # after a value is not a comment there)', () => {
    const key = openAiKey(92);
    const text = `FROM node:20\nENV OPENAI_API_KEY=${key}\n`;
    assertText(ignored(text, 'dockerfile', findingFor(text, key, 'X')), `FROM node:20\n# keyguard:allow-next-line\nENV OPENAI_API_KEY=${key}\n`);
  });

  it('JSONC uses //; plain JSON and plaintext get no ignore action', () => {
    const key = openAiKey(93);
    const text = `{\n  "apiKey": "${key}"\n}\n`;
    const finding = findingFor(text, key, 'X', `"${key}"`);
    assertText(ignored(text, 'jsonc', finding), `{\n  "apiKey": "${key}" // keyguard:allow\n}\n`);
    assertAbsent(planIgnoreComment(text, 'json', finding));
    assertAbsent(planIgnoreComment(text, 'plaintext', finding));
  });

  it('Markdown and HTML use <!-- --> block comments; SQL uses --', () => {
    const key = openAiKey(94);
    const md = `Set the key: ${key}\n`;
    assertText(ignored(md, 'markdown', findingFor(md, key, 'X')), `Set the key: ${key} <!-- keyguard:allow -->\n`);
    const sql = `INSERT INTO keys VALUES ('${key}');\n`;
    assertText(ignored(sql, 'sql', findingFor(sql, key, 'X', `'${key}'`)), `INSERT INTO keys VALUES ('${key}'); -- keyguard:allow\n`);
  });

  it('a line ending in a backslash continuation gets the marker above', () => {
    const key = openAiKey(95);
    const text = `curl -u "${key}" \\\n  https://api.example.com\n`;
    assertText(
      ignored(text, 'shellscript', findingFor(text, key, 'X', `"${key}"`)),
      `# keyguard:allow-next-line\ncurl -u "${key}" \\\n  https://api.example.com\n`,
    );
  });

  it('a multi-line PEM finding in a .pem-like text file with no comment syntax gets nothing', () => {
    const body = generatedKey('MIIE', 'b', 64, 96);
    const text = `-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----\n`;
    assertAbsent(planIgnoreComment(text, 'plaintext', findingFor(text, text.trimEnd(), 'X')));
  });
});
