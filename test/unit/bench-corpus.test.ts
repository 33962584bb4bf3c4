import * as assert from 'node:assert/strict';
import { generateCorpus, type Corpus } from '../../bench/lib/corpus';
import { crc32, toBase62 } from '../../bench/lib/checksum';
import type { NegativeLabel, PositiveLabel } from '../../bench/lib/doc';
import { evaluate, type Report } from '../../bench/lib/metrics';
import { ContextMasker } from '../../bench/lib/report';
import { hasValidCrc32Suffix } from '../../shared/detectors/checksums';

const SMALL = { seed: 'unit-test', placementsPerFormat: 3, projects: 4 };

describe('bench corpus generator', () => {
  let corpus: Corpus;
  before(() => {
    corpus = generateCorpus(SMALL);
  });

  it('produces byte-identical files and labels for the same seed', () => {
    const again = generateCorpus(SMALL);
    assert.deepEqual(again.files, corpus.files);
    assert.deepEqual(again.positives, corpus.positives);
  });

  it('produces a different corpus for a different seed', () => {
    const other = generateCorpus({ ...SMALL, seed: 'another-seed' });
    assert.notDeepEqual(other.files.map((f) => f.text), corpus.files.map((f) => f.text));
  });

  it('labels exact value spans whose line and columns agree with the offsets', () => {
    const byPath = new Map(corpus.files.map((f) => [f.path, f.text]));
    for (const label of corpus.positives) {
      const text = byPath.get(label.file);
      assert.ok(text !== undefined, label.file);
      const value = text.slice(label.start, label.end);
      assert.ok(value.length >= 8, `${label.format} in ${label.file} is too short`);
      assert.doesNotMatch(value, /^["'`\s]|["'`\s]$/, `${label.format} span includes quotes or spaces`);
      const before = text.slice(0, label.start);
      assert.equal(label.line, before.split('\n').length);
      assert.equal(label.startColumn, label.start - (before.lastIndexOf('\n') + 1) + 1);
      const through = text.slice(0, label.end);
      assert.equal(label.endLine, through.split('\n').length);
      assert.equal(label.endColumn, label.end - (through.lastIndexOf('\n') + 1) + 1);
    }
  });

  it('places positives of every family and in every kind of file the issue lists', () => {
    const families = new Set(corpus.positives.map((p) => p.family));
    assert.deepEqual([...families].sort(), ['agent-tools', 'cloud', 'developer', 'generic', 'llm', 'messaging-payments', 'vector-data']);
    const full = generateCorpus({ ...SMALL, placementsPerFormat: 8 });
    const languages = new Set(full.files.filter((f) => full.positives.some((p) => p.file === f.path)).map((f) => f.language));
    for (const expected of ['python', 'typescript', 'javascript', 'go', 'java', 'ruby', 'compose', 'k8s-secret', 'k8s-configmap', 'gh-actions', 'json', 'dotenv', 'dotenv-example', 'terraform', 'dockerfile', 'shell', 'notebook', 'markdown']) {
      assert.ok(languages.has(expected), `no positive in a ${expected} file`);
    }
  });

  it('includes every kind of hard negative the issue lists', () => {
    const kinds = new Set(corpus.negatives.map((n) => n.negativeKind));
    for (const kind of ['placeholder', 'template', 'env-lookup', 'function-call', 'documented-example', 'lockfile-integrity', 'git-sha', 'uuid-id', 'hex-colour', 'data-uri', 'base64-blob', 'notebook-image', 'prose', 'identifier']) {
      assert.ok(kinds.has(kind), `no ${kind} negative`);
    }
  });

  it('writes notebooks whose JSON parses and whose positives sit inside escaped cell sources', () => {
    const notebooks = corpus.files.filter((f) => f.path.endsWith('.ipynb'));
    assert.ok(notebooks.length > 0);
    for (const nb of notebooks) {
      const parsed = JSON.parse(nb.text) as { cells: { source: string[] }[] };
      const sources = parsed.cells.flatMap((c) => c.source).join('');
      for (const label of corpus.positives.filter((p) => p.file === nb.path)) assert.ok(sources.includes(nb.text.slice(label.start, label.end)));
    }
  });

  it('writes JSON files (configs, lockfiles, service-account keys) that parse', () => {
    const jsonFiles = corpus.files.filter((f) => /\.(json|ipynb)$/.test(f.path));
    assert.ok(jsonFiles.length > 10);
    for (const file of jsonFiles) assert.doesNotThrow(() => JSON.parse(file.text), file.path);
  });

  it('gives GitHub and npm tokens checksums that an independent verifier accepts', () => {
    const checksummed = corpus.positives.filter((p) => ['github-pat', 'github-oauth', 'github-app', 'github-refresh', 'npm'].includes(p.format));
    assert.ok(checksummed.length > 0);
    const byPath = new Map(corpus.files.map((f) => [f.path, f.text]));
    for (const label of checksummed) {
      const token = byPath.get(label.file)!.slice(label.start, label.end);
      assert.ok(hasValidCrc32Suffix(token, token.indexOf('_') + 1), `${label.format} checksum`);
    }
  });
});

describe('bench checksum', () => {
  it('computes the standard CRC-32 check value', () => {
    assert.equal(crc32('123456789'), 0xcbf43926);
  });

  it('encodes base62 left-padded to the width', () => {
    assert.equal(toBase62(61, 3), '00z');
    assert.equal(toBase62(62, 2), '10');
  });
});

describe('bench scoring', () => {
  const label = (file: string, start: number, end: number, family: PositiveLabel['family'] = 'llm'): PositiveLabel => ({
    file, line: 1, startColumn: start + 1, endLine: 1, endColumn: end + 1, start, end, family, provider: 'p', format: 'f',
  });
  const report = (file: string, start: number, end: number, family: Report['family'] = 'llm'): Report => ({ file, start, end, ruleId: 'r', family });

  it('matches a report that overlaps the label in the same file', () => {
    const result = evaluate([label('a', 10, 20)], [], [report('a', 5, 12)]);
    assert.deepEqual([result.overall.tp, result.overall.fp, result.overall.fn], [1, 0, 0]);
  });

  it('counts a touching but non-overlapping report, or one in another file, as a false positive and a miss', () => {
    const result = evaluate([label('a', 10, 20)], [], [report('a', 20, 30), report('b', 10, 20)]);
    assert.deepEqual([result.overall.tp, result.overall.fp, result.overall.fn], [0, 2, 1]);
  });

  it('counts one hit per label and ignores duplicate reports of it', () => {
    const result = evaluate([label('a', 10, 20)], [], [report('a', 10, 20), report('a', 12, 14)]);
    assert.deepEqual([result.overall.tp, result.overall.fp, result.overall.fn], [1, 0, 0]);
  });

  it('attributes false positives to the reporting family and to the hard negative they hit', () => {
    const negative: NegativeLabel = { file: 'a', line: 1, startColumn: 41, endLine: 1, endColumn: 51, start: 40, end: 50, negativeKind: 'placeholder' };
    const result = evaluate([label('a', 10, 20, 'llm')], [negative], [report('a', 10, 20), report('a', 42, 44, 'generic')]);
    assert.equal(result.byFamily.generic.fp, 1);
    assert.equal(result.byFamily.llm.precision, 1);
    assert.equal(result.falsePositives[0].negativeKind, 'placeholder');
  });

  it('computes precision, recall and F1', () => {
    const result = evaluate([label('a', 0, 5), label('a', 10, 15)], [], [report('a', 0, 5), report('a', 30, 35)]);
    assert.equal(result.overall.precision, 0.5);
    assert.equal(result.overall.recall, 0.5);
    assert.equal(result.overall.f1, 0.5);
  });
});

describe('bench problem contexts', () => {
  it('never show a labelled value, only <value>', () => {
    const corpus = generateCorpus(SMALL);
    const masker = new ContextMasker(corpus.files, corpus.positives);
    const byPath = new Map(corpus.files.map((f) => [f.path, f.text]));
    for (const label of corpus.positives) {
      const context = masker.context(label.file, label.start, label.end);
      const firstLine = byPath.get(label.file)!.slice(label.start, label.end).split('\n')[0];
      assert.ok(context.includes('<value>'));
      if (firstLine.length >= 12) assert.ok(!context.includes(firstLine), `${label.format} leaked into its context`);
    }
  });
});
