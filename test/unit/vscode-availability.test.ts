// `npm test` runs in plain Node, where the `vscode` API does not exist: the in-editor suite (test/vscode)
// runs through `npm run test:vscode` instead. This file makes that visible in every `npm test` run,
// stating why the suite was skipped here and how to run it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

function codeServerToolsDir(): string {
  // Same default as scripts/vscode/tools.mjs.
  return process.env.KEYGUARD_TOOLS_DIR || '/var/tmp/keyguard-vscode-tools';
}

export function inEditorSuiteSkipReason(): string {
  const desktop = process.env.VSCODE_EXECUTABLE_PATH;
  const where = desktop
    ? `VSCODE_EXECUTABLE_PATH is set (${desktop}), so \`npm run test:vscode\` runs it there with @vscode/test-electron`
    : 'no desktop VS Code here (VSCODE_EXECUTABLE_PATH is not set and npm test downloads nothing), so `npm run test:vscode` runs it in code-server (VS Code 1.139) in headless Chromium';
  const tools = existsSync(join(codeServerToolsDir(), 'code-server', '.installed'))
    ? `code-server tools are cached in ${codeServerToolsDir()}`
    : `code-server tools are not installed yet; test:vscode installs them into ${codeServerToolsDir()} (about 2 min, once)`;
  return `it needs the VS Code extension host, which plain Node (mocha) is not; ${where}; ${tools}`;
}

describe('in-editor suite (test/vscode)', function () {
  before(function () {
    console.log(`    In-editor suite skipped here: ${inEditorSuiteSkipReason()}. Run \`npm run test:vscode\`.`);
    this.skip();
  });

  it('runs inside VS Code via `npm run test:vscode`', function () {
    // Never reached: `before` skips the block after printing why.
  });
});
