import * as assert from 'node:assert/strict';
import { applyTextEdits, deriveEnvVarName, isValidEnvVarName } from '../../shared/fix';
import { deriveEnvVarName as deriveFromNamingModule } from '../../shared/fix/naming';

describe('fix: deriveEnvVarName', () => {
  const cases: [string, string][] = [
    ['pineconeKey', 'PINECONE_KEY'],
    ['openai.api-key', 'OPENAI_API_KEY'],
    ['APIKey', 'API_KEY'],
    ['HTTPServerToken', 'HTTP_SERVER_TOKEN'],
    ['openai2Key', 'OPENAI2_KEY'],
    ['s3_secret', 'S3_SECRET'],
    ['my-api-key', 'MY_API_KEY'],
    ['OPENAI_API_KEY', 'OPENAI_API_KEY'],
    ['__private__token', 'PRIVATE_TOKEN'],
    ['stripe Secret', 'STRIPE_SECRET'],
  ];
  for (const [identifier, expected] of cases) {
    it(`turns ${JSON.stringify(identifier)} into ${expected}`, () => {
      assert.equal(deriveEnvVarName(identifier), expected);
    });
  }

  it('prefixes KEY_ when the name would start with a digit', () => {
    assert.equal(deriveEnvVarName('2faToken'), 'KEY_2FA_TOKEN');
  });

  it('falls back to SECRET when nothing usable is left', () => {
    assert.equal(deriveEnvVarName(''), 'SECRET');
    assert.equal(deriveEnvVarName('--'), 'SECRET');
    assert.equal(deriveEnvVarName('ключ'), 'SECRET');
  });

  it('always returns a valid environment variable name', () => {
    for (const identifier of ['a', '9', 'x.y.z', 'été-clé', '$api$Key$', 'aB1cD2', '__', 'Ab']) {
      const name = deriveEnvVarName(identifier);
      assert.match(name, /^[A-Z_][A-Z0-9_]*$/, identifier);
      assert.ok(isValidEnvVarName(name));
    }
  });

  it('is the same function from shared/fix/naming (the scanner imports it there)', () => {
    assert.equal(deriveFromNamingModule, deriveEnvVarName);
  });
});

describe('fix: applyTextEdits', () => {
  it('applies edits given in any order against the original offsets', () => {
    const text = 'abcdef';
    const result = applyTextEdits(text, [
      { range: { start: 4, end: 6 }, newText: 'EF' },
      { range: { start: 0, end: 1 }, newText: 'A' },
      { range: { start: 2, end: 2 }, newText: '+' },
    ]);
    assert.equal(result, 'Ab+cdEF');
  });

  it('keeps the given order of insertions at the same offset', () => {
    assert.equal(
      applyTextEdits('x', [
        { range: { start: 0, end: 0 }, newText: '1' },
        { range: { start: 0, end: 0 }, newText: '2' },
      ]),
      '12x',
    );
  });

  it('rejects overlapping edits', () => {
    assert.throws(() =>
      applyTextEdits('abcdef', [
        { range: { start: 0, end: 3 }, newText: '' },
        { range: { start: 2, end: 4 }, newText: '' },
      ]),
    );
  });
});
