// formatText, formatJson and toSarif on hand-built results: layout, positions, URIs, fingerprints, no values.

import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type * as Sarif from 'sarif';
import { formatJson, formatText, toSarif, type ScanResults, type ScannedFile } from '../../shared/report/index';
import type { Detector, Finding } from '../../shared/types';
import { assertNoSecret, secretText } from '../support/secrets';

const ROOT = join('/', 'work', 'project');

function finding(text: string, value: string, ruleId: string, description: string, envVar: string, from = 0): Finding {
  const start = text.indexOf(value, from);
  assert.ok(start >= 0);
  return {
    ruleId,
    description,
    family: 'llm',
    valueRange: { start, end: start + value.length },
    literalRange: { start: start - 1, end: start + value.length + 1 },
    preview: `${value.slice(0, value.indexOf('-') + 1)}…${value.slice(-4)}`,
    envVar,
  };
}

function openAiFile(relPath: string, template: string, seed: number): { file: ScannedFile; values: readonly string[] } {
  const { text, values } = secretText(template, seed);
  const findings = values.map((value) => finding(text, value, 'openai-api-key', 'OpenAI API key', 'OPENAI_API_KEY'));
  return { file: { path: join(ROOT, relPath), text, findings }, values };
}

describe('report formats', function () {
  const first = openAiFile('src/b.py', 'import os\nkey = "«sk-proj-|u|60»"\nother = "«sk-proj-|u|60»"\n', 1);
  const second = openAiFile('lib/a.ts', "const k = '«sk-proj-|u|60»';\n", 2);
  const secrets = [...first.values, ...second.values];
  const results: ScanResults = {
    rootDir: ROOT,
    files: [first.file, second.file],
    skipped: [
      { path: join(ROOT, 'logo.png'), reason: 'binary' },
      { path: join(ROOT, 'dump.sql'), reason: 'too-large', detail: '3 MiB exceeds the 1 MiB limit' },
    ],
    filesScanned: 7,
  };

  describe('formatText', function () {
    it('groups findings by relative path in path order with aligned line:column, rule, description and preview', function () {
      const text = formatText(results, { color: false });
      assertNoSecret(text, secrets, 'text report');
      const preview = (value: string) => `sk-…${value.slice(-4)}`;
      assert.equal(
        text,
        [
          'lib/a.ts',
          `  1:12  openai-api-key  OpenAI API key  ${preview(second.values[0])}`,
          '',
          'src/b.py',
          `  2:8   openai-api-key  OpenAI API key  ${preview(first.values[0])}`,
          `  3:10  openai-api-key  OpenAI API key  ${preview(first.values[1])}`,
          '',
          '3 secrets found in 2 files (7 files scanned, 2 skipped: 1 binary, 1 too-large).',
          'Run with --verbose to list the skipped files.',
          '',
        ].join('\n'),
      );
    });

    it('lists skipped files with reason and detail when verbose', function () {
      const text = formatText(results, { color: false, verbose: true });
      assert.match(text, /\nSkipped files\n {2}dump\.sql {2}too-large \(3 MiB exceeds the 1 MiB limit\)\n {2}logo\.png {2}binary\n/);
      assert.doesNotMatch(text, /--verbose/);
    });

    it('uses ANSI colours only when asked', function () {
      assert.doesNotMatch(formatText(results, { color: false }), /\u001b\[/);
      assert.match(formatText(results, { color: true }), /\u001b\[1mlib\/a\.ts\u001b\[0m/);
    });

    it('prints findings only when quiet, and nothing at all for a clean quiet run', function () {
      const quiet = formatText(results, { color: false, quiet: true });
      assert.doesNotMatch(quiet, /secrets found|skipped/);
      assert.equal(formatText({ rootDir: ROOT, files: [], skipped: [], filesScanned: 3 }, { color: false, quiet: true }), '');
    });

    it('says so when nothing is found', function () {
      assert.equal(formatText({ rootDir: ROOT, files: [], skipped: [], filesScanned: 1 }, { color: false }), 'No secrets found (1 file scanned).\n');
    });
  });

  describe('formatJson', function () {
    it('writes version, tool, root, positioned findings, skipped files and a summary', function () {
      const json = formatJson(results);
      assertNoSecret(json, secrets, 'JSON report');
      const report = JSON.parse(json);
      assert.equal(report.version, 1);
      assert.equal(report.root, ROOT);
      assert.deepEqual(report.findings[0], {
        path: 'lib/a.ts',
        ruleId: 'openai-api-key',
        description: 'OpenAI API key',
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 12 + second.values[0].length,
        preview: `sk-…${second.values[0].slice(-4)}`,
        envVar: 'OPENAI_API_KEY',
      });
      assert.deepEqual(report.skipped, [
        { path: 'dump.sql', reason: 'too-large', detail: '3 MiB exceeds the 1 MiB limit' },
        { path: 'logo.png', reason: 'binary' },
      ]);
      assert.deepEqual(report.summary, { filesScanned: 7, filesWithFindings: 2, findings: 3, filesSkipped: 2, skippedByReason: { binary: 1, 'too-large': 1 } });
    });
  });

  describe('toSarif', function () {
    const detector = (id: string): Detector => ({
      id,
      description: id,
      family: 'llm',
      keywords: [],
      pattern: /(?<secret>x)/,
      envVar: 'X',
      examples: { positive: [], negative: [] },
    });

    it('lists the catalog as rules in order and points each result at its rule', function () {
      const log = toSarif(results, { rootDir: ROOT, detectors: [detector('aaa-key'), detector('openai-api-key')] });
      const run = log.runs[0];
      assert.deepEqual(run.tool.driver.rules?.map((rule) => rule.id), ['aaa-key', 'openai-api-key']);
      assert.deepEqual(run.results?.map((result) => result.ruleIndex), [1, 1, 1]);
    });

    it('adds rules seen only in findings', function () {
      const log = toSarif(results, { rootDir: ROOT });
      assert.deepEqual(log.runs[0].tool.driver.rules?.map((rule) => [rule.id, rule.name]), [['openai-api-key', 'OpenaiApiKey']]);
    });

    it('never writes a value, a preview or the bare hash of a value', function () {
      const sarif = JSON.stringify(toSarif(results, { rootDir: ROOT }));
      assertNoSecret(sarif, secrets, 'SARIF log');
      for (const value of secrets) {
        assert.ok(!sarif.includes(value.slice(-4) + '"'), 'no preview');
        assert.ok(!sarif.includes(createHash('sha256').update(value).digest('hex')), 'no bare value hash');
      }
    });

    it('encodes relative URIs and uses absolute file URIs outside the root', function () {
      const odd = openAiFile('docs/my notes#1.md', 'token: «sk-proj-|u|60»\n', 3);
      const outside: ScannedFile = { ...second.file, path: join('/', 'elsewhere', 'x.ts') };
      const log = toSarif({ rootDir: ROOT, files: [odd.file, outside], skipped: [], filesScanned: 2 }, { rootDir: ROOT });
      const locations = log.runs[0].results?.map((result) => result.locations?.[0]?.physicalLocation?.artifactLocation);
      assert.deepEqual(locations, [{ uri: 'file:///elsewhere/x.ts' }, { uri: 'docs/my%20notes%231.md', uriBaseId: '%SRCROOT%' }]);
    });

    it('spans lines for a multi-line value with an exclusive end column', function () {
      const text = 'key = """\nAAAA\nBBBBBB\n"""\n';
      const value = 'AAAA\nBBBBBB';
      const file: ScannedFile = { path: join(ROOT, 'k.py'), text, findings: [finding(text, value, 'private-key', 'Private key', 'PRIVATE_KEY')] };
      const region = toSarif({ rootDir: ROOT, files: [file], skipped: [], filesScanned: 1 }, { rootDir: ROOT }).runs[0].results?.[0]
        ?.locations?.[0]?.physicalLocation?.region as Sarif.Region;
      assert.deepEqual(region, { startLine: 2, startColumn: 1, endLine: 3, endColumn: 7 });
    });

    it('fingerprints by rule, path and masked preview: stable when the line moves, different for another value or file, never a hash of the value', function () {
      const fingerprintOf = (file: ScannedFile) =>
        toSarif({ rootDir: ROOT, files: [file], skipped: [], filesScanned: 1 }, { rootDir: ROOT }).runs[0].results?.[0]?.partialFingerprints?.[
          'keyguardFindingHash/v1'
        ];
      const base = fingerprintOf(second.file);
      const movedText = `\n\n${second.file.text}`;
      const moved: ScannedFile = { ...second.file, text: movedText, findings: [finding(movedText, second.values[0], 'openai-api-key', 'OpenAI API key', 'OPENAI_API_KEY')] };
      const renamed: ScannedFile = { ...second.file, path: join(ROOT, 'lib', 'b.ts') };
      const other = openAiFile('lib/a.ts', "const k = '«sk-proj-|u|60»';\n", 99).file;
      assert.match(base ?? '', /^[0-9a-f]{64}$/);
      assert.equal(fingerprintOf(moved), base);
      assert.notEqual(fingerprintOf(renamed), base);
      assert.notEqual(fingerprintOf(other), base);
      // Nothing but the public preview enters the hash: a value differing only in its hidden middle gives the
      // same fingerprint, so the fingerprint cannot be used to test guesses of the value.
      const value = second.values[0];
      const sibling = `${value.slice(0, 12)}${value.slice(12, -4).split('').reverse().join('')}${value.slice(-4)}`;
      assert.notEqual(sibling, value);
      const siblingText = second.file.text.replace(value, sibling);
      const siblingFile: ScannedFile = { ...second.file, text: siblingText, findings: [finding(siblingText, sibling, 'openai-api-key', 'OpenAI API key', 'OPENAI_API_KEY')] };
      assert.equal(fingerprintOf(siblingFile), base);
    });
  });
});
