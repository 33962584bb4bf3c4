// In-process checks of failure handling that a well-behaved client cannot trigger over the wire.

import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { syntheticKey } from '../../shared/testing/synthetic';
import { DiagnosticsHub } from '../../server/diagnosticsHub';
import { DocumentValidator } from '../../server/documentValidator';
import { describeError } from '../../server/errors';
import { DEFAULT_SETTINGS } from '../../server/settings';

describe('language server: robustness', () => {
  it('describes an error by kind and place, never by its message (which may quote a secret)', () => {
    const key = syntheticKey('sk-proj-', 'u', 100, 77);
    const described = describeError(new TypeError(`cannot read "${key}"`));
    assert.match(described, /^TypeError at /);
    assert.ok(!described.includes(key));
    assert.ok(!described.includes('cannot read'));
  });

  it('keeps validating other documents after one document throws, and logs the failure without its text', async () => {
    const key = syntheticKey('sk-proj-', 'u', 100, 78);
    const text = `const k = "${key}";\n`;
    const documents = new Map([
      ['file:///broken.js', TextDocument.create('file:///broken.js', 'javascript', 1, text)],
      ['file:///fine.js', TextDocument.create('file:///fine.js', 'javascript', 1, text)],
    ]);
    const published = new Map<string, Diagnostic[]>();
    const logged: string[] = [];
    let onPublish: () => void = () => undefined;
    const validator = new DocumentValidator(
      {
        document: (uri) => documents.get(uri),
        settings: async () => DEFAULT_SETTINGS,
        locate: (uri) => {
          if (uri === 'file:///broken.js') throw new Error(`boom near "${key}"`);
          return { path: uri.slice('file://'.length), folder: undefined, relPath: undefined };
        },
        scanFileName: () => undefined,
        isIgnoredLocalEnvFile: async () => false,
        hub: new DiagnosticsHub((uri, diagnostics) => {
          published.set(uri, diagnostics);
          onPublish();
        }),
        log: { info: (m) => logged.push(m), error: (m) => logged.push(m) },
      },
      0,
    );
    const fineDone = new Promise<void>((resolve) => {
      onPublish = () => published.has('file:///fine.js') && resolve();
    });
    validator.schedule('file:///broken.js');
    validator.schedule('file:///fine.js');
    await fineDone;
    assert.equal(published.get('file:///fine.js')?.length, 1, 'the other document is still checked');
    assert.ok(!published.has('file:///broken.js'), 'the failed document keeps its previous diagnostics');
    assert.equal(logged.length, 1);
    assert.match(logged[0], /^Checking file:\/\/\/broken\.js failed: Error at /);
    assert.ok(!logged[0].includes(key) && !logged[0].includes('boom'));
  });
});
