// Runs a real VS Code (code-server's workbench in headless Chromium) in a throw-away scratch folder.
// Every process started here is tracked by PID and stopped on success, failure, timeout or signal.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const started = new Set();

/** Stops every process this module started (their process groups), newest first. */
export function stopAllProcesses() {
  for (const child of [...started].reverse()) stopProcess(child);
}

function stopProcess(child) {
  if (!started.delete(child) || child.exitCode !== null || child.signalCode !== null) return;
  try {
    // Negative PID: the group we created with `detached`, so code-server's extension hosts and the
    // language server it forked go too.
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    stopAllProcesses();
    process.exit(130);
  });
}
process.once('exit', stopAllProcesses);

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A fresh scratch folder with its own XDG dirs, VS Code profile and extensions dir. */
export function makeScratch(label) {
  const root = mkdtempSync(join(tmpdir(), `keyguard-${label}-`));
  const dirs = {
    root,
    userData: join(root, 'user-data'),
    extensions: join(root, 'extensions'),
    home: join(root, 'home'),
    xdgConfig: join(root, 'xdg', 'config'),
    xdgData: join(root, 'xdg', 'data'),
    xdgCache: join(root, 'xdg', 'cache'),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  return dirs;
}

export function removeScratch(scratch) {
  if (process.env.KEYGUARD_KEEP_SCRATCH) {
    console.log(`[harness] scratch kept: ${scratch.root}`);
    return;
  }
  rmSync(scratch.root, { recursive: true, force: true });
}

/** Environment for code-server and Chromium: nothing may land in $HOME. */
export function scratchEnv(scratch, extra = {}) {
  return {
    ...process.env,
    // Chromium and extensions write dot-folders under HOME (.pki, .gitconfig look-ups); keep them here.
    HOME: scratch.home,
    XDG_CONFIG_HOME: scratch.xdgConfig,
    XDG_DATA_HOME: scratch.xdgData,
    XDG_CACHE_HOME: scratch.xdgCache,
    ...extra,
  };
}

export function writeUserSettings(scratch, { trust = false, extra = {} } = {}) {
  const settings = {
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': trust,
    'security.workspace.trust.startupPrompt': 'never',
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'workbench.tips.enabled': false,
    'chat.disableAIFeatures': true,
    ...extra,
  };
  mkdirSync(join(scratch.userData, 'User'), { recursive: true });
  writeFileSync(join(scratch.userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

function codeServerArgs(tools, scratch) {
  return [tools.codeServer, '--user-data-dir', scratch.userData, '--extensions-dir', scratch.extensions];
}

/** Installs the packaged extension the way a user would; returns the folder it was unpacked into. */
export function installVsix(tools, scratch, vsixPath) {
  const result = spawnSync(tools.node24, [...codeServerArgs(tools, scratch), '--install-extension', vsixPath], {
    env: scratchEnv(scratch),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`installing ${vsixPath} failed:\n${result.stdout}\n${result.stderr}`);
  const folder = readdirSync(scratch.extensions).find((name) => name.startsWith('keyguard.keyguard-'));
  if (!folder) throw new Error(`the extension did not appear in ${scratch.extensions}:\n${result.stdout}`);
  return join(scratch.extensions, folder);
}

async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs} ms`);
}

/**
 * Starts code-server on a free loopback port for `workspace`. `trust: true` keeps workspace trust
 * enabled (the folder then opens in Restricted Mode); by default trust is disabled like the recipe.
 */
export async function startCodeServer(tools, scratch, { workspace, trust = false, env = {}, log = () => {} }) {
  const port = await freePort();
  const args = [
    ...codeServerArgs(tools, scratch),
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    // Without it every page load leaves an extension host and a language server running for hours.
    '--reconnection-grace-time', '5',
    // The workbench honours extensionDevelopmentPath/extensionTestsPath in `payload` only with this.
    '--vscode-option', 'enable-smoke-test-driver',
    ...(trust ? [] : ['--disable-workspace-trust']),
    workspace,
  ];
  const child = spawn(tools.node24, args, { env: scratchEnv(scratch, env), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  started.add(child);
  child.stdout.setEncoding('utf8').on('data', (d) => log(d));
  child.stderr.setEncoding('utf8').on('data', (d) => log(d));
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, 30_000);
  return { url, port, child, stop: () => stopProcess(child) };
}

export async function launchBrowser(tools, scratch) {
  const require = createRequire(import.meta.url);
  const { chromium } = require(tools.playwrightCore);
  const browser = await chromium.launch({
    executablePath: tools.chromium,
    headless: true,
    env: scratchEnv(scratch),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return browser;
}

/** The workbench URL that opens `workspace` and runs the extension tests inside its extension host. */
export function testPayloadUrl(server, { workspace, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (path) => `vscode-remote://127.0.0.1:${server.port}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionDevelopmentPath)],
    ['extensionTestsPath', remote(extensionTestsPath)],
    ['skipWelcome', 'true'],
  ];
  return `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
