// Text of `keyguard --help`.

import { DEFAULT_MAX_FILE_SIZE_KB } from './args';

export const HELP = `KeyGuard: find hardcoded API keys and credentials.

Usage:
  keyguard scan [paths...] [options]
  keyguard --help | --version

Scans the given files and directories (default: the current directory), honouring
.gitignore files and .git/info/exclude, and skipping binary and oversized files.

Options:
  -f, --format FORMAT     text (default), json or sarif (SARIF 2.1.0)
  -o, --output FILE       write the report to FILE instead of standard output
      --exclude GLOB      skip paths matching GLOB, relative to each scanned directory;
                          a glob without "/" matches file and directory names at any
                          depth (repeatable: --exclude "fixtures/**" --exclude "*.min.js")
      --max-file-size KB  skip files larger than KB kibibytes (default ${DEFAULT_MAX_FILE_SIZE_KB})
      --no-gitignore      scan files that .gitignore excludes too (.git is never scanned)
  -q, --quiet             text format: print findings only, no summary
      --verbose           text format: list skipped files and why they were skipped
  -h, --help              show this help
      --version           show the version

Findings show a masked preview, never the secret. A line containing keyguard:allow
(or keyguard:allow-next-line on the line above) is not reported.

Exit status: 0 no secrets found, 1 secrets found, 2 usage or runtime error.
`;
