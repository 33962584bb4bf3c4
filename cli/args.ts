// Command-line parsing with node:util parseArgs (strict): turns argv into a command or a UsageError.

import { parseArgs } from 'node:util';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface ScanCommand {
  readonly kind: 'scan';
  readonly paths: readonly string[];
  readonly format: OutputFormat;
  readonly output: string | undefined;
  readonly exclude: readonly string[];
  readonly maxFileSizeBytes: number;
  readonly respectGitignore: boolean;
  readonly quiet: boolean;
  readonly verbose: boolean;
}

export type Command = ScanCommand | { readonly kind: 'help' } | { readonly kind: 'version' };

/** A mistake in the command line: reported in one line, exit code 2. */
export class UsageError extends Error {}

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];
export const DEFAULT_MAX_FILE_SIZE_KB = 1024;

export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        exclude: { type: 'string', multiple: true },
        'max-file-size': { type: 'string' },
        'no-gitignore': { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(firstSentence(error instanceof Error ? error.message : String(error)));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...paths] = positionals;
  if (command === undefined) throw new UsageError('missing command (try "keyguard scan")');
  if (command !== 'scan') throw new UsageError(`unknown command "${command}" (the command is "scan")`);

  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
  }
  if (values.output === '') throw new UsageError('--output needs a file name');
  return {
    kind: 'scan',
    paths: paths.length > 0 ? paths : ['.'],
    format: format as OutputFormat,
    output: values.output,
    exclude: values.exclude ?? [],
    maxFileSizeBytes: parseMaxFileSize(values['max-file-size']),
    respectGitignore: !values['no-gitignore'],
    quiet: values.quiet ?? false,
    verbose: values.verbose ?? false,
  };
}

function parseMaxFileSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_FILE_SIZE_KB * 1024;
  const kb = Number(value);
  if (value.trim() === '' || !Number.isFinite(kb) || kb <= 0) {
    throw new UsageError(`--max-file-size takes a positive number of KiB (got "${value}")`);
  }
  return Math.floor(kb * 1024);
}

/** parseArgs messages add a long hint after the first sentence; the first one says what is wrong. */
function firstSentence(message: string): string {
  const end = message.indexOf('. ');
  return end < 0 ? message : message.slice(0, end);
}
