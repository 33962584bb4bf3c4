// A small LSP client for the server tests: spawns `node dist/server.js --stdio`, speaks JSON-RPC over its
// pipes, answers the server's requests (configuration, progress creation, registration, workspace folders)
// and records everything the server sends, so tests can wait for an event with a bound.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { resolve } from 'node:path';
import {
  CancellationTokenSource,
  CodeActionRequest,
  ConfigurationRequest,
  createMessageConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExecuteCommandRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCancelNotification,
  WorkDoneProgressCreateRequest,
  WorkspaceFoldersRequest,
  type ClientCapabilities,
  type CodeAction,
  type FileChangeType,
  type Command,
  type Diagnostic,
  type MessageConnection,
  type ProgressToken,
  type PublishDiagnosticsParams,
  type Range,
  type WorkDoneProgressBegin,
  type WorkDoneProgressEnd,
  type WorkDoneProgressReport,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { pathToFileURL } from 'node:url';

export const SERVER_PATH = resolve(__dirname, '../../../dist/server.js');
const DEFAULT_WAIT_MS = 5000;

/** `keyguard` settings for a scope URI (undefined = global); return undefined for "not set". */
export type SettingsProvider = (scopeUri: string | undefined) => unknown;

export interface StartOptions {
  readonly folders: readonly string[];
  readonly settings?: SettingsProvider;
  /** Overrides of the default (VS Code-like) client capabilities. */
  readonly capabilities?: ClientCapabilities;
}

export interface ProgressEvent {
  readonly token: ProgressToken;
  readonly value: WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;
}

export interface OpenDocument {
  readonly uri: string;
  readonly languageId: string;
  text: string;
  version: number;
}

export const VSCODE_LIKE_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
  },
  window: { workDoneProgress: true },
  textDocument: { publishDiagnostics: { versionSupport: true }, synchronization: { dynamicRegistration: false } },
};

export class TestClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logMessages: string[] = [];
  readonly progressCreated: ProgressToken[] = [];
  readonly progress: ProgressEvent[] = [];
  readonly registrations: string[] = [];
  readonly configurationScopes: (string | undefined)[] = [];
  readonly documents = new Map<string, OpenDocument>();
  stderr = '';
  settings: SettingsProvider;
  private readonly events = new EventEmitter();
  private exited = false;

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    readonly connection: MessageConnection,
    readonly folders: readonly WorkspaceFolder[],
    settings: SettingsProvider,
  ) {
    this.settings = settings;
    this.events.setMaxListeners(100);
  }

  static async start(options: StartOptions): Promise<TestClient> {
    const child = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: 'pipe' });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const folders = options.folders.map((path, index) => ({ uri: pathToFileURL(path).href, name: `folder${index}` }));
    const client = new TestClient(child, connection, folders, options.settings ?? (() => undefined));
    client.wire();
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folders[0]?.uri ?? null,
      workspaceFolders: folders,
      capabilities: options.capabilities ?? VSCODE_LIKE_CAPABILITIES,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private wire(): void {
    const { connection, child } = this;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      this.stderr += chunk;
    });
    child.on('exit', () => {
      this.exited = true;
      this.changed();
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params);
      this.published.push(params);
      this.changed();
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      this.logMessages.push(params.message);
      this.changed();
    });
    connection.onNotification(ShowMessageNotification.type, (params) => {
      this.logMessages.push(params.message);
      this.changed();
    });
    connection.onRequest(ConfigurationRequest.type, (params) => {
      const answers = params.items.map((item) => {
        this.configurationScopes.push(item.scopeUri);
        return item.section === 'keyguard' ? (this.settings(item.scopeUri) ?? null) : null;
      });
      this.changed();
      return answers;
    });
    connection.onRequest(WorkDoneProgressCreateRequest.type, (params) => {
      this.progressCreated.push(params.token);
      this.changed();
    });
    // vscode-jsonrpc routes `$/progress` to per-token handlers; with none registered it lands here.
    connection.onUnhandledProgress((params) => {
      this.progress.push(params as ProgressEvent);
      this.changed();
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations.map((registration) => registration.method));
      this.changed();
    });
    connection.onRequest(WorkspaceFoldersRequest.type, () => [...this.folders]);
  }

  private changed(): void {
    this.events.emit('changed');
  }

  /** Resolves with `check()`'s first defined result, re-checked after every message; rejects after `timeoutMs`. */
  waitFor<T>(what: string, check: () => T | undefined, timeoutMs = DEFAULT_WAIT_MS): Promise<T> {
    return new Promise<T>((resolvePromise, reject) => {
      const attempt = (): boolean => {
        const result = check();
        if (result === undefined) return false;
        cleanup();
        resolvePromise(result);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.events.off('changed', attempt);
      };
      if (!attempt()) this.events.on('changed', attempt);
    });
  }

  /** Diagnostics published for `uri` that satisfy `accept` (for the open version, when the document is open). */
  waitForDiagnostics(uri: string, what: string, accept: (diagnostics: Diagnostic[]) => boolean = () => true, timeoutMs?: number): Promise<Diagnostic[]> {
    return this.waitFor(
      what,
      () => {
        const params = this.diagnostics.get(uri);
        if (!params) return undefined;
        const open = this.documents.get(uri);
        if (open && params.version !== undefined && params.version !== open.version) return undefined;
        return accept(params.diagnostics) ? params.diagnostics : undefined;
      },
      timeoutMs,
    );
  }

  async open(uri: string, languageId: string, text: string): Promise<OpenDocument> {
    const document: OpenDocument = { uri, languageId, text, version: 1 };
    this.documents.set(uri, document);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return document;
  }

  /** An incremental change: replaces `range` (computed by the caller) with `newText`; `text` is the result. */
  async change(uri: string, changes: { range: Range; text: string }[], resultText: string): Promise<void> {
    await this.sendChanges(uri, changes, resultText);
  }

  /** Replaces the whole text (a full-content change, allowed under incremental sync). */
  async replaceText(uri: string, text: string): Promise<void> {
    await this.sendChanges(uri, [{ text }], text);
  }

  private async sendChanges(uri: string, contentChanges: ({ range: Range; text: string } | { text: string })[], resultText: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`${uri} is not open`);
    document.version++;
    document.text = resultText;
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: document.version },
      contentChanges,
    });
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** What the editor's file watcher reports: 1 created, 2 changed, 3 deleted. */
  async filesChanged(changes: { uri: string; type: FileChangeType }[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  async changeConfiguration(settings: SettingsProvider): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { keyguard: settings(undefined) } });
  }

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const result = await this.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range,
      context: { diagnostics, only },
    });
    return (result ?? []).filter((item): item is CodeAction => !isCommand(item));
  }

  executeCommand(command: string, token?: CancellationTokenSource): Promise<unknown> {
    return this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: [] }, token?.token);
  }

  async cancelProgress(token: ProgressToken): Promise<void> {
    await this.connection.sendNotification(WorkDoneProgressCancelNotification.type, { token });
  }

  /** Every line the server wrote outside the protocol or to its log, for leak checks. */
  outputLines(): string[] {
    return [...this.logMessages, ...this.stderr.split('\n')];
  }

  async stop(): Promise<void> {
    if (!this.exited) {
      const exited = new Promise<void>((resolveExit) => this.child.once('exit', () => resolveExit()));
      try {
        await this.connection.sendRequest(ShutdownRequest.type);
        await this.connection.sendNotification(ExitNotification.type);
      } catch {
        // The server is gone already; the kill below is then a no-op.
      }
      const timer = setTimeout(() => this.child.kill(), DEFAULT_WAIT_MS);
      await exited;
      clearTimeout(timer);
    }
    this.connection.dispose();
  }
}

function isCommand(item: CodeAction | Command): item is Command {
  return typeof (item as Command).command === 'string';
}
