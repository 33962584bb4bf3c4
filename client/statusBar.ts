// Status bar item with the number of KeyGuard findings; clicking it scans the workspace.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../shared/protocol';

function keyGuardCount(diagnostics: readonly vscode.Diagnostic[]): number {
  let count = 0;
  for (const diagnostic of diagnostics) if (diagnostic.source === DIAGNOSTIC_SOURCE) count++;
  return count;
}

export class FindingsStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly subscription: vscode.Disposable;
  /** KeyGuard diagnostics per resource: a change event re-counts only the resources it names. */
  private readonly counts = new Map<string, number>();
  private current = 0;

  constructor(scanCommand: string) {
    this.item = vscode.window.createStatusBarItem('keyguard.findings', vscode.StatusBarAlignment.Left);
    this.item.name = 'KeyGuard';
    this.item.command = scanCommand;
    for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) this.record(uri, diagnostics);
    this.subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      for (const uri of event.uris) this.record(uri, vscode.languages.getDiagnostics(uri));
      this.render();
    });
    this.render();
    this.item.show();
  }

  get count(): number {
    return this.current;
  }

  private record(uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[]): void {
    const key = uri.toString();
    this.current -= this.counts.get(key) ?? 0;
    const count = keyGuardCount(diagnostics);
    if (count > 0) this.counts.set(key, count);
    else this.counts.delete(key);
    this.current += count;
  }

  private render(): void {
    const summary =
      this.current === 0
        ? 'KeyGuard: no hardcoded secrets found'
        : `KeyGuard: ${this.current} ${this.current === 1 ? 'possible secret' : 'possible secrets'} in code`;
    this.item.text = this.current === 0 ? '$(shield) KeyGuard' : `$(shield) ${this.current}`;
    this.item.tooltip = `${summary}. Click to scan the workspace.`;
    // Screen readers would otherwise read the bare number.
    this.item.accessibilityInformation = { label: summary };
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
