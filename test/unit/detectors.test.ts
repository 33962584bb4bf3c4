// Runs every detector's own examples through the full scanner, and checks the catalog's invariants.
// Assertion messages show the example template, never the generated value.

import * as assert from 'node:assert/strict';
import { checkSync } from 'recheck';
import { catalog } from '../../shared/detectors';
import { scanText } from '../../shared/scanner';
import { expandExample } from '../../shared/testing/synthetic';

const SEEDS = [1, 2, 3];

describe('detector catalog', () => {
  it('has unique kebab-case ids, env var names and lower-case keywords', () => {
    const ids = new Set<string>();
    for (const detector of catalog) {
      assert.match(detector.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, detector.id);
      assert.ok(!ids.has(detector.id), `duplicate id ${detector.id}`);
      ids.add(detector.id);
      assert.match(detector.envVar, /^[A-Z_][A-Z0-9_]*$/, `${detector.id} envVar`);
      assert.ok(detector.keywords.length > 0, `${detector.id} has no keywords`);
      for (const keyword of detector.keywords) assert.equal(keyword, keyword.toLowerCase(), `${detector.id} keyword ${keyword}`);
      assert.ok(detector.pattern.source.includes('(?<secret>'), `${detector.id} pattern has no secret group`);
      assert.ok(detector.examples.positive.length > 0, `${detector.id} has no positive example`);
      assert.ok(detector.examples.negative.length > 0, `${detector.id} has no negative example`);
    }
  });

  it('compiles every pattern to a linear-time regex (recheck)', function () {
    this.timeout(120000);
    const unsafe = catalog
      .map((d) => ({ id: d.id, result: linearityOf(d.pattern) }))
      .filter(({ result }) => result.status !== 'safe')
      .map(({ id, result }) => `${id}: ${result.status}${result.status === 'vulnerable' ? ` (${result.complexity.type})` : ''}`);
    assert.deepEqual(unsafe, []);
  });
});

for (const detector of catalog) {
  describe(`detector ${detector.id}`, () => {
    detector.examples.positive.forEach((template, index) => {
      it(`reports positive example #${index + 1}`, () => {
        for (const seed of SEEDS) {
          const { text, secrets } = expandExample(template, seed);
          const findings = scanText(text);
          const expected = secrets[0];
          const hit = findings.find((f) => f.valueRange.start === expected.start && f.valueRange.end === expected.end);
          assert.ok(hit, `no finding at the token's range in: ${template} (seed ${seed}); got ${summarize(findings)}`);
          assert.equal(hit.ruleId, detector.id, `wrong rule for: ${template}`);
          const value = text.slice(expected.start, expected.end);
          assert.ok(!hit.preview.includes(value.slice(0, -4)) || value.length <= 4, 'preview reveals the value');
        }
      });
    });
    detector.examples.negative.forEach((template, index) => {
      // A near miss may still be a secret of another kind (a truncated key in OPENAI_API_KEY is a generic
      // secret), so a negative only has to stay quiet for its own detector.
      it(`does not fire on negative example #${index + 1}`, () => {
        for (const seed of SEEDS) {
          const { text } = expandExample(template, seed);
          const findings = scanText(text).filter((f) => f.ruleId === detector.id);
          assert.deepEqual(summarize(findings), '[]', `reported something in: ${template} (seed ${seed})`);
        }
      });
    });
  });
}

/** The exact automaton analysis is fast; the fuzzing checker is only needed where it cannot decide. */
function linearityOf(pattern: RegExp): ReturnType<typeof checkSync> {
  const flags = pattern.flags.replace(/[gd]/g, '');
  const exact = checkSync(pattern.source, flags, { checker: 'automaton', timeout: 10000 });
  // A fixed seed keeps the fuzzing checker's verdict the same on every run.
  return exact.status === 'unknown' ? checkSync(pattern.source, flags, { timeout: 10000, randomSeed: 1 }) : exact;
}

function summarize(findings: readonly { ruleId: string; valueRange: { start: number; end: number } }[]): string {
  return JSON.stringify(findings.map((f) => `${f.ruleId}@${f.valueRange.start}-${f.valueRange.end}`));
}
