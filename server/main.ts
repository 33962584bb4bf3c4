// KeyGuard language server: protocol glue between the client and the shared engine. Started as
// `node dist/server.js --stdio` or over IPC; `createConnection` picks the transport from the arguments.
// Nothing here writes to stdout: under --stdio that is the protocol channel (console.* goes to the log).

import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TOOL_VERSION } from '../shared/report/version';
import { keyGuardCodeActions } from './codeActions';
import { DiagnosticsHub } from './diagnosticsHub';
import { DocumentValidator } from './documentValidator';
import { affectsGitVerdicts, LocalEnvFileVerdicts } from './localEnvFiles';
import { describeError } from './errors';
import { SettingsStore } from './settings';
import { documentKey, filePathOf, fileUri, locate, toFolderInfo, type WorkspaceFolderInfo } from './uris';
import type { EditCapabilities } from './workspaceEdit';
import { ScanCommand } from './scanCommand';
import { recheckFile } from './workspaceScan';
import { CONFIGURATION_SECTION, SCAN_WORKSPACE_COMMAND } from '../shared/protocol';

const DEBOUNCE_MS = 200;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const log = {
  info: (message: string) => connection.console.info(message),
  error: (message: string) => connection.console.error(message),
};

let folders: WorkspaceFolderInfo[] = [];
let settings = new SettingsStore(undefined);
let editCapabilities: EditCapabilities = { documentChanges: false, createFiles: false };
let supportsWorkspaceFolders = false;
let registerConfigurationChange = false;
let registerFileWatcher = false;

const hub = new DiagnosticsHub((uri, diagnostics, version) => {
  connection.sendDiagnostics({ uri, diagnostics, version }).catch((error: unknown) => log.error(`Publishing diagnostics failed: ${describeError(error)}`));
});

/** The scanner's file-type context comes from real file names only (not notebook cells or untitled buffers). */
function scanFileName(uri: string): string | undefined {
  return uri.startsWith('file:') ? filePathOf(uri) : undefined;
}

function openDocumentAt(path: string): TextDocument | undefined {
  const uri = hub.openUri(path);
  return uri === undefined ? undefined : documents.get(uri);
}

const envFileVerdicts = new LocalEnvFileVerdicts();

const validator = new DocumentValidator(
  {
    document: (uri) => documents.get(uri),
    settings: (uri) => settings.get(uri),
    locate: (uri) => locate(uri, folders),
    scanFileName,
    isIgnoredLocalEnvFile: (uri, location) => envFileVerdicts.isIgnored(uri, location),
    hub,
    log,
  },
  DEBOUNCE_MS,
);

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const client = params.capabilities;
  const supportsConfiguration = client.workspace?.configuration === true;
  supportsWorkspaceFolders = client.workspace?.workspaceFolders === true;
  registerConfigurationChange = supportsConfiguration && client.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  registerFileWatcher = client.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  editCapabilities = {
    documentChanges: client.workspace?.workspaceEdit?.documentChanges === true,
    createFiles: client.workspace?.workspaceEdit?.resourceOperations?.includes('create') === true,
  };
  settings = new SettingsStore(
    supportsConfiguration
      ? async (scopeUri) => (await connection.workspace.getConfiguration({ scopeUri, section: CONFIGURATION_SECTION })) as unknown
      : undefined,
  );
  folders = foldersFrom(params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []));
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: false },
      executeCommandProvider: { commands: [SCAN_WORKSPACE_COMMAND] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'KeyGuard', version: TOOL_VERSION },
  };
});

connection.onInitialized(() => {
  if (registerConfigurationChange) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: CONFIGURATION_SECTION });
  }
  if (registerFileWatcher) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
  }
  if (supportsWorkspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((folder) => folder.uri));
      folders = [...folders.filter((folder) => !removed.has(folder.uri)), ...foldersFrom(event.added)];
      envFileVerdicts.forgetAll();
      revalidateOpenDocuments();
    });
  }
  log.info(`KeyGuard language server ${TOOL_VERSION} started`);
});

function foldersFrom(list: readonly WorkspaceFolder[]): WorkspaceFolderInfo[] {
  return list.map(toFolderInfo).filter((folder): folder is WorkspaceFolderInfo => folder !== undefined);
}

connection.onDidChangeConfiguration((change) => {
  const pushed = (change.settings as { keyguard?: unknown } | null | undefined)?.keyguard;
  settings.clear(pushed);
  revalidateOpenDocuments();
  void refreshScannedFiles();
});

function revalidateOpenDocuments(): void {
  for (const document of documents.all()) validator.schedule(document.uri, 0);
}

/** Re-checks scanned files the settings may affect, so a new severity, `enable` or `exclude` reaches them too. */
async function refreshScannedFiles(): Promise<void> {
  for (const path of hub.scannedPathsAffectedBySettings()) {
    await nextTurn();
    await recheckScanned(path);
  }
}

/** Checks a file the scan covers again, from disk (or its open buffer), under its folder's settings. */
async function recheckScanned(path: string, options?: { readonly uri?: string; readonly force?: boolean }): Promise<void> {
  const folder = locate(fileUri(path), folders).folder;
  const fileSettings = await settings.get(folder?.uri ?? options?.uri);
  hub.publishScanned(path, await recheckFile(path, folders, fileSettings, { openDocument: openDocumentAt, log }), options);
}

// Files the scan covers stay current when they change on disk outside the editor (a checkout, the CLI, a
// formatter); new files wait for the next scan, which applies .gitignore to them.
connection.onDidChangeWatchedFiles((params) => {
  // An open .env is reported or not by what git makes of it: check it again when that may have changed.
  if (params.changes.some((change) => affectsGitVerdicts(filePathOf(change.uri) ?? ''))) {
    for (const uri of envFileVerdicts.forgetAll()) validator.schedule(uri, 0);
  }
  void (async () => {
    for (const change of params.changes) {
      const path = filePathOf(change.uri);
      if (path === undefined || !hub.isScanned(path) || hub.isOpen(path)) continue;
      await nextTurn();
      await recheckScanned(path);
    }
  })().catch((error: unknown) => log.error(`Re-checking changed files failed: ${describeError(error)}`));
});

documents.onDidOpen((event) => hub.documentOpened(event.document.uri));
documents.onDidChangeContent((event) => validator.schedule(event.document.uri));
documents.onDidClose((event) => {
  const uri = event.document.uri;
  validator.cancel(uri);
  envFileVerdicts.forget(uri);
  const path = hub.documentClosed(uri);
  // The document's own diagnostics go, unless the scan's result for the same file replaces them below.
  const sameFile = path !== undefined && path === documentKey(uri);
  if (!sameFile) hub.clearDocument(uri);
  if (path === undefined) return;
  // The scan covers this file: what is on disk now (unsaved changes were just discarded or saved) is the truth.
  recheckScanned(path, { uri: sameFile ? uri : undefined, force: true }).catch((error: unknown) =>
    log.error(`Re-checking a closed file failed: ${describeError(error)}`),
  );
});

connection.onCodeAction(async (params) => {
  try {
    return await keyGuardCodeActions(params, {
      document: (uri) => documents.get(uri),
      folders: () => folders,
      settings: (uri) => settings.get(uri),
      openDocumentAt: (path) => {
        const document = openDocumentAt(path);
        return document && { uri: document.uri, text: document.getText(), version: document.version };
      },
      capabilities: editCapabilities,
      scanFileName,
    });
  } catch (error) {
    log.error(`Computing code actions failed: ${describeError(error)}`);
    return [];
  }
});

const scanCommand = new ScanCommand({
  createProgress: () => connection.window.createWorkDoneProgress(),
  scan: {
    folders: async () => {
      if (supportsWorkspaceFolders) folders = foldersFrom((await connection.workspace.getWorkspaceFolders()) ?? []);
      return folders;
    },
    settings: (folderUri) => settings.get(folderUri),
    openDocument: openDocumentAt,
    hub,
    log,
  },
  log,
});

connection.onExecuteCommand(async (params, token) => {
  if (params.command !== SCAN_WORKSPACE_COMMAND) return null;
  return scanCommand.run(token);
});

// A bug in one handler must not end the server (the client would restart it and lose every diagnostic).
process.on('unhandledRejection', (error) => log.error(`Unhandled rejection: ${describeError(error)}`));

documents.listen(connection);
connection.listen();
