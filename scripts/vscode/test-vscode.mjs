// `npm run test:vscode`: runs the in-editor suite (test/vscode) inside a real VS Code with the packaged
// extension. Uses a desktop VS Code through @vscode/test-electron when VSCODE_EXECUTABLE_PATH is set or a
// download succeeds; otherwise code-server's workbench in headless Chromium (scripts/vscode/harness.mjs).
// Exit code: the suite's (0 all passed).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import { fileURLToPath } from 'node:url';
import {
  installVsix,
  launchBrowser,
  makeScratch,
  removeScratch,
  startCodeServer,
  stopAllProcesses,
  testPayloadUrl,
  writeUserSettings,
} from './harness.mjs';
import { CODE_SERVER_VERSION, ensureTools, toolsDir } from './tools.mjs';
import { runUiTest } from './ui-test.mjs';

const repo = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const suiteEntry = join(repo, 'out', 'test', 'vscode', 'index.js');
const fixtureWriter = join(repo, 'out', 'test', 'vscode', 'fixture', 'index.js');
const vsix = join(repo, 'keyguard.vsix');
/** Upper bound for one pass of the suite, start-up included. */
/** Marks the suite's reporter lines among the workbench logs that code-server forwards with them. */
const SUITE_OUTPUT_MARK = '\u2063keyguard-suite\u2063 ';
/** Workbench log lines that are expected here (no network but the npm registry) and say nothing about KeyGuard. */
const KNOWN_NOISE = /open-vsx\.org|vsda|ENOTFOUND|Failed to fetch|authentication provider 'github'|took \d+ms/;
const PASS_TIMEOUT_MS = Number(process.env.KEYGUARD_VSCODE_PASS_TIMEOUT_MS || 6 * 60_000);

function log(message) {
  console.log(`[test:vscode] ${message}`);
}

function npm(...args) {
  const result = spawnSync('npm', args, { cwd: repo, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${result.status})`);
}

function writeFixture(label) {
  const workspace = join(mkdtempSync(join(tmpdir(), `keyguard-fixture-${label}-`)), 'workspace');
  const result = spawnSync(process.execPath, [fixtureWriter, workspace], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('writing the fixture workspace failed');
  return workspace;
}

/** A desktop VS Code for @vscode/test-electron, or undefined when none can be had. */
async function desktopVSCode() {
  if (process.env.VSCODE_EXECUTABLE_PATH) return process.env.VSCODE_EXECUTABLE_PATH;
  if (process.env.KEYGUARD_VSCODE_NO_DOWNLOAD) return undefined;
  const { downloadAndUnzipVSCode } = await import('@vscode/test-electron');
  try {
    // Short idle timeout: where only the npm registry is reachable the lookup fails at once (ENOTFOUND).
    return await downloadAndUnzipVSCode({ cachePath: join(toolsDir(), 'vscode-desktop'), timeout: 15_000 });
  } catch (error) {
    log(`no desktop VS Code (download failed: ${error instanceof Error ? error.message.split('\n')[0] : error}); using code-server`);
    return undefined;
  }
}

/** Installs the .vsix with the desktop CLI into a fresh extensions dir; returns the installed folder. */
async function installVsixIntoDesktop(vscodeExecutablePath, userData, extensionsDir) {
  const { resolveCliPathFromVSCodeExecutablePath } = await import('@vscode/test-electron');
  const cli = resolveCliPathFromVSCodeExecutablePath(vscodeExecutablePath);
  const result = spawnSync(cli, ['--user-data-dir', userData, '--extensions-dir', extensionsDir, '--install-extension', vsix], {
    encoding: 'utf8',
  });
  const folder = readdirSync(extensionsDir).find((name) => name.startsWith('keyguard.keyguard-'));
  if (result.status !== 0 || !folder) throw new Error(`installing the .vsix failed:\n${result.stdout}\n${result.stderr}`);
  return join(extensionsDir, folder);
}

async function runWithTestElectron(vscodeExecutablePath) {
  const { runTests } = await import('@vscode/test-electron');
  let failed = 0;
  for (const pass of ['trusted', 'restricted']) {
    const workspace = writeFixture(pass);
    const userData = mkdtempSync(join(tmpdir(), 'keyguard-vscode-user-'));
    const extensionsDir = mkdtempSync(join(tmpdir(), 'keyguard-vscode-ext-'));
    try {
      log(`${pass} pass with ${vscodeExecutablePath}`);
      mkdirSync(join(userData, 'User'), { recursive: true });
      // The restricted pass keeps workspace trust on, so the fresh folder opens untrusted.
      const settings = { 'security.workspace.trust.enabled': pass === 'restricted', 'security.workspace.trust.startupPrompt': 'never' };
      writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(settings));
      await runTests({
        vscodeExecutablePath,
        // The installed copy of the .vsix, as in the code-server passes.
        extensionDevelopmentPath: await installVsixIntoDesktop(vscodeExecutablePath, userData, extensionsDir),
        extensionTestsPath: suiteEntry,
        extensionTestsEnv: { KEYGUARD_VSCODE_PASS: pass, KEYGUARD_VSCODE_LOGS_DIR: join(userData, 'logs') },
        launchArgs: [
          workspace,
          `--user-data-dir=${userData}`,
          `--extensions-dir=${extensionsDir}`,
          ...(pass === 'trusted' ? ['--disable-workspace-trust'] : []),
        ],
      });
    } catch (error) {
      log(`${pass} pass failed: ${error instanceof Error ? error.message : error}`);
      failed = 1;
    } finally {
      for (const dir of [userData, extensionsDir, resolve(workspace, '..')]) rmSync(dir, { recursive: true, force: true });
    }
  }
  return failed;
}

/** One pass of the suite in code-server: resolves with the suite's exit code. */
async function runPassInCodeServer(tools, pass) {
  const started = Date.now();
  const scratch = makeScratch(`vscode-${pass}`);
  const workspace = writeFixture(pass);
  const serverLog = [];
  const workbenchProblems = [];
  let suiteLines = 0;
  let browser;
  try {
    const restricted = pass === 'restricted';
    writeUserSettings(scratch, { trust: restricted });
    const installed = installVsix(tools, scratch, vsix);
    const server = await startCodeServer(tools, scratch, {
      workspace,
      trust: restricted,
      env: {
        KEYGUARD_VSCODE_PASS: pass,
        KEYGUARD_SUITE_OUTPUT_MARK: SUITE_OUTPUT_MARK,
        KEYGUARD_VSCODE_LOGS_DIR: join(scratch.userData, 'logs'),
      },
      log: (text) => serverLog.push(text),
    });
    browser = await launchBrowser(tools, scratch);
    const page = await browser.newPage();
    let resolveExit;
    const exitCode = new Promise((resolvePromise) => {
      resolveExit = resolvePromise;
    });
    // The workbench calls this with the suite's exit code once `run()` settles.
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
    await page.exposeFunction('codeAutomationLog', (level, args) => {
      const text = Array.isArray(args) ? format(...args) : String(args);
      if (text.startsWith(SUITE_OUTPUT_MARK)) {
        for (const line of text.split('\n')) {
          suiteLines++;
          console.log(line.startsWith(SUITE_OUTPUT_MARK) ? line.slice(SUITE_OUTPUT_MARK.length) : line);
        }
      } else if ((level === 'error' || level === 'warn') && !KNOWN_NOISE.test(text)) {
        workbenchProblems.push(text);
      }
    });
    const url = testPayloadUrl(server, {
      workspace,
      // The installed copy of the .vsix: the suite exercises exactly what ships, without node_modules.
      extensionDevelopmentPath: installed,
      extensionTestsPath: suiteEntry,
    });
    log(`${pass} pass: code-server ${CODE_SERVER_VERSION} at ${server.url}, workspace ${workspace}`);
    await page.goto(url);
    let timer;
    const timeout = new Promise((resolveTimeout) => {
      timer = setTimeout(() => resolveTimeout('timeout'), PASS_TIMEOUT_MS);
    });
    const code = await Promise.race([exitCode, timeout]);
    clearTimeout(timer);
    if (code !== 0 && workbenchProblems.length > 0) {
      log(`workbench errors during the ${pass} pass:\n${workbenchProblems.slice(-20).join('\n')}`);
    }
    if (suiteLines === 0) log('the suite printed nothing: it did not load or did not start');
    if (code === 'timeout') {
      const shot = join(tmpdir(), `keyguard-${pass}-timeout.png`);
      await page.screenshot({ path: shot }).catch(() => {});
      log(`${pass} pass timed out after ${PASS_TIMEOUT_MS / 1000} s; screenshot of the workbench: ${shot}`);
      return 1;
    }
    log(`${pass} pass finished with exit code ${code} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return code;
  } catch (error) {
    log(`${pass} pass could not run: ${error instanceof Error ? error.stack : error}`);
    if (serverLog.length > 0) log(`code-server output:\n${serverLog.join('')}`);
    return 1;
  } finally {
    await browser?.close().catch(() => {});
    stopAllProcesses();
    removeScratch(scratch);
    rmSync(resolve(workspace, '..'), { recursive: true, force: true });
  }
}

async function main() {
  const started = Date.now();
  npm('run', 'package');
  npm('run', 'build', '--', '--tests');
  for (const file of [vsix, suiteEntry, fixtureWriter]) if (!existsSync(file)) throw new Error(`missing ${file}`);

  const desktop = await desktopVSCode();
  const tools = ensureTools((m) => log(m));
  let code = 0;
  if (desktop) {
    code = await runWithTestElectron(desktop);
  } else {
    for (const pass of ['trusted', 'restricted']) {
      if ((await runPassInCodeServer(tools, pass)) !== 0) code = 1;
    }
  }
  // The user-level test drives the workbench UI, which only the code-server build exposes to playwright.
  if ((await runUiTest({ tools, vsix, shotsDir: join(repo, 'test-results', 'ui') })) !== 0) code = 1;
  log(`${code === 0 ? 'PASSED' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return code;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    stopAllProcesses();
    process.exit(1);
  },
);
