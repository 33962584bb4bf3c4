// User-level test in code-server's VS Code, driven like a person with a keyboard and mouse (playwright-core):
// open a Python file with a key, see the squiggle, its hover and the Problems entry, press Ctrl+., pick
// "Move to environment variable …", save, and check the files on disk.
//   npm run test:ui       screenshots go to test-results/ui (git-ignored); also part of `npm run test:vscode`
//   npm run screenshots   regenerates images/screenshots/*.png for the README
// Run directly, it expects `npm run package` and `npm run build -- --tests` to have run (the npm scripts do).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installVsix, launchBrowser, makeScratch, removeScratch, startCodeServer, stopAllProcesses, writeUserSettings } from './harness.mjs';
import { ensureTools } from './tools.mjs';

const repo = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const STEP_TIMEOUT_MS = 30_000;
const DEMO_FILE = 'src/ui_demo.py';

function log(message) {
  console.log(`[test:ui] ${message}`);
}

function writeFixture() {
  const workspace = join(mkdtempSync(join(tmpdir(), 'keyguard-ui-fixture-')), 'workspace');
  const writer = join(repo, 'out', 'test', 'vscode', 'fixture', 'index.js');
  const result = spawnSync(process.execPath, [writer, workspace], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('writing the fixture workspace failed');
  return workspace;
}

/** Polls the file until `accept` holds; the editor saves asynchronously. */
async function waitForFile(path, what, accept) {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  let last = '';
  while (Date.now() < deadline) {
    try {
      last = readFileSync(path, 'utf8');
      if (accept(last)) return last;
    } catch {
      // Not written yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what} in ${path}`);
}

async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.keyboard.press('Enter');
}

async function quickOpen(page, fileName) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await input.fill(fileName);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab', { hasText: fileName.split('/').pop() }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
}

async function shoot(page, shotsDir, name) {
  const path = join(shotsDir, name);
  await page.screenshot({ path });
  log(`screenshot ${path}`);
}

async function userFixesTheKey(page, workspace, shotsDir) {
  const editor = page.locator('.editor-instance .monaco-editor').first();

  log('open the file');
  await quickOpen(page, 'ui_demo.py');
  await editor.waitFor({ timeout: STEP_TIMEOUT_MS });

  log('see the squiggle and its hover');
  const squiggle = page.locator('.monaco-editor .squiggly-warning').first();
  await squiggle.waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS });
  // Point at the start of the value like a person would; locator.hover() would scroll the long key into view.
  const box = await squiggle.boundingBox();
  if (!box) throw new Error('the squiggle is not rendered');
  await page.mouse.move(box.x + 24, box.y + box.height / 2);
  // The hover's "Quick Fix…" link appears once VS Code has asked the server for code actions.
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Quick Fix' }).filter({ hasText: 'OpenAI' }).first();
  await hover.waitFor({ timeout: STEP_TIMEOUT_MS });
  const hoverText = await hover.innerText();
  if (!/keyguard/i.test(hoverText)) throw new Error(`the hover does not name KeyGuard: ${hoverText}`);
  await shoot(page, shotsDir, 'squiggle-hover.png');

  await page.locator('.statusbar a[aria-label="KeyGuard: 1 possible secret in code"]').waitFor({ timeout: STEP_TIMEOUT_MS });

  log('see the Problems entry');
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+M');
  const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'OpenAI' }).first();
  await problem.waitFor({ timeout: STEP_TIMEOUT_MS });
  const problemText = await problem.innerText();
  if (!/keyguard/i.test(problemText) || !/openai-api-key/.test(problemText)) throw new Error(`unexpected Problems entry: ${problemText}`);

  log('put the cursor on the key and press Ctrl+.');
  await page.keyboard.press('Control+Shift+M'); // close the panel again, back to the editor
  await editor.click();
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').fill(':3:30');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget');
  const moveItem = menu.locator('.monaco-list-row', { hasText: 'Move to environment variable' }).first();
  await moveItem.waitFor({ timeout: STEP_TIMEOUT_MS });
  await shoot(page, shotsDir, 'quick-fix-menu.png');

  log('pick "Move to environment variable …" and save');
  await moveItem.click();
  await page.locator('.monaco-editor .view-lines', { hasText: 'os.environ["OPENAI_API_KEY"]' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  await runCommand(page, 'File: Save All Files');

  const source = await waitForFile(join(workspace, DEMO_FILE), 'the fixed source', (text) => text.includes('os.environ["OPENAI_API_KEY"]'));
  if (/api_key="sk-/.test(source)) throw new Error('the key is still in the source on disk');
  if (!/^import os$/m.test(source)) throw new Error('import os was not added');
  await waitForFile(join(workspace, '.env.example'), 'OPENAI_API_KEY= in .env.example', (text) => /^OPENAI_API_KEY=$/m.test(text));
  await waitForFile(join(workspace, '.env'), 'the value in .env', (text) => /^OPENAI_API_KEY=sk-proj-/m.test(text));
  await waitForFile(join(workspace, '.gitignore'), '.env in .gitignore', (text) => /^\.env$/m.test(text) && /^build\/$/m.test(text));
  await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'detached', timeout: STEP_TIMEOUT_MS });

  log('show the fixed file next to .env.example');
  await page.keyboard.press('Control+Shift+E');
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: '.env.example' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  // Split the editor, then open .env.example from the explorer into the new (active) group.
  await editor.click();
  await page.keyboard.press('Control+\\');
  await page.locator('.editor-group-container').nth(1).waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: '.env.example' }).first().click();
  await page.locator('.tabs-container .tab', { hasText: '.env.example' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.locator('.monaco-editor .view-lines', { hasText: 'OPENAI_API_KEY=' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  await shoot(page, shotsDir, 'fixed-file.png');

  log('click the status bar item: the workspace scan runs and says what it found');
  await page.locator('.statusbar a[aria-label="KeyGuard: no hardcoded secrets found"]').click();
  // src/app.py, client.ts, fix_me.py, unopened.py and tests/test_chat.py hold one key each; build/ and vendor/ are ignored.
  await page.locator('.statusbar a[aria-label="KeyGuard: 5 possible secrets in code"]').waitFor({ timeout: STEP_TIMEOUT_MS });
  // A toast may already have made way for the scan's progress notification; the center keeps them all.
  await runCommand(page, 'Notifications: Show Notifications');
  const notification = page.locator('.notifications-center .monaco-list-row', { hasText: 'KeyGuard scanned' }).first();
  await notification.waitFor({ timeout: STEP_TIMEOUT_MS });
  const message = await notification.innerText();
  if (!/5 possible secrets in 5 files/.test(message)) throw new Error(`unexpected scan summary: ${message}`);
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
  await shoot(page, shotsDir, 'workspace-scan.png');
}

/**
 * Runs the user-level test against the packaged extension; resolves with 0 when it passed.
 * Screenshots go to `shotsDir`.
 */
export async function runUiTest({ tools, vsix, shotsDir }) {
  const started = Date.now();
  mkdirSync(shotsDir, { recursive: true });
  const scratch = makeScratch('ui');
  const workspace = writeFixture();
  let browser;
  let page;
  try {
    // A person's editor: the installed .vsix and VS Code's defaults, with a layout that reads well in the README.
    writeUserSettings(scratch, {
      extra: {
        'workbench.colorTheme': 'Default Dark Modern',
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'editor.fontSize': 15,
        'editor.wordWrap': 'on',
        'editor.minimap.enabled': false,
      },
    });
    installVsix(tools, scratch, vsix);
    const server = await startCodeServer(tools, scratch, { workspace });
    browser = await launchBrowser(tools, scratch);
    page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    await userFixesTheKey(page, workspace, shotsDir);
    log(`PASSED in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } catch (error) {
    log(`FAILED: ${error instanceof Error ? error.message : error}`);
    if (page) await shoot(page, shotsDir, 'failure.png').catch(() => {});
    return 1;
  } finally {
    await browser?.close().catch(() => {});
    stopAllProcesses();
    removeScratch(scratch);
    rmSync(resolve(workspace, '..'), { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const forReadme = process.argv.includes('--readme');
  const shotsDir = forReadme ? join(repo, 'images', 'screenshots') : join(repo, 'test-results', 'ui');
  const tools = ensureTools((m) => log(m));
  runUiTest({ tools, vsix: join(repo, 'keyguard.vsix'), shotsDir }).then((code) => process.exit(code));
}
