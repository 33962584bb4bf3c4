// Runs KeyGuard's own engine over the corpus, in process: the same `scanText` the server and CLI use.

import { scanText } from '../../shared/scanner';
import type { CorpusFile } from './corpus';
import type { Report } from './metrics';

export interface ToolRun {
  readonly tool: string;
  readonly reports: Report[];
  readonly seconds: number;
}

export function runKeyGuard(files: readonly CorpusFile[]): ToolRun {
  const started = process.hrtime.bigint();
  const reports: Report[] = [];
  for (const file of files) {
    for (const finding of scanText(file.text, { fileName: file.path })) {
      reports.push({ file: file.path, start: finding.valueRange.start, end: finding.valueRange.end, ruleId: finding.ruleId, family: finding.family });
    }
  }
  return { tool: 'KeyGuard', reports, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}
