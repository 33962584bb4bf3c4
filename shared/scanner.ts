// text → findings. One pass of the keyword index finds where each detector could match; a detector's full
// pattern then runs only in windows around its hits. Filtering, ignoring, dedup and sorting happen once, here.

import { catalog } from './detectors';
import { shannonEntropy } from './entropy';
import { isEmbeddedFragment, isPlaceholder, looksLikeProseOrIdentifier } from './filters';
import { deriveEnvVarName } from './fix/naming';
import { MarkerCheck } from './inlineIgnore';
import { LineStarts } from './lineStarts';
import { KeywordIndex } from './keywordIndex';
import { literalAround } from './literal';
import { maskSecret } from './mask';
import type { Detector, Finding, OffsetRange, ScanOptions } from './types';
import { fileContextOf, type FileContext } from './fileContext';

const DEFAULT_WINDOW = 256;
// Windows grow to whole lines so patterns see their context, but never past this: minified files have
// megabyte-long lines, and each hit must stay cheap.
const MAX_LINE_EXTENSION = 2048;

interface CompiledDetector {
  readonly detector: Detector;
  readonly pattern: RegExp;
  readonly window: number;
}

export class Scanner {
  private readonly compiled: readonly CompiledDetector[];
  private readonly index: KeywordIndex;
  /** Every detector's documented vendor examples: the generic detectors honour them too. */
  private readonly documentedExamples: ReadonlySet<string>;
  /**
   * Tie-breaker for findings on the same value: a detector that also matched the provider's name in context
   * (`STABILITY_API_KEY=sk-…`) says more than one that matched the shape alone; then catalog order.
   */
  private readonly priority: ReadonlyMap<string, number>;

  constructor(detectors: readonly Detector[]) {
    this.compiled = detectors.map((detector) => ({
      detector,
      pattern: new RegExp(detector.pattern.source, uniqueFlags(detector.pattern.flags + 'gd')),
      window: detector.window ?? DEFAULT_WINDOW,
    }));
    this.index = new KeywordIndex(detectors.map((d) => d.keywords));
    this.documentedExamples = new Set(detectors.flatMap((d) => d.allowValues ?? []));
    this.priority = new Map(
      detectors.map((d, i) => [d.id, (d.byContext && d.family !== 'generic' ? 0 : detectors.length) + i]),
    );
  }

  scan(text: string, options: ScanOptions = {}): Finding[] {
    const context = fileContextOf(options.fileName);
    const only = options.onlyRules ? new Set(options.onlyRules) : undefined;
    const lines = new LineStarts(text);
    const windows = this.windowsByDetector(text, lines, only, context);
    const candidates: Finding[] = [];
    for (const [detectorIndex, ranges] of windows) {
      const compiled = this.compiled[detectorIndex];
      for (const range of ranges) this.collect(text, compiled, range, candidates);
    }
    const markers = new MarkerCheck(text, lines);
    const reportable = candidates.filter((f) => !markers.suppresses(f.valueRange.start) && !markers.suppresses(f.literalRange.start));
    return dedupe(reportable, this.priority);
  }

  /** Merged search windows per detector, from one pass over the text. */
  private windowsByDetector(
    text: string,
    lines: LineStarts,
    only: Set<string> | undefined,
    context: FileContext,
  ): Map<number, OffsetRange[]> {
    const windows = new Map<number, OffsetRange[]>();
    for (const hit of this.index.hits(text)) {
      for (const owner of hit.owners) {
        const { detector, window } = this.compiled[owner];
        if (only && !only.has(detector.id)) continue;
        if (!context.allows(detector)) continue;
        const list = windows.get(owner) ?? [];
        const last = list[list.length - 1];
        // Hits arrive in order; one already covered by the previous window costs nothing more.
        if (last && hit.end + window <= last.end) continue;
        const from = Math.max(0, hit.start - window);
        const to = Math.min(text.length, hit.end + window);
        const start = Math.max(lines.startOf(from), from - MAX_LINE_EXTENSION);
        const end = Math.min(lines.endOf(to), to + MAX_LINE_EXTENSION);
        if (last && start <= last.end) list[list.length - 1] = { start: last.start, end: Math.max(last.end, end) };
        else list.push({ start, end });
        windows.set(owner, list);
      }
    }
    return windows;
  }

  private collect(text: string, compiled: CompiledDetector, range: OffsetRange, out: Finding[]): void {
    const { pattern } = compiled;
    const slice = text.slice(range.start, range.end);
    pattern.lastIndex = 0;
    for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
      const finding = this.toFinding(text, compiled.detector, match, range.start);
      if (finding) out.push(finding);
      // A rejected match may have swallowed the start of a real one (`<add key="ApiToken" value="…">` first
      // reads `key="ApiToken"`), so the search resumes right after where it began. Matches are bounded in
      // length, so this stays linear.
      if (!finding || match[0].length === 0) pattern.lastIndex = match.index + 1;
    }
  }

  private toFinding(text: string, detector: Detector, match: RegExpExecArray, sliceStart: number): Finding | undefined {
    const secretIndices = match.indices?.groups?.secret;
    const value = match.groups?.secret;
    if (!secretIndices || value === undefined) return undefined;
    const valueRange = { start: sliceStart + secretIndices[0], end: sliceStart + secretIndices[1] };
    if (this.documentedExamples.has(value) || !isCredible(detector, value, text, valueRange)) return undefined;
    const name = match.groups?.name;
    if (name !== undefined && detector.acceptName && !detector.acceptName(name)) return undefined;
    const literalIndices = match.indices?.groups?.literal;
    const content = literalIndices ? { start: sliceStart + literalIndices[0], end: sliceStart + literalIndices[1] } : valueRange;
    return {
      ruleId: detector.id,
      description: detector.description,
      family: detector.family,
      valueRange,
      literalRange: literalAround(text, content),
      preview: maskSecret(value),
      envVar: name ? deriveEnvVarName(name) : detector.envVar,
    };
  }
}

function isCredible(detector: Detector, value: string, text: string, range: OffsetRange): boolean {
  if (isPlaceholder(value)) return false;
  if (detector.byContext && looksLikeProseOrIdentifier(value)) return false;
  if (!value.includes('\n') && isEmbeddedFragment(text, range.start, range.end)) return false;
  if (detector.minEntropy !== undefined && shannonEntropy(value) < detector.minEntropy) return false;
  if (detector.validate && !detector.validate(value)) return false;
  return true;
}

/**
 * One finding per value: a provider-specific detector beats the generic ones, then the longer value wins,
 * then `priority`. Candidates are first grouped into clusters of overlapping ranges (a sweep by start
 * offset), so a minified file with thousands of findings costs O(n log n), not a comparison of every pair.
 * Output is sorted by position.
 */
function dedupe(findings: Finding[], priority: ReadonlyMap<string, number>): Finding[] {
  const rank = (a: Finding, b: Finding) =>
    Number(a.family === 'generic') - Number(b.family === 'generic') ||
    b.valueRange.end - b.valueRange.start - (a.valueRange.end - a.valueRange.start) ||
    (priority.get(a.ruleId) ?? 0) - (priority.get(b.ruleId) ?? 0);
  const byStart = [...findings].sort((a, b) => a.valueRange.start - b.valueRange.start);
  const kept: Finding[] = [];
  for (let i = 0; i < byStart.length; ) {
    let clusterEnd = byStart[i].valueRange.end;
    let j = i + 1;
    while (j < byStart.length && byStart[j].valueRange.start < clusterEnd) {
      clusterEnd = Math.max(clusterEnd, byStart[j].valueRange.end);
      j++;
    }
    const winners: Finding[] = [];
    for (const candidate of byStart.slice(i, j).sort(rank)) {
      if (!winners.some((w) => overlaps(w.valueRange, candidate.valueRange))) winners.push(candidate);
    }
    kept.push(...winners);
    i = j;
  }
  return kept.sort((a, b) => a.valueRange.start - b.valueRange.start || a.ruleId.localeCompare(b.ruleId));
}

function overlaps(a: OffsetRange, b: OffsetRange): boolean {
  return a.start < b.end && b.start < a.end;
}

function uniqueFlags(flags: string): string {
  return [...new Set(flags)].join('');
}

let defaultScanner: Scanner | undefined;

/** Scans with the full catalog (compiled once per process). */
export function scanText(text: string, options?: ScanOptions): Finding[] {
  defaultScanner ??= new Scanner(catalog);
  return defaultScanner.scan(text, options);
}

