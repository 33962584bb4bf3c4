// Turns evaluations into the Markdown the README quotes, and into the per-rule problem lists the detector
// engineers act on. Contexts show the line with every labelled value replaced by `<value>`: no key-shaped
// text leaves bench/out/.

import type { CorpusFile } from './corpus';
import type { PositiveLabel } from './doc';
import type { Evaluation, Score } from './metrics';

export const FAMILY_ORDER = ['llm', 'vector-data', 'agent-tools', 'cloud', 'developer', 'messaging-payments', 'generic'];

const pct = (n: number) => n.toFixed(3);

export interface ToolEvaluation {
  readonly tool: string;
  readonly evaluation: Evaluation;
  readonly seconds: number;
}

export function comparisonTable(tools: readonly ToolEvaluation[], labelsByFamily: Record<string, number>): string {
  const header = ['Family', 'Labels', ...tools.flatMap((t) => [`${t.tool} P`, `${t.tool} R`, `${t.tool} F1`])];
  const rows: string[][] = [];
  const row = (name: string, labels: number, pick: (t: ToolEvaluation) => Score | undefined) =>
    rows.push([name, String(labels), ...tools.flatMap((t) => {
      const s = pick(t);
      return s ? [pct(s.precision), pct(s.recall), pct(s.f1)] : ['–', '–', '–'];
    })]);
  const total = Object.values(labelsByFamily).reduce((a, b) => a + b, 0);
  row('**overall**', total, (t) => t.evaluation.overall);
  for (const family of FAMILY_ORDER) row(family, labelsByFamily[family] ?? 0, (t) => t.evaluation.byFamily[family]);
  return markdownTable(header, rows);
}

export function countsTable(tools: readonly ToolEvaluation[]): string {
  return markdownTable(
    ['Tool', 'TP', 'FP', 'FN', 'Scan time (s)'],
    tools.map((t) => [t.tool, String(t.evaluation.overall.tp), String(t.evaluation.overall.fp), String(t.evaluation.overall.fn), t.seconds.toFixed(2)]),
  );
}

export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const out = [`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`];
  for (const r of rows) out.push(`| ${r.join(' | ')} |`);
  return out.join('\n');
}

/** Recall per format, for the formats a tool misses at least once. */
export function missesByFormat(evaluation: Evaluation, positives: readonly PositiveLabel[]): { format: string; provider: string; family: string; missed: number; total: number }[] {
  const totals = new Map<string, number>();
  for (const p of positives) totals.set(p.format, (totals.get(p.format) ?? 0) + 1);
  const missed = new Map<string, PositiveLabel[]>();
  for (const m of evaluation.missed) missed.set(m.format, [...(missed.get(m.format) ?? []), m]);
  return [...missed.entries()]
    .map(([format, list]) => ({ format, provider: list[0].provider, family: list[0].family, missed: list.length, total: totals.get(format) ?? 0 }))
    .sort((a, b) => b.missed / b.total - a.missed / a.total || a.format.localeCompare(b.format));
}

export class ContextMasker {
  private readonly files: Map<string, CorpusFile>;
  private readonly spans: Map<string, { start: number; end: number }[]>;

  constructor(files: readonly CorpusFile[], positives: readonly PositiveLabel[]) {
    this.files = new Map(files.map((f) => [f.path, f]));
    this.spans = new Map();
    for (const p of positives) this.spans.set(p.file, [...(this.spans.get(p.file) ?? []), p]);
  }

  language(file: string): string {
    return this.files.get(file)?.language ?? 'unknown';
  }

  /**
   * The line(s) around [start, end) with every labelled secret replaced by `<value>`; with `maskRange`, the
   * range itself too (a miss). A false positive's own text is a look-alike, shown so the cause is visible.
   */
  context(file: string, start: number, end: number, maskRange = true): string {
    const text = this.files.get(file)?.text ?? '';
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const newline = text.indexOf('\n', Math.max(end - 1, start));
    const lineEnd = newline === -1 ? text.length : newline;
    const masks = [...(maskRange ? [{ start, end }] : []), ...(this.spans.get(file) ?? [])]
      .filter((s) => s.start < lineEnd && s.end > lineStart)
      .sort((a, b) => a.start - b.start);
    let out = '';
    let at = lineStart;
    for (const m of masks) {
      const from = Math.max(m.start, lineStart);
      if (from < at) continue;
      out += text.slice(at, from) + '<value>';
      at = Math.min(Math.max(m.end, from), lineEnd);
    }
    out += text.slice(at, lineEnd);
    const trimmed = out.trim();
    return trimmed.length > 220 ? `${trimmed.slice(0, 220)}…` : trimmed;
  }
}
