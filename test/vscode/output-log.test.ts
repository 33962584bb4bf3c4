// Runs after the other in-editor tests (see index.ts): by then the extension has logged start-up, the
// workspace scan and everything the fixes and settings changes caused.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEYS } from './fixture';
import { revealsSecret, waitFor } from './helpers';

function filesNamed(dir: string, name: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...filesNamed(path, name));
    else if (entry.name === name) found.push(path);
  }
  return found;
}

describe('the KeyGuard output channel', () => {
  it('logs the server start and the workspace scan, and never a secret value', async function () {
    // The runner points this at the profile's logs folder, where VS Code writes each output channel to a file.
    const logsDir = process.env.KEYGUARD_VSCODE_LOGS_DIR;
    assert.ok(logsDir, 'the runner sets KEYGUARD_VSCODE_LOGS_DIR');
    const text = await waitFor('the KeyGuard log to record the workspace scan', () => {
      const logs = filesNamed(logsDir, 'KeyGuard.log').map((file) => readFileSync(file, 'utf8'));
      const joined = logs.join('\n');
      return /started/.test(joined) && /Workspace scan/.test(joined) ? joined : undefined;
    });
    for (const [name, key] of Object.entries(KEYS)) {
      assert.ok(!revealsSecret(text, key), `the KeyGuard log does not contain the ${name} key`);
    }
  });
});
