// Runs a scan over the command's paths: list files, read them with bounded concurrency, scan the text.
// Only files with findings keep their text (for positions); the rest are counted and dropped.

import { scanText } from '../shared/scanner';
import { listFiles, readScannableFile, type SkippedFile } from '../shared/workspace/files';
import { compareCodeUnits } from '../shared/workspace/paths';
import { mapConcurrent } from '../shared/workspace/queue';
import type { ScanResults, ScannedFile } from '../shared/report/model';
import type { ScanCommand } from './args';

/** Files read at once: keeps memory and open handles bounded on large trees. */
const READ_CONCURRENCY = 16;

export async function runScan(command: ScanCommand, rootDir: string): Promise<ScanResults> {
  const files = new Set<string>();
  const skipped = new Map<string, SkippedFile>();
  for (const path of command.paths) {
    const listing = await listFiles(path, { exclude: command.exclude, respectGitignore: command.respectGitignore });
    for (const file of listing.files) files.add(file);
    for (const entry of listing.skipped) skipped.set(entry.path, entry);
  }

  const withFindings: ScannedFile[] = [];
  let filesScanned = 0;
  await mapConcurrent([...files], READ_CONCURRENCY, async (path) => {
    const read = await readScannableFile(path, { maxFileSizeBytes: command.maxFileSizeBytes });
    if (read.kind === 'skipped') {
      skipped.set(path, read.skipped);
      return;
    }
    filesScanned++;
    const findings = scanText(read.text, { fileName: path });
    if (findings.length > 0) withFindings.push({ path, text: read.text, findings });
  });

  return {
    rootDir,
    files: withFindings.sort((a, b) => compareCodeUnits(a.path, b.path)),
    skipped: [...skipped.values()].sort((a, b) => compareCodeUnits(a.path, b.path)),
    filesScanned,
  };
}
