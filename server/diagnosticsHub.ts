// Who publishes diagnostics for a file: an open document's own validation is authoritative; the workspace
// scan publishes only for files that are not open, and takes a file back when its document closes. A notebook
// is open while any of its cells is: the cells' diagnostics then stand for the `.ipynb` file.

import type { Diagnostic } from 'vscode-languageserver/node';
import { documentKey, fileUri, notebookPathOf } from './uris';

export type SendDiagnostics = (uri: string, diagnostics: Diagnostic[], version?: number) => void;

interface ScannedFile {
  /** The URI the scan's diagnostics were published under. */
  readonly uri: string;
  readonly count: number;
  /** Not checked under the current settings (disabled, excluded, too large, unreadable): a change may bring findings back. */
  readonly unchecked: boolean;
}

export class DiagnosticsHub {
  /** Open documents by key (path for files). */
  private readonly open = new Map<string, string>();
  /** Number of open cells by notebook path. */
  private readonly openCells = new Map<string, number>();
  /** Files the workspace scan covered, by path. */
  private readonly scanned = new Map<string, ScannedFile>();

  constructor(private readonly send: SendDiagnostics) {}

  documentOpened(uri: string): void {
    this.open.set(documentKey(uri), uri);
    const notebook = notebookPathOf(uri);
    if (notebook === undefined) return;
    const cells = (this.openCells.get(notebook) ?? 0) + 1;
    this.openCells.set(notebook, cells);
    // The scan's findings for the file would repeat the cells' own, at positions in the raw JSON.
    const file = this.scanned.get(notebook);
    if (cells === 1 && file && file.count > 0) this.send(file.uri, []);
  }

  /**
   * Forgets the document. Returns the path of a scanned file no editor shows any more, which the caller checks
   * again from disk: the document's own file, or the notebook whose last open cell this was.
   */
  documentClosed(uri: string): string | undefined {
    const key = documentKey(uri);
    this.open.delete(key);
    const notebook = notebookPathOf(uri);
    if (notebook === undefined) return this.scanned.has(key) ? key : undefined;
    const cells = (this.openCells.get(notebook) ?? 1) - 1;
    if (cells > 0) {
      this.openCells.set(notebook, cells);
      return undefined;
    }
    this.openCells.delete(notebook);
    return this.scanned.has(notebook) ? notebook : undefined;
  }

  isOpen(path: string): boolean {
    return this.open.has(path) || this.openCells.has(path);
  }

  /** URI of the open document for a path (or key), if any. */
  openUri(path: string): string | undefined {
    return this.open.get(path);
  }

  publishDocument(uri: string, diagnostics: Diagnostic[], version: number): void {
    this.send(uri, diagnostics, version);
  }

  clearDocument(uri: string): void {
    this.send(uri, []);
  }

  /**
   * Records the scan's result for a file and publishes it unless the file is open; `undefined` when the file
   * was not checked (it then shows nothing). `uri` overrides the URI to publish under (a document that just
   * closed); `force` publishes even an empty list for a file that had none (to replace the closed document's
   * own diagnostics).
   */
  publishScanned(path: string, result: Diagnostic[] | undefined, options: { readonly uri?: string; readonly force?: boolean } = {}): void {
    const previous = this.scanned.get(path);
    const uri = options.uri ?? previous?.uri ?? fileUri(path);
    const diagnostics = result ?? [];
    this.scanned.set(path, { uri, count: diagnostics.length, unchecked: result === undefined });
    if (this.isOpen(path)) return;
    if (options.force || diagnostics.length > 0 || (previous?.count ?? 0) > 0) this.send(uri, diagnostics);
  }

  isScanned(path: string): boolean {
    return this.scanned.has(path);
  }

  /** Drops scan results of files not in `keep` (deleted, now ignored or excluded), clearing their diagnostics. */
  forgetScannedExcept(keep: ReadonlySet<string>): void {
    for (const [path, file] of this.scanned) {
      if (keep.has(path)) continue;
      this.scanned.delete(path);
      if (file.count > 0 && !this.isOpen(path)) this.send(file.uri, []);
    }
  }

  /**
   * Files a settings change can affect: those with findings (severity, enable) and those not checked under
   * the old settings (enable, exclude, size limit turned back). A clean file stays clean whatever they say.
   */
  scannedPathsAffectedBySettings(): string[] {
    return [...this.scanned].filter(([, file]) => file.count > 0 || file.unchecked).map(([path]) => path);
  }
}
