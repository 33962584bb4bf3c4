// Where a document lives: file paths for file URIs and notebook cells, and the workspace folder around it.
// Open documents and scanned files are matched by path, not by URI string: clients and `pathToFileURL`
// percent-encode differently (VS Code encodes `:` and `@`, Node does not).

import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { relativeInside } from '../shared/workspace/paths';

export interface WorkspaceFolderInfo {
  readonly uri: string;
  readonly name: string;
  /** Absolute path; only file-scheme folders are kept. */
  readonly path: string;
}

/** The file-system path a document belongs to: the file itself, or the notebook a cell is part of. */
export function filePathOf(uri: string): string | undefined {
  try {
    if (uri.startsWith('file:')) return resolve(fileURLToPath(uri));
    // `vscode-notebook-cell:/path/to/nb.ipynb#cell`: the path part is the notebook's file path.
    if (uri.startsWith('vscode-notebook-cell:')) {
      const notebook = new URL(uri);
      return resolve(fileURLToPath(`file://${notebook.pathname}`));
    }
  } catch {
    // Not a path we can use (a remote authority, a malformed URI): treat the document as having none.
  }
  return undefined;
}

/** The notebook file a cell document belongs to; undefined for any other document. */
export function notebookPathOf(uri: string): string | undefined {
  return uri.startsWith('vscode-notebook-cell:') ? filePathOf(uri) : undefined;
}

/** Identity used to match open documents, scan results and env files: the path for files, else the URI. */
export function documentKey(uri: string): string {
  return uri.startsWith('file:') ? filePathOf(uri) ?? uri : uri;
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

export function toFolderInfo(folder: { readonly uri: string; readonly name: string }): WorkspaceFolderInfo | undefined {
  if (!folder.uri.startsWith('file:')) return undefined;
  const path = filePathOf(folder.uri);
  return path ? { uri: folder.uri, name: folder.name, path } : undefined;
}

/** The innermost folder containing `path` (multi-root workspaces can nest folders). */
export function folderContaining(folders: readonly WorkspaceFolderInfo[], path: string): WorkspaceFolderInfo | undefined {
  let best: WorkspaceFolderInfo | undefined;
  for (const folder of folders) {
    if (relativeInside(folder.path, path) === undefined) continue;
    if (!best || folder.path.length > best.path.length) best = folder;
  }
  return best;
}

/** Where a document sits: its path (if any), the workspace folder around it, and its path inside that folder. */
export interface DocumentLocation {
  readonly path: string | undefined;
  readonly folder: WorkspaceFolderInfo | undefined;
  /** `/`-separated path relative to `folder`, when the document is inside one. */
  readonly relPath: string | undefined;
}

export function locate(uri: string, folders: readonly WorkspaceFolderInfo[]): DocumentLocation {
  return locateFile(filePathOf(uri), folders);
}

export function locateFile(path: string | undefined, folders: readonly WorkspaceFolderInfo[]): DocumentLocation {
  const folder = path === undefined ? undefined : folderContaining(folders, path);
  const relPath = path !== undefined && folder ? relativeInside(folder.path, path) : undefined;
  return { path, folder, relPath };
}
