// Entry point of the in-editor suite: VS Code (test-electron) or code-server's workbench loads this
// module in the extension host and awaits `run()`; a rejection marks the run as failed.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

/**
 * In code-server the workbench forwards the suite's console together with its own logs, so the runner
 * sets KEYGUARD_SUITE_OUTPUT_MARK and keeps only the lines that carry it.
 */
function markReporterOutput(mark: string): void {
  Mocha.reporters.Base.consoleLog = (...data: unknown[]) => {
    const text = data.length === 0 ? '' : format(...data);
    console.log(text.split('\n').map((line) => `${mark}${line}`).join('\n'));
  };
}

/** `KEYGUARD_VSCODE_PASS=restricted` runs only the Restricted Mode tests (the runner opens an untrusted folder). */
function grepForPass(): { grep: RegExp; invert: boolean } {
  const restricted = /\[restricted mode\]/;
  return { grep: restricted, invert: process.env.KEYGUARD_VSCODE_PASS !== 'restricted' };
}

export function run(): Promise<void> {
  const mark = process.env.KEYGUARD_SUITE_OUTPUT_MARK;
  if (mark) markReporterOutput(mark);
  const { grep, invert } = grepForPass();
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, grep, invert, reporter: 'spec' });
  // The suite's files are bundled next to this one by `npm run build -- --tests`. The log check goes
  // last so that it sees what every other test made the extension log.
  const last = 'output-log.test.js';
  const files = readdirSync(__dirname).filter((name) => name.endsWith('.test.js') && name !== last).sort();
  for (const name of [...files, last]) mocha.addFile(join(__dirname, name));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} in-editor test(s) failed`));
      else resolve();
    });
  });
}
