// Bundles the three entry points with esbuild; `--tests` also bundles every test file into out/.
// Type checking is separate (`npm run typecheck`, tsc --noEmit) so builds stay fast.
import * as esbuild from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
const withTests = process.argv.includes('--tests');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

function filesUnder(dir, suffix) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...filesUnder(path, suffix));
    else if (path.endsWith(suffix)) found.push(path);
  }
  return found;
}

const builds = [
  esbuild.build({ ...common, entryPoints: ['client/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/main.ts'], outfile: 'dist/server.js' }),
  esbuild.build({
    ...common,
    entryPoints: ['cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  }),
];

if (withTests) {
  // Tests keep mocha/vscode/recheck external: they are resolved from node_modules (or the host) at run time.
  const entryPoints = [...filesUnder('test', '.test.ts'), ...filesUnder('test', 'index.ts')];
  builds.push(
    esbuild.build({
      ...common,
      minify: false,
      entryPoints,
      outdir: 'out/test',
      outbase: 'test',
      external: ['vscode', 'mocha', 'recheck', 'playwright-core', 'acorn'],
    }),
  );
}

await Promise.all(builds);
