import * as assert from 'node:assert/strict';
import { formatScanSummary } from '../../client/scanSummary';

const summary = {
  folders: 1,
  filesScanned: 12,
  findings: 3,
  filesWithFindings: 2,
  filesSkipped: 1,
  skipped: { binary: 1, tooLarge: 0, unreadable: 0, vanished: 0, symlinkLoop: 0, specialFile: 0 },
  cancelled: false,
  durationMs: 40,
};

describe('client: scan summary notification', () => {
  it('names files scanned, findings, the files they are in and skipped files', () => {
    assert.equal(formatScanSummary(summary), 'KeyGuard scanned 12 files: 3 possible secrets in 2 files; 1 file skipped (see the KeyGuard output).');
  });

  it('says when nothing was found and leaves out a zero skip count', () => {
    assert.equal(
      formatScanSummary({ ...summary, filesScanned: 1, findings: 0, filesWithFindings: 0, filesSkipped: 0 }),
      'KeyGuard scanned 1 file: no hardcoded secrets found.',
    );
  });

  it('says when the scan was cancelled', () => {
    assert.match(formatScanSummary({ ...summary, cancelled: true }), /^KeyGuard scan cancelled after 12 files:/);
  });

  it('falls back to a generic message when the result is not a summary', () => {
    for (const result of [undefined, null, 'done', { filesScanned: '12' }]) {
      assert.equal(formatScanSummary(result), 'KeyGuard: workspace scan finished; see the KeyGuard output for details.');
    }
  });
});
