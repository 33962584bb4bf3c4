// Maps file-system errors to skip reasons, and builds the error an aborted listing rejects with.

import type { SkippedFile } from './types';

export function skippedForError(path: string, error: unknown): SkippedFile {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { path, reason: 'vanished', detail: 'removed or replaced while scanning' };
    case 'EACCES':
    case 'EPERM':
      return { path, reason: 'unreadable', detail: 'permission denied' };
    case 'ELOOP':
      return { path, reason: 'symlink-loop', detail: 'too many levels of symbolic links' };
    case 'EISDIR':
      return { path, reason: 'special-file', detail: 'is a directory' };
    default:
      return { path, reason: 'unreadable', detail: code ?? (error instanceof Error ? error.message : String(error)) };
  }
}

/** What `signal.throwIfAborted()` would throw: the abort reason, or a DOMException named AbortError. */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted', 'AbortError');
}
