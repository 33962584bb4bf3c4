// The scanner's central behaviour: ranges, literals, masking, ignore markers, dedup and file context.

import * as assert from 'node:assert/strict';
import { KeywordIndex } from '../../shared/keywordIndex';
import { maskSecret } from '../../shared/mask';
import { scanText } from '../../shared/scanner';
import { syntheticKey } from '../../shared/testing/synthetic';

const openaiKey = () => syntheticKey('sk-proj-', 'u', 156, 11);

describe('scanner', () => {
  it('reports the value range without quotes and the literal range with them', () => {
    const key = openaiKey();
    const text = `client = OpenAI(api_key="${key}")\n`;
    const [finding] = scanText(text);
    assert.equal(finding.ruleId, 'openai-api-key');
    assert.equal(text.slice(finding.valueRange.start, finding.valueRange.end), key);
    assert.equal(text.slice(finding.literalRange.start, finding.literalRange.end), `"${key}"`);
    assert.equal(finding.envVar, 'OPENAI_API_KEY');
  });

  it('includes Python string prefixes and triple quotes in the literal', () => {
    const key = openaiKey();
    for (const literal of [`r"${key}"`, `f'${key}'`, `"""${key}"""`]) {
      const text = `key = ${literal}\n`;
      const [finding] = scanText(text);
      assert.equal(text.slice(finding.literalRange.start, finding.literalRange.end), literal);
    }
  });

  it('leaves a bare value (.env, YAML) as its own literal', () => {
    const key = openaiKey();
    const text = `OPENAI_API_KEY=${key}\n`;
    const [finding] = scanText(text, { fileName: '.env' });
    assert.deepEqual(finding.literalRange, finding.valueRange);
  });

  it('moves a whole connection URL while pointing at its password', () => {
    const password = syntheticKey('', 'a', 20, 3);
    const url = `postgres://app:${password}@db.internal:5432/app`;
    const text = `DATABASE_URL = "${url}"\n`;
    const [finding] = scanText(text);
    assert.equal(finding.ruleId, 'connection-string-password');
    assert.equal(text.slice(finding.valueRange.start, finding.valueRange.end), password);
    assert.equal(text.slice(finding.literalRange.start, finding.literalRange.end), `"${url}"`);
  });

  it('derives the env var of a generic finding from the assignment target', () => {
    const text = `pineconeKey = "${syntheticKey('', 'a', 32, 5)}"\n`;
    const [finding] = scanText(text);
    assert.equal(finding.ruleId, 'generic-secret-assignment');
    assert.equal(finding.envVar, 'PINECONE_KEY');
  });

  it('prefers the provider detector over the generic one for the same value', () => {
    const text = `const openaiApiKey = "${openaiKey()}";\n`;
    assert.deepEqual(scanText(text).map((f) => f.ruleId), ['openai-api-key']);
  });

  for (const marker of ['// keyguard:allow', '# gitleaks:allow', '# pragma: allowlist secret']) {
    it(`honours the same-line marker "${marker}"`, () => {
      assert.deepEqual(scanText(`key = "${openaiKey()}"  ${marker}\n`), []);
    });
  }

  it('honours keyguard:allow-next-line on the line above only', () => {
    const key = openaiKey();
    assert.deepEqual(scanText(`# keyguard:allow-next-line\nOPENAI_API_KEY=${key}\n`), []);
    assert.equal(scanText(`# keyguard:allow-next-line\n\nOPENAI_API_KEY=${key}\n`).length, 1);
  });

  it('does not treat keyguard:allow-next-line as a same-line marker', () => {
    assert.equal(scanText(`OPENAI_API_KEY=${openaiKey()} # keyguard:allow-next-line\n`).length, 1);
  });

  it('ignores documented example values and placeholders', () => {
    const text = [
      // AWS's documented example key id, assembled so no key-shaped literal sits in the repository.
      `aws_access_key_id = ${['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('')}`,
      'OPENAI_API_KEY=sk-proj-...',
      'api_key = "<YOUR_API_KEY>"',
      'token = "${TOKEN}"',
      'password = "changeme"',
      'secret = "xxxxxxxxxxxxxxxxxxxxxxxx"',
      '{"access_token":"2YotnFZFEjr1zCsicMWpAA", "refresh_token":"tGzv3JOkF0XG5Qx2TlKWIA"}',
      'CLIENT_SECRET = "7Fjfp0ZBr1KtDRbnfVdmIw"',
    ].join('\n');
    assert.deepEqual(scanText(text), []);
  });

  it('only runs distinctive formats in lockfiles', () => {
    const text = `"integrity_token": "${syntheticKey('', 'a', 40, 9)}",\n"key": "${openaiKey()}"\n`;
    const ids = scanText(text, { fileName: 'web/package-lock.json' }).map((f) => f.ruleId);
    assert.deepEqual(ids, ['openai-api-key']);
  });

  it('does not read unquoted right-hand sides in program source as config values', () => {
    // In code, `name: value` without quotes is an expression (object shorthand, a type, a member access).
    const code = [
      'return {',
      '  continuationToken: result.continuationToken,',
      '  password: BinaryLike,',
      '};',
      'RegEnumKey = win32api.RegEnumKey',
    ].join('\n');
    for (const fileName of ['src/client.ts', 'lib/index.mjs', 'types/crypto.d.ts', 'distutils/compiler.py']) {
      assert.deepEqual(scanText(code, { fileName }), [], fileName);
    }
    // The same unquoted shape in a config file is still read.
    const key = syntheticKey('', 'a', 32, 8);
    for (const fileName of ['config/app.yaml', '.env', 'deploy.sh', 'README.md']) {
      assert.deepEqual(scanText(`serviceToken: ${key}\n`, { fileName }).map((f) => f.ruleId), ['generic-secret-config-value'], fileName);
    }
  });

  it('finds a key inside a notebook cell source on disk with the right offsets', () => {
    const key = openaiKey();
    const notebook = JSON.stringify({
      cells: [{ cell_type: 'code', source: ['import openai\n', `openai.api_key = "${key}"\n`], outputs: [] }],
    });
    const [finding] = scanText(notebook, { fileName: 'analysis.ipynb' });
    assert.equal(notebook.slice(finding.valueRange.start, finding.valueRange.end), key);
  });

  it('does not report key-like fragments inside a base64 blob', () => {
    const blob = syntheticKey('iVBORw0KGgo', 'b', 200, 4) + 'AKIA' + syntheticKey('', 'B', 16, 5) + syntheticKey('', 'b', 100, 6);
    assert.deepEqual(scanText(`{"image/png": "${blob}"}`), []);
  });

  it('handles a long minified line full of keyword hits', () => {
    const text = 'sk-proj-'.repeat(40000);
    // Bounded by the test timeout rather than a timing assertion: quadratic behaviour would take minutes.
    assert.deepEqual(scanText(text), []);
  });
});

describe('identifier filter', () => {
  it('does not report event names, constants and qualified identifiers assigned to secret-like names', () => {
    const code = [
      'ACQUIRE_TOKEN_SUCCESS: "msal:acquireTokenSuccess",',
      'SHA256_TOKEN_TO_REFRESH: "token_sha256_to_refresh",',
      'RESET_PASSWORD_V2_START: "PublicApiId.JIT_V2_ENROLL_AUTH_METHOD",',
      'const parsingErrorToken = "ClientAuthErrorCodes.tokenParsingError";',
      "self.key = '_threading_local._localimpl.' + str(id(self))",
      "ctypes = ('AES_KEY', 'PKCS7_ISSUER_AND_SERIAL', 'RC4_KEY', '__darwin_ucontext64_t')",
    ].join('\n');
    assert.deepEqual(scanText(code, { fileName: 'src/constants.ts' }), []);
  });

  it('still reports generated keys, which split into fragments rather than words', () => {
    for (let seed = 1; seed <= 50; seed++) {
      for (const charset of ['a', 'u', 'A'] as const) {
        const text = `serviceToken = "${syntheticKey('', charset, 32, seed)}"\n`;
        assert.deepEqual(scanText(text).map((f) => f.ruleId), ['generic-secret-assignment'], `charset ${charset} seed ${seed}`);
      }
    }
  });
});

describe('secret-like names', () => {
  it('treats pagination cursors and lookup keys as identifiers but keeps exchange keys', () => {
    const value = syntheticKey('', 'a', 40, 21);
    assert.deepEqual(scanText(`"NextContinuationToken": "${value}",\n`), []);
    assert.deepEqual(scanText(`dest_key = "${value}"\n`), []);
    assert.deepEqual(scanText(`EXCHANGE_KEY = "${value}"\n`).map((f) => f.ruleId), ['generic-secret-assignment']);
  });
});

describe('maskSecret', () => {
  it('keeps the public prefix and at most the last 4 characters', () => {
    const key = openaiKey();
    assert.equal(maskSecret(key), `sk-proj-…${key.slice(-4)}`);
  });
  it('reveals less of short values', () => {
    assert.equal(maskSecret('Zq8#pL2x'), '…');
    assert.equal(maskSecret('Zq8#pL2xW7ab'), '…ab');
  });
  it('shows only the header of a private key', () => {
    assert.equal(maskSecret('-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----'), '-----BEGIN RSA PRIVATE KEY-----…');
  });
});

describe('KeywordIndex', () => {
  it('finds overlapping keywords of several owners case-insensitively in one pass', () => {
    const index = new KeywordIndex([['sk-'], ['sk-proj-', 'proj'], ['ghp_']]);
    const hits = [...index.hits('x SK-PROJ-abc ghp_')].map((h) => `${h.start}-${h.end}:${h.owners.join(',')}`);
    assert.deepEqual(hits, ['2-5:0', '5-9:1', '2-10:1', '14-18:2']);
  });
});

describe('placeholder filter', () => {
  it('keeps keys whose random body happens to spell a short word between other characters', () => {
    // `…3mY7…`, `…todo…` inside a body are chance, not a placeholder marker.
    for (const body of ['Xq3mY7Lp0aZk9Rt2Wc5Vb8Nd1Hs4Gf6', 'Ab9TODOq2Lm5Rt8Zx3Cv6Bn1Mk4Jh7Gf']) {
      const text = `const openaiApiKey = "sk-proj-${body}${body}";\n`;
      assert.deepEqual(scanText(text).map((f) => f.ruleId), ['openai-api-key'], body);
    }
  });

  it('treats format-string placeholders (f-strings, str.format, C# interpolation) as templates', () => {
    const code = [
      'password = f"{registry_id}-auth-token"',
      'portfolio_share_token = f"share-{portfolio_id}-{org_type}-{org_value}"',
      "params.key = 'latest/{0}'.format(params.system.INSTALLER)",
      'self.request_token_arn = f"arn:aws:s3:{region_name}:{account_id}:async-request/{uuid.uuid4().hex[:24]}"',
      'var apiToken = $"tok-{tenant.Id}-{DateTime.UtcNow:yyyyMMdd}";',
    ].join('\n');
    assert.deepEqual(scanText(code), []);
  });

  it('treats separator-delimited placeholder words after a vendor prefix as placeholders', () => {
    assert.deepEqual(scanText('REPLICATE_API_TOKEN = "r8_REPLACE_ME"\nkey = "sk-proj-' + 'your_key_goes_here_0123456789abcdefghijklmnop"\n'), []);
  });
});
