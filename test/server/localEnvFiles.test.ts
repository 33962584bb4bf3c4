// In-process checks of the per-document git verdict on local env files (server/localEnvFiles.ts).

import * as assert from 'node:assert/strict';
import { affectsGitVerdicts, LocalEnvFileVerdicts } from '../../server/localEnvFiles';
import type { DocumentLocation } from '../../server/uris';

function at(path: string | undefined): DocumentLocation {
  return { path, folder: undefined, relPath: undefined };
}

describe('language server: git verdicts on open env files', () => {
  it('asks git once per open .env however often it is checked, never for other files, and again once forgotten', async () => {
    const asked: string[] = [];
    const verdicts = new LocalEnvFileVerdicts(async (location) => {
      asked.push(location.path ?? '');
      return true;
    });
    for (let keystroke = 0; keystroke < 3; keystroke++) {
      assert.equal(await verdicts.isIgnored('file:///w/.env', at('/w/.env')), true);
      assert.equal(await verdicts.isIgnored('file:///w/app.js', at('/w/app.js')), false);
      assert.equal(await verdicts.isIgnored('untitled:1', at(undefined)), false);
    }
    assert.deepEqual(asked, ['/w/.env']);
    assert.deepEqual(verdicts.forgetAll(), ['file:///w/.env']);
    await verdicts.isIgnored('file:///w/.env', at('/w/.env'));
    verdicts.forget('file:///w/.env');
    await verdicts.isIgnored('file:///w/.env', at('/w/.env'));
    assert.deepEqual(asked, ['/w/.env', '/w/.env', '/w/.env']);
  });

  it('asks again after a failed read instead of remembering the failure', async () => {
    let calls = 0;
    const verdicts = new LocalEnvFileVerdicts(async () => {
      calls++;
      if (calls === 1) throw new Error('EACCES');
      return false;
    });
    await assert.rejects(verdicts.isIgnored('file:///w/.env', at('/w/.env')));
    assert.equal(await verdicts.isIgnored('file:///w/.env', at('/w/.env')), false);
    assert.equal(calls, 2);
  });

  it('knows which file changes can change git\'s verdict', () => {
    for (const path of ['/w/.gitignore', '/w/sub/.gitignore', '/w/.git/index', '/w/.git/config', '/w/.git/info/exclude']) {
      assert.equal(affectsGitVerdicts(path), true, path);
    }
    for (const path of ['/w/app.js', '/w/.env', '/w/src/index', '/w/config']) assert.equal(affectsGitVerdicts(path), false, path);
  });
});
