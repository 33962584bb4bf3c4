// Shapes shared by the workspace listing and the file reader (language server scan and CLI).

export type SkipReason = 'binary' | 'too-large' | 'unreadable' | 'vanished' | 'symlink-loop' | 'special-file';

export interface SkippedFile {
  /** Absolute path. */
  readonly path: string;
  readonly reason: SkipReason;
  /** Human detail ("permission denied", "1.5 MiB > 1 MiB limit"). Never file content. */
  readonly detail?: string;
}

export interface FileListing {
  /** Absolute paths, sorted, no duplicates. */
  readonly files: readonly string[];
  /** Sorted by path. */
  readonly skipped: readonly SkippedFile[];
}

export interface ListOptions {
  /** Globs matched against the path relative to the root (`/` separators); a glob without `/` matches any basename. */
  readonly exclude?: readonly string[];
  /** Honour `.gitignore` files and `.git/info/exclude` (default true). */
  readonly respectGitignore?: boolean;
  readonly signal?: AbortSignal;
}

export type ReadResult =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'skipped'; readonly skipped: SkippedFile };
