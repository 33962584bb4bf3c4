// `keyguard` entry point: parse arguments → scan → format → exit code (0 clean, 1 findings, 2 error).

import { writeFile } from 'node:fs/promises';
import { catalog } from '../shared/detectors/index';
import { formatJson, formatText, toSarif } from '../shared/report/index';
import { summarize, type ScanResults } from '../shared/report/model';
import { TOOL_VERSION } from '../shared/report/version';
import { parseCommand, UsageError, type ScanCommand } from './args';
import { HELP } from './help';
import { runScan } from './scan';

const EXIT_CLEAN = 0;
const EXIT_FINDINGS = 1;
const EXIT_ERROR = 2;

async function main(argv: readonly string[]): Promise<number> {
  const command = parseCommand(argv);
  if (command.kind === 'help') return print(HELP, EXIT_CLEAN);
  if (command.kind === 'version') return print(`${TOOL_VERSION}\n`, EXIT_CLEAN);

  const results = await runScan(command, process.cwd());
  const report = render(command, results);
  if (command.output === undefined) {
    await writeStdout(report);
  } else {
    await writeReportFile(command.output, report);
    if (!command.quiet) process.stderr.write(`keyguard: ${summaryLine(results)}; report written to ${command.output}\n`);
  }
  return summarize(results).findings > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}

function render(command: ScanCommand, results: ScanResults): string {
  switch (command.format) {
    case 'json':
      return formatJson(results);
    case 'sarif':
      return `${JSON.stringify(toSarif(results, { rootDir: results.rootDir, detectors: catalog }), null, 2)}\n`;
    case 'text':
      return formatText(results, {
        color: command.output === undefined && useColor(),
        verbose: command.verbose,
        quiet: command.quiet,
      });
  }
}

/** https://no-color.org: any non-empty NO_COLOR turns colours off; they are only for a terminal. */
function useColor(): boolean {
  return process.stdout.isTTY === true && !process.env.NO_COLOR;
}

function summaryLine(results: ScanResults): string {
  const summary = summarize(results);
  return `${summary.findings} secret(s) in ${summary.filesWithFindings} file(s), ${summary.filesScanned} scanned, ${summary.filesSkipped} skipped`;
}

async function writeReportFile(file: string, report: string): Promise<void> {
  try {
    await writeFile(file, report);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`cannot write report to ${file}: ${code === 'ENOENT' ? 'no such directory' : code === 'EACCES' ? 'permission denied' : code ?? String(error)}`);
  }
}

function print(text: string, exitCode: number): Promise<number> {
  return writeStdout(text).then(() => exitCode);
}

/**
 * Resolves once the text is flushed, so exiting right after cannot truncate a piped report. A reader that left
 * early (`keyguard scan | head`) is not a failure of the scan: EPIPE keeps the exit code of the findings.
 */
function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => (error && (error as NodeJS.ErrnoException).code !== 'EPIPE' ? reject(error) : resolve()));
  });
}

// Write errors reach writeStdout's callback; without a listener the stream's 'error' event would crash the process.
process.stdout.on('error', () => undefined);

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // One line, no stack: messages name paths and options, never file content.
    const message = error instanceof Error ? error.message : String(error);
    const hint = error instanceof UsageError ? ' (see keyguard --help)' : '';
    process.stderr.write(`keyguard: ${message}${hint}\n`);
    process.exitCode = EXIT_ERROR;
  },
);
