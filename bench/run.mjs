// Entry for `npm run bench:detect` / `npm run bench:perf`: bundles the TypeScript bench (and the engine it
// imports from shared/) with esbuild into out/bench/, then runs it. Extra arguments pass through.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [which, ...args] = process.argv.slice(2);
if (which !== 'detect' && which !== 'perf') {
  console.error('usage: node bench/run.mjs detect|perf [options]');
  process.exit(2);
}
const outfile = join(root, 'out', 'bench', `${which}.js`);
await esbuild.build({
  entryPoints: [join(root, 'bench', `${which}.ts`)],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
