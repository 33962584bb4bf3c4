// Runs secretlint with its recommended preset over the same corpus. secretlint 13 needs Node 22, so the
// bench installs a Node 22 binary from the npm registry (the `node-<platform>-<arch>` package) beside it
// in bench/.cache/, and reuses that install on later runs.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DetectorFamily } from '../../shared/types';
import type { ToolRun } from './keyguard';
import type { Report } from './metrics';

const VERSIONS = { secretlint: '13', preset: '13', node: '22' };

/** Which KeyGuard family each provider-specific rule of the preset belongs to. */
const RULE_FAMILIES: Record<string, DetectorFamily> = {
  openai: 'llm',
  anthropic: 'llm',
  groq: 'llm',
  huggingface: 'llm',
  'database-connection-string': 'vector-data',
  aws: 'cloud',
  gcp: 'cloud',
  cloudflare: 'cloud',
  vercel: 'cloud',
  tailscale: 'cloud',
  databricks: 'cloud',
  github: 'developer',
  gitlab: 'developer',
  npm: 'developer',
  docker: 'developer',
  figma: 'developer',
  grafana: 'developer',
  'hashicorp-vault': 'developer',
  linear: 'developer',
  notion: 'developer',
  '1password': 'developer',
  slack: 'messaging-payments',
  sendgrid: 'messaging-payments',
  shopify: 'messaging-payments',
  stripe: 'messaging-payments',
  mailchimp: 'messaging-payments',
  privatekey: 'generic',
  basicauth: 'generic',
};

export function familyOfSecretlintRule(ruleId: string): DetectorFamily | 'unknown' {
  return RULE_FAMILIES[ruleId.replace(/^@secretlint\/secretlint-rule-/, '')] ?? 'unknown';
}

interface Install {
  readonly node: string;
  readonly cli: string;
  readonly version: string;
}

function nodeMajor(): number {
  return Number(process.versions.node.split('.')[0]);
}

export function ensureSecretlint(cacheDir: string, log: (line: string) => void): Install {
  const dir = join(cacheDir, 'secretlint');
  const nodePackage = `node-${process.platform}-${process.arch}`;
  const useOwnNode = nodeMajor() >= 22;
  const node = useOwnNode ? process.execPath : join(dir, 'node_modules', nodePackage, 'bin', 'node');
  const cli = join(dir, 'node_modules', 'secretlint', 'bin', 'secretlint.js');
  const presetManifest = join(dir, 'node_modules', '@secretlint', 'secretlint-rule-preset-recommend', 'package.json');
  if (!existsSync(cli) || !existsSync(presetManifest) || !existsSync(node)) {
    log(`installing secretlint@${VERSIONS.secretlint} + preset-recommend${useOwnNode ? '' : ` + ${nodePackage}@${VERSIONS.node}`} into ${dir}`);
    mkdirSync(dir, { recursive: true });
    const dependencies: Record<string, string> = {
      secretlint: `^${VERSIONS.secretlint}`,
      '@secretlint/secretlint-rule-preset-recommend': `^${VERSIONS.preset}`,
    };
    if (!useOwnNode) dependencies[nodePackage] = `^${VERSIONS.node}`;
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'keyguard-bench-secretlint', private: true, dependencies }, null, 2));
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    // --ignore-scripts: nothing from the registry runs at install time; the Node binary ships in the tarball.
    execFileSync(npm, ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', '--engine-strict=false'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const version = (JSON.parse(readFileSync(join(dir, 'node_modules', 'secretlint', 'package.json'), 'utf8')) as { version: string }).version;
  return { node, cli, version };
}

interface SecretlintMessage {
  readonly ruleId: string;
  readonly range: readonly [number, number];
}

interface SecretlintResult {
  readonly filePath: string;
  readonly messages: readonly SecretlintMessage[];
}

export function runSecretlint(install: Install, corpusDir: string, outDir: string): ToolRun {
  const rc = join(outDir, 'secretlintrc.json');
  const output = join(outDir, 'secretlint-results.json');
  writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  const started = process.hrtime.bigint();
  try {
    // --no-gitignore: the corpus lives under a git-ignored folder of this repository.
    execFileSync(install.node, [install.cli, '**/*', '--format', 'json', '--output', output, '--secretlintrc', rc, '--no-gitignore', '--no-color'], {
      cwd: corpusDir,
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch (error) {
    // Exit code 1 means "found secrets"; anything else is a real failure.
    const status = (error as { status?: number }).status;
    if (status !== 1) throw error;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const results = JSON.parse(readFileSync(output, 'utf8')) as SecretlintResult[];
  const reports: Report[] = [];
  for (const result of results) {
    const file = relative(corpusDir, result.filePath).split('\\').join('/');
    for (const message of result.messages) {
      reports.push({ file, start: message.range[0], end: message.range[1], ruleId: message.ruleId, family: familyOfSecretlintRule(message.ruleId) });
    }
  }
  return { tool: `secretlint ${install.version}`, reports, seconds };
}
