// Scoring: a report matches a label when it is in the same file and the ranges overlap; each label counts
// once (further reports on it are neither hits nor false positives); reports matching no label are false
// positives. Per-family figures attribute a hit to the label's family and a false positive to the family
// the tool itself claimed.

import type { DetectorFamily } from '../../shared/types';
import type { NegativeLabel, PositiveLabel } from './doc';

export interface Report {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly ruleId: string;
  /** Family the tool's rule belongs to (`unknown` when a rule maps to none). */
  readonly family: DetectorFamily | 'unknown';
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score extends Counts {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface FalsePositive {
  readonly report: Report;
  /** The hard-negative kind the report landed on, or `unlabelled` (surrounding code, names, filler). */
  readonly negativeKind: string;
}

export interface Evaluation {
  readonly overall: Score;
  readonly byFamily: Record<string, Score>;
  readonly missed: PositiveLabel[];
  readonly falsePositives: FalsePositive[];
  /** Reports that matched a positive, with the rule that found it (for per-provider breakdowns). */
  readonly hits: { readonly label: PositiveLabel; readonly ruleId: string }[];
}

export function score(counts: Counts): Score {
  const precision = counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function groupByFile<T extends { file: string }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(item.file) ?? [];
    list.push(item);
    map.set(item.file, list);
  }
  return map;
}

export function evaluate(positives: readonly PositiveLabel[], negatives: readonly NegativeLabel[], reports: readonly Report[]): Evaluation {
  const positivesByFile = groupByFile(positives);
  const negativesByFile = groupByFile(negatives);
  const matched = new Set<PositiveLabel>();
  const hits: { label: PositiveLabel; ruleId: string }[] = [];
  const falsePositives: FalsePositive[] = [];

  for (const report of reports) {
    const candidates = (positivesByFile.get(report.file) ?? []).filter((label) => overlaps(label, report));
    if (candidates.length > 0) {
      for (const label of candidates) {
        if (matched.has(label)) continue;
        matched.add(label);
        hits.push({ label, ruleId: report.ruleId });
      }
      continue;
    }
    const negative = (negativesByFile.get(report.file) ?? []).find((label) => overlaps(label, report));
    falsePositives.push({ report, negativeKind: negative?.negativeKind ?? 'unlabelled' });
  }

  const missed = positives.filter((label) => !matched.has(label));
  const families = new Map<string, Counts>();
  const bucket = (family: string) => {
    const counts = families.get(family) ?? { tp: 0, fp: 0, fn: 0 };
    families.set(family, counts);
    return counts;
  };
  for (const label of positives) bucket(label.family); // every labelled family appears, even with no hit
  for (const { label } of hits) bucket(label.family).tp++;
  for (const label of missed) bucket(label.family).fn++;
  for (const { report } of falsePositives) bucket(report.family).fp++;

  const byFamily: Record<string, Score> = {};
  for (const [family, counts] of families) byFamily[family] = score(counts);
  const overall = score({ tp: hits.length, fp: falsePositives.length, fn: missed.length });
  return { overall, byFamily, missed, falsePositives, hits };
}
