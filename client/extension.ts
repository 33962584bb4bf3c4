// KeyGuard's VS Code client: starts the language server and shows its findings in the status bar.
// Detection, fixes and the workspace scan live in the server; this file only wires them into VS Code.
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { CONFIGURATION_SECTION, SCAN_WORKSPACE_COMMAND } from '../shared/protocol';
import { formatScanSummary } from './scanSummary';
import { FindingsStatusBar } from './statusBar';

/** What `activate` returns: read by the in-editor tests, harmless to other extensions. */
export interface KeyGuardApi {
  /** Number of KeyGuard diagnostics across all resources, as shown in the status bar. */
  findingCount(): number;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<KeyGuardApi> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };

  const outputChannel = vscode.window.createOutputChannel('KeyGuard', { log: true });
  context.subscriptions.push(outputChannel);

  const clientOptions: LanguageClientOptions = {
    // Secrets leak from any file, so every document is checked: saved files, untitled buffers and
    // notebook cells (their documents use the `vscode-notebook-cell` scheme, matched by the notebook filter).
    documentSelector: [{ scheme: 'file' }, { scheme: 'untitled' }, { notebook: '*', language: '*' }],
    synchronize: { configurationSection: CONFIGURATION_SECTION },
    outputChannel,
    middleware: {
      // vscode-languageclient registers the server-advertised scan command itself; the middleware is
      // where the client sees its result, so the summary notification is shown here.
      executeCommand: async (command, args, next) => {
        const result: unknown = await next(command, args);
        if (command === SCAN_WORKSPACE_COMMAND) {
          void vscode.window.showInformationMessage(formatScanSummary(result));
        }
        return result;
      },
    },
  };

  const statusBar = new FindingsStatusBar(SCAN_WORKSPACE_COMMAND);
  context.subscriptions.push(statusBar);

  client = new LanguageClient('keyguard', 'KeyGuard', serverOptions, clientOptions);
  await client.start();

  return { findingCount: () => statusBar.count };
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  await running?.stop();
}
