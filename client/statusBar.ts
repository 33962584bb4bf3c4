// Status bar item with the number of KeyGuard findings; clicking it scans the workspace.
import * as vscode from 'vscode';

export const DIAGNOSTIC_SOURCE = 'keyguard';

/** Counts KeyGuard diagnostics over every resource VS Code currently holds diagnostics for. */
export function countKeyGuardDiagnostics(): number {
  let count = 0;
  for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
    for (const diagnostic of diagnostics) {
      if (diagnostic.source === DIAGNOSTIC_SOURCE) count++;
    }
  }
  return count;
}

export class FindingsStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly subscription: vscode.Disposable;
  private current = 0;

  constructor(scanCommand: string) {
    this.item = vscode.window.createStatusBarItem('keyguard.findings', vscode.StatusBarAlignment.Left);
    this.item.name = 'KeyGuard';
    this.item.command = scanCommand;
    this.subscription = vscode.languages.onDidChangeDiagnostics(() => this.refresh());
    this.refresh();
    this.item.show();
  }

  get count(): number {
    return this.current;
  }

  private refresh(): void {
    this.current = countKeyGuardDiagnostics();
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
