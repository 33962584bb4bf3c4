// The tool's name, version and home, read from package.json at build time (esbuild inlines it).

import packageJson from '../../package.json';

const manifest = packageJson as { version: string; homepage?: string; repository?: string | { url?: string } };

export const TOOL_NAME = 'KeyGuard';
export const TOOL_VERSION: string = manifest.version;
/** Where SARIF viewers link the tool to; absent until package.json names a homepage or repository. */
export const TOOL_URI: string | undefined = browsable(
  manifest.homepage ?? (typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url),
);

/** `git+https://host/x.git` → `https://host/x`: a page a person can open. */
function browsable(uri: string | undefined): string | undefined {
  return uri?.replace(/^git\+/, '').replace(/\.git$/, '');
}
