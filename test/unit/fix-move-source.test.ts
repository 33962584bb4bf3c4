// The source side of "Move to environment variable": each language's lookup, imports, and valid syntax after.

import * as assert from 'node:assert/strict';
import { planMoveToEnv, type MoveToEnvPlan } from '../../shared/fix';
import {
  NO_FILES,
  assertAbsent,
  assertParsesAsJavaScript,
  assertParsesAsPython,
  assertParsesAsTypeScript,
  assertText,
  fileAfter,
  findingFor,
  generatedKey,
  openAiKey,
  pythonStringValue,
  sourceAfter,
  toolAvailable,
  assertToolAccepts,
} from './fix-support';
import { skipBecause } from '../support/skip';

function plan(text: string, languageId: string, value: string, literal: string, envVar = 'OPENAI_API_KEY'): MoveToEnvPlan {
  const result = planMoveToEnv({ text, languageId, finding: findingFor(text, value, envVar, literal), writeDotEnv: true, files: NO_FILES });
  if (!result) throw new Error(`no plan for ${languageId}`);
  return result;
}

function dotEnvAfter(result: MoveToEnvPlan): string | undefined {
  return fileAfter(result, '.env', undefined);
}

describe('fix: move to env, JavaScript and TypeScript', () => {
  it('replaces a double-quoted JS literal with process.env.NAME and the result parses', () => {
    const key = openAiKey(1);
    const text = `import OpenAI from "openai";\nconst client = new OpenAI({ apiKey: "${key}" });\n`;
    const result = plan(text, 'javascript', key, `"${key}"`);
    const after = sourceAfter(text, result);
    assertText(after, 'import OpenAI from "openai";\nconst client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n');
    assertParsesAsJavaScript(after);
    assertText(result.envVar, 'OPENAI_API_KEY');
  });

  it('replaces single-quoted and template literals in TypeScript and the result parses', () => {
    const key = openAiKey(2);
    const text = `const a: string | undefined = '${key}';\nexport const b = \`${key}\`;\n`;
    const first = plan(text, 'typescript', key, `'${key}'`);
    const once = sourceAfter(text, first);
    assert.ok(once.startsWith('const a: string | undefined = process.env.OPENAI_API_KEY;'));
    const second = plan(once, 'typescript', key, `\`${key}\``);
    const twice = sourceAfter(once, second);
    assert.ok(!twice.includes(key));
    assertParsesAsTypeScript(twice);
  });

  it('wraps the lookup in braces for a JSX attribute value (TSX parses)', () => {
    const key = openAiKey(3);
    const text = `export const App = () => (\n  <Provider\n    region="eu"\n    apiKey="${key}"\n  />\n);\n`;
    const after = sourceAfter(text, plan(text, 'typescriptreact', key, `"${key}"`));
    assert.ok(after.includes('apiKey={process.env.OPENAI_API_KEY}'));
    assertParsesAsTypeScript(after, 'app.tsx');
  });

  it('does not treat an ordinary assignment as a JSX attribute', () => {
    const key = openAiKey(4);
    const text = `let x;\nx="${key}";\n`;
    const after = sourceAfter(text, plan(text, 'javascriptreact', key, `"${key}"`));
    assertText(after, 'let x;\nx=process.env.OPENAI_API_KEY;\n');
  });

  it('turns a literal used as an object key into a computed key', () => {
    const key = openAiKey(8);
    const text = `const limits = { "${key}": 10, other: 1 };\n`;
    const after = sourceAfter(text, plan(text, 'javascript', key, `"${key}"`));
    assertText(after, 'const limits = { [process.env.OPENAI_API_KEY]: 10, other: 1 };\n');
    assertParsesAsJavaScript(after);
  });

  it('writes the run-time value of an escaped PEM string to .env, not its source escapes', () => {
    const body = generatedKey('MIIE', 'b', 60, 5);
    const text = `const pem = "-----BEGIN PRIVATE KEY-----\\n${body}\\n-----END PRIVATE KEY-----\\n";\n`;
    const literal = text.slice(text.indexOf('"'), text.lastIndexOf('"') + 1);
    const value = literal.slice(1, -1);
    const result = plan(text, 'javascript', value, literal, 'PRIVATE_KEY');
    assertText(dotEnvAfter(result), `PRIVATE_KEY="-----BEGIN PRIVATE KEY-----\\n${body}\\n-----END PRIVATE KEY-----\\n"\n`);
    assertParsesAsJavaScript(sourceAfter(text, result));
  });

  it('moves the whole URL when the secret is a password inside a longer string', () => {
    const password = generatedKey('', 'a', 20, 6);
    const url = `postgres://app:${password}@db.internal:5432/app`;
    const text = `const db = connect("${url}");\n`;
    const result = plan(text, 'javascript', password, password, 'DATABASE_URL');
    assertText(sourceAfter(text, result), 'const db = connect(process.env.DATABASE_URL);\n');
    assertText(dotEnvAfter(result), `DATABASE_URL=${url}\n`);
  });

  it('offers nothing for a template literal with interpolation (its value is not known statically)', () => {
    const key = openAiKey(7);
    const text = `const h = \`Bearer ${key} for \${user}\`;\n`;
    const finding = findingFor(text, key, 'OPENAI_API_KEY');
    assertAbsent(planMoveToEnv({ text, languageId: 'javascript', finding, writeDotEnv: true, files: NO_FILES }));
  });
});

describe('fix: move to env, Python', () => {
  it('replaces the literal with os.environ["NAME"] and adds import os at the top', () => {
    const key = openAiKey(10);
    const text = `from openai import OpenAI\n\nclient = OpenAI(api_key="${key}")\n`;
    const after = sourceAfter(text, plan(text, 'python', key, `"${key}"`));
    assertText(after, 'import os\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\n');
    assertParsesAsPython(after);
  });

  it('places import os after the shebang, encoding comment, module docstring and __future__ imports', () => {
    const key = openAiKey(11);
    const text = [
      '#!/usr/bin/env python3',
      '# -*- coding: utf-8 -*-',
      '"""Client setup.',
      '',
      'Talks to the API."""',
      'from __future__ import (annotations,',
      '    division)',
      'import sys',
      '',
      `API_KEY = '${key}'`,
      '',
    ].join('\n');
    const after = sourceAfter(text, plan(text, 'python', key, `'${key}'`));
    const lines = after.split('\n');
    assertText(lines[7], 'import os');
    assertText(lines[8], 'import sys');
    assertText(lines[10], 'API_KEY = os.environ["OPENAI_API_KEY"]');
    assertParsesAsPython(after);
  });

  it('places import os after a one-line docstring when the module has no imports', () => {
    const key = openAiKey(12);
    const text = `'''Settings.'''\n\nKEY = "${key}"\n`;
    const after = sourceAfter(text, plan(text, 'python', key, `"${key}"`));
    assertText(after, `'''Settings.'''\nimport os\n\nKEY = os.environ["OPENAI_API_KEY"]\n`);
    assertParsesAsPython(after);
  });

  for (const existing of ['import os', 'import os, sys', 'import sys, os', 'import os.path']) {
    it(`does not add import os when the module has "${existing}"`, () => {
      const key = openAiKey(13);
      const text = `${existing}\nKEY = "${key}"\n`;
      const result = plan(text, 'python', key, `"${key}"`);
      assert.equal(result.sourceEdits.length, 1);
      assertParsesAsPython(sourceAfter(text, result));
    });
  }

  it('still adds import os when the module only has from os import environ', () => {
    const key = openAiKey(14);
    const text = `from os import environ\nKEY = "${key}"\n`;
    const after = sourceAfter(text, plan(text, 'python', key, `"${key}"`));
    assert.ok(after.startsWith('import os\nfrom os import environ\n'));
    assertParsesAsPython(after);
  });

  it('keeps CRLF line endings when adding import os', () => {
    const key = openAiKey(15);
    const text = `import sys\r\nKEY = "${key}"\r\n`;
    const after = sourceAfter(text, plan(text, 'python', key, `"${key}"`));
    assertText(after, 'import os\r\nimport sys\r\nKEY = os.environ["OPENAI_API_KEY"]\r\n');
  });

  it('moves a triple-quoted multi-line PEM key: .env gets the value Python sees, one double-quoted line', () => {
    const body = generatedKey('MIIE', 'b', 64, 16);
    const literal = `"""-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----\n"""`;
    const text = `PRIVATE_KEY = ${literal}\n`;
    const result = plan(text, 'python', literal.slice(3, -3), literal, 'PRIVATE_KEY');
    const dotEnv = dotEnvAfter(result) ?? '';
    assert.equal(dotEnv.split('\n').length, 2, '.env holds the key on one line');
    const written = dotEnv.slice('PRIVATE_KEY='.length).trimEnd();
    assertText(JSON.parse(written), pythonStringValue(literal));
    assertParsesAsPython(sourceAfter(text, result));
  });

  it('keeps a byte order mark first when adding import os, and sees an import os behind it', () => {
    const key = openAiKey(18);
    const text = `\uFEFFimport sys\nKEY = "${key}"\n`;
    const after = sourceAfter(text, plan(text, 'python', key, `"${key}"`));
    assertText(after, '\uFEFFimport os\nimport sys\nKEY = os.environ["OPENAI_API_KEY"]\n');
    const withOs = `\uFEFFimport os\nKEY = "${key}"\n`;
    assert.equal(plan(withOs, 'python', key, `"${key}"`).sourceEdits.length, 1);
  });

  it('offers nothing for one part of an implicitly concatenated string ("a" "b")', () => {
    const key = openAiKey(19);
    const text = `KEY = ("${key}"\n       "suffix")\n`;
    const finding = findingFor(text, key, 'OPENAI_API_KEY', `"${key}"`);
    assertAbsent(planMoveToEnv({ text, languageId: 'python', finding, writeDotEnv: true, files: NO_FILES }));
  });

  it('includes the string prefix in the replaced literal (f-string without braces, raw string)', () => {
    const key = openAiKey(17);
    const text = `a = r"${key}"\n`;
    const after = sourceAfter(text, plan(text, 'python', key, `r"${key}"`));
    assertText(after, 'import os\na = os.environ["OPENAI_API_KEY"]\n');
  });
});

describe('fix: move to env, other languages', () => {
  it('Go: os.Getenv and "os" added to the import block in sorted position', () => {
    const key = openAiKey(20);
    const text = `package main\n\nimport (\n\t"fmt"\n\t"strings"\n)\n\nfunc main() {\n\tkey := "${key}"\n\tfmt.Println(strings.ToUpper(key))\n}\n`;
    const after = sourceAfter(text, plan(text, 'go', key, `"${key}"`));
    assert.ok(after.includes('import (\n\t"fmt"\n\t"os"\n\t"strings"\n)'));
    assert.ok(after.includes('\tkey := os.Getenv("OPENAI_API_KEY")\n'));
  });

  it('Go: adds import "os" after a single-line import, and not at all when os is imported', () => {
    const key = openAiKey(21);
    const single = `package main\n\nimport "fmt"\n\nvar key = "${key}"\n`;
    assertText(
      sourceAfter(single, plan(single, 'go', key, `"${key}"`)),
      'package main\n\nimport "fmt"\nimport "os"\n\nvar key = os.Getenv("OPENAI_API_KEY")\n',
    );
    const already = `package main\n\nimport (\n\t"os"\n)\n\nvar key = "${key}"\n`;
    assert.equal(plan(already, 'go', key, `"${key}"`).sourceEdits.length, 1);
  });

  it('Go: adds an import after the package clause when there is none, and turns a const into a var', () => {
    const key = openAiKey(22);
    const text = `package config\n\nconst APIKey = "${key}"\n`;
    assertText(
      sourceAfter(text, plan(text, 'go', key, `"${key}"`)),
      'package config\n\nimport "os"\n\nvar APIKey = os.Getenv("OPENAI_API_KEY")\n',
    );
  });

  it('Go: offers nothing inside a const ( … ) block, where a call cannot stand', () => {
    const key = openAiKey(23);
    const text = `package config\n\nconst (\n\tRetries = 3\n\tAPIKey = "${key}"\n)\n`;
    const finding = findingFor(text, key, 'OPENAI_API_KEY', `"${key}"`);
    assertAbsent(planMoveToEnv({ text, languageId: 'go', finding, writeDotEnv: true, files: NO_FILES }));
  });

  it('Java: System.getenv', () => {
    const key = openAiKey(24);
    const text = `class C {\n  static final String KEY = "${key}";\n  String header() { return "Bearer " + KEY; }\n}\n`;
    const after = sourceAfter(text, plan(text, 'java', key, `"${key}"`));
    assertText(after, 'class C {\n  static final String KEY = System.getenv("OPENAI_API_KEY");\n  String header() { return "Bearer " + KEY; }\n}\n');
  });

  it('C#: Environment.GetEnvironmentVariable, qualified unless using System is present; nothing for const', () => {
    const key = openAiKey(25);
    const field = `class C {\n  static readonly string Key = "${key}";\n}\n`;
    assert.ok(sourceAfter(field, plan(field, 'csharp', key, `"${key}"`)).includes('Key = System.Environment.GetEnvironmentVariable("OPENAI_API_KEY");'));
    const withUsing = `using System;\n${field}`;
    assert.ok(sourceAfter(withUsing, plan(withUsing, 'csharp', key, `"${key}"`)).includes('Key = Environment.GetEnvironmentVariable("OPENAI_API_KEY");'));
    const constant = `class C {\n  const string Key = "${key}";\n}\n`;
    const finding = findingFor(constant, key, 'OPENAI_API_KEY', `"${key}"`);
    assertAbsent(planMoveToEnv({ text: constant, languageId: 'csharp', finding, writeDotEnv: true, files: NO_FILES }));
  });

  it('offers nothing where only a literal may stand (case labels, annotation and attribute arguments)', () => {
    const key = openAiKey(36);
    const cases: [string, string][] = [
      ['java', `switch (k) {\n  case "${key}": return;\n}\n`],
      ['java', `@Named("${key}")\nclass C {}\n`],
      ['kotlin', `@Named(value = "${key}")\nclass C\n`],
      ['csharp', `[Key("${key}")]\nclass C {}\n`],
      ['python', `match token:\n    case "${key}":\n        pass\n`],
    ];
    for (const [languageId, text] of cases) {
      const finding = findingFor(text, key, 'OPENAI_API_KEY', `"${key}"`);
      assertAbsent(planMoveToEnv({ text, languageId, finding, writeDotEnv: true, files: NO_FILES }), languageId);
    }
  });

  it('Ruby: ENV.fetch; PHP: getenv, but nothing for a class constant', () => {
    const key = openAiKey(26);
    const ruby = `client = OpenAI::Client.new(access_token: '${key}')\n`;
    assertText(sourceAfter(ruby, plan(ruby, 'ruby', key, `'${key}'`)), 'client = OpenAI::Client.new(access_token: ENV.fetch("OPENAI_API_KEY"))\n');
    const php = `<?php\n$client = OpenAI::client('${key}');\n`;
    assertText(sourceAfter(php, plan(php, 'php', key, `'${key}'`)), "<?php\n$client = OpenAI::client(getenv('OPENAI_API_KEY'));\n");
    const constant = `<?php\nclass C {\n  const KEY = '${key}';\n}\n`;
    const finding = findingFor(constant, key, 'OPENAI_API_KEY', `'${key}'`);
    assertAbsent(planMoveToEnv({ text: constant, languageId: 'php', finding, writeDotEnv: true, files: NO_FILES }));
  });

  it('shell: "${NAME}" for unquoted and single-quoted values, ${NAME} inside double quotes', () => {
    const key = openAiKey(27);
    const bare = `export OPENAI_API_KEY=${key}\n`;
    assertText(sourceAfter(bare, plan(bare, 'shellscript', key, key)), 'export OPENAI_API_KEY="${OPENAI_API_KEY}"\n');
    const single = `KEY='${key}'\n`;
    assertText(sourceAfter(single, plan(single, 'shellscript', key, `'${key}'`)), 'KEY="${OPENAI_API_KEY}"\n');
    const inside = `curl -H "Authorization: Bearer ${key}" https://api.example.com\n`;
    assertText(
      sourceAfter(inside, plan(inside, 'shellscript', key, key)),
      'curl -H "Authorization: Bearer ${OPENAI_API_KEY}" https://api.example.com\n',
    );
  });

  it('YAML / compose: ${NAME} in place of the value, quotes and surrounding text kept', () => {
    const key = openAiKey(28);
    const text = `services:\n  app:\n    environment:\n      OPENAI_API_KEY: "${key}"\n      AUTH: Bearer ${key}\n`;
    const after = sourceAfter(text, plan(text, 'dockercompose', key, `"${key}"`));
    assert.ok(after.includes('OPENAI_API_KEY: "${OPENAI_API_KEY}"'));
    const second = plan(after, 'yaml', key, key);
    assert.ok(sourceAfter(after, second).includes('AUTH: Bearer ${OPENAI_API_KEY}'));
  });

  it('Kotlin: System.getenv, dropping const from a const val', () => {
    const key = openAiKey(30);
    const text = `object Config {\n    const val KEY = "${key}"\n}\n`;
    assertText(sourceAfter(text, plan(text, 'kotlin', key, `"${key}"`)), 'object Config {\n    val KEY = System.getenv("OPENAI_API_KEY")\n}\n');
  });

  it('Lua: os.getenv; PowerShell: $env:NAME', () => {
    const key = openAiKey(31);
    const lua = `local key = "${key}"\n`;
    assertText(sourceAfter(lua, plan(lua, 'lua', key, `"${key}"`)), 'local key = os.getenv("OPENAI_API_KEY")\n');
    const ps = `$headers = @{ Authorization = 'Bearer ' + '${key}' }\n`;
    assertText(sourceAfter(ps, plan(ps, 'powershell', key, `'${key}'`)), "$headers = @{ Authorization = 'Bearer ' + $env:OPENAI_API_KEY }\n");
  });

  it('YAML: a PEM key in a literal block scalar moves without the block indentation; a folded one does not move', () => {
    const lines = [generatedKey('MIIE', 'b', 60, 34), generatedKey('', 'b', 60, 35)];
    const pem = ['-----BEGIN PRIVATE KEY-----', ...lines, '-----END PRIVATE KEY-----'];
    const text = `services:\n  app:\n    configs:\n      key: |\n${pem.map((line) => `        ${line}`).join('\n')}\n`;
    const value = pem.join('\n        ');
    const result = plan(text, 'dockercompose', value, value, 'PRIVATE_KEY');
    assertText(sourceAfter(text, result), 'services:\n  app:\n    configs:\n      key: |\n        ${PRIVATE_KEY}\n');
    assertText(fileAfter(result, '.env', undefined), `PRIVATE_KEY="${pem.join('\\n')}"\n`);
    const folded = text.replace('key: |', 'key: >');
    const finding = findingFor(folded, value, 'PRIVATE_KEY');
    assertAbsent(planMoveToEnv({ text: folded, languageId: 'dockercompose', finding, writeDotEnv: true, files: NO_FILES }));
  });

  it('YAML: offers no move in GitHub Actions workflows and Kubernetes manifests (they do not expand ${NAME})', () => {
    const key = openAiKey(32);
    for (const text of [
      `jobs:\n  build:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: ${key}\n`,
      `apiVersion: v1\nkind: Secret\nstringData:\n  token: ${key}\n`,
    ]) {
      const finding = findingFor(text, key, 'OPENAI_API_KEY');
      assertAbsent(planMoveToEnv({ text, languageId: 'yaml', finding, writeDotEnv: true, files: NO_FILES }));
    }
  });

  for (const languageId of ['dotenv', 'properties', 'json', 'plaintext', 'rust', 'toml']) {
    it(`offers no move for ${languageId} (no safe env lookup form)`, () => {
      const key = openAiKey(29);
      const text = `key = "${key}"\n`;
      const finding = findingFor(text, key, 'OPENAI_API_KEY', `"${key}"`);
      assertAbsent(planMoveToEnv({ text, languageId, finding, writeDotEnv: true, files: NO_FILES }));
    });
  }
});

describe('fix: moved code still compiles (real toolchains; skipped where one is not installed)', () => {
  interface CompileCase {
    readonly name: string;
    readonly languageId: string;
    readonly tool: { command: string; versionArgs: string[]; args: (file: string) => string[]; fileName: string };
    readonly source: (key: string) => { text: string; literal: string };
  }
  const go = { command: 'go', versionArgs: ['version'], args: (file: string) => ['build', '-o', 'out.bin', file], fileName: 'main.go' };
  const cases: CompileCase[] = [
    {
      name: 'Go with an import block (go build)',
      languageId: 'go',
      tool: go,
      source: (key) => ({
        text: `package main\n\nimport (\n\t"fmt"\n\t"strings"\n)\n\nfunc main() {\n\tkey := "${key}"\n\tfmt.Println(strings.ToUpper(key))\n}\n`,
        literal: `"${key}"`,
      }),
    },
    {
      name: 'Go with a single-line import and a package-level const (go build)',
      languageId: 'go',
      tool: go,
      source: (key) => ({
        text: `package main\n\nimport "fmt"\n\nconst apiKey = "${key}"\n\nfunc main() { fmt.Println(len(apiKey)) }\n`,
        literal: `"${key}"`,
      }),
    },
    {
      name: 'Go without imports (go build)',
      languageId: 'go',
      tool: go,
      source: (key) => ({ text: `package main\n\nvar apiKey = "${key}"\n\nfunc main() { println(apiKey) }\n`, literal: `"${key}"` }),
    },
    {
      name: 'Java (javac)',
      languageId: 'java',
      tool: { command: 'javac', versionArgs: ['-version'], args: (file) => ['-proc:none', '-d', '.', file], fileName: 'C.java' },
      source: (key) => ({
        text: `class C {\n  static final String KEY = "${key}";\n  String header() { return "Bearer " + KEY; }\n}\n`,
        literal: `"${key}"`,
      }),
    },
    {
      name: 'Ruby (ruby -c)',
      languageId: 'ruby',
      tool: { command: 'ruby', versionArgs: ['--version'], args: (file) => ['-c', file], fileName: 'client.rb' },
      source: (key) => ({ text: `client = Client.new(token: '${key}', retries: 3)\n`, literal: `'${key}'` }),
    },
    {
      name: 'PHP (php -l)',
      languageId: 'php',
      tool: { command: 'php', versionArgs: ['--version'], args: (file) => ['-l', file], fileName: 'client.php' },
      source: (key) => ({ text: `<?php\nfunction client() {\n  return new Client("${key}");\n}\n`, literal: `"${key}"` }),
    },
  ];
  for (const testCase of cases) {
    it(`${testCase.name} accepts the fixed file`, function () {
      this.timeout(60000);
      if (!toolAvailable(testCase.tool.command, testCase.tool.versionArgs)) skipBecause(this, `${testCase.tool.command} is not installed`);
      const key = openAiKey(33);
      const { text, literal } = testCase.source(key);
      const after = sourceAfter(text, plan(text, testCase.languageId, key, literal));
      assert.ok(!after.includes(key));
      assertToolAccepts(testCase.tool.command, testCase.tool.args, testCase.tool.fileName, after);
    });
  }
});
