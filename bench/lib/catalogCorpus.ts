// A second, smaller corpus made of the detectors' own positive examples, expanded with `expandExample`. It
// shows whether each detector handles the cases its author wrote down; it is NOT independent evidence, so
// it is scored and printed apart from the main corpus. Negative examples are left out: they are near misses
// for one detector (a wrong-length key), which another detector may rightly still report.

import { catalog } from '../../shared/detectors';
import { expandExample } from '../../shared/testing/synthetic';
import type { CorpusFile } from './corpus';
import { flatten, mark, type NegativeLabel, type PositiveLabel, type Segment } from './doc';

export const CATALOG_PREFIX = '_catalog/';
/** Negative kind of the extra tokens in an example; reports on them are dropped before scoring. */
export const NEUTRAL_TOKEN = 'example-context-token';

function extensionFor(text: string): string {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return 'json';
  if (/^[A-Z][A-Z0-9_]*=/m.test(text)) return 'env';
  if (/^\s*[\w-]+:\s/m.test(text) && !/[;(]/.test(text)) return 'yaml';
  return 'txt';
}

export interface CatalogCorpus {
  readonly files: CorpusFile[];
  readonly positives: PositiveLabel[];
  readonly negatives: NegativeLabel[];
}

export function generateCatalogCorpus(seeds: readonly number[] = [11, 29]): CatalogCorpus {
  const files: CorpusFile[] = [];
  const positives: PositiveLabel[] = [];
  const negatives: NegativeLabel[] = [];
  for (const detector of catalog) {
    const add = (template: string, index: number, seed: number) => {
      const expanded = expandExample(template, seed);
      // The first token is the value the detector must report; later tokens (a key id beside its secret)
      // are labelled as neutral context so a report on them is neither a hit nor a false positive.
      const segments: Segment[] = [];
      let at = 0;
      expanded.secrets.forEach((range, i) => {
        segments.push(expanded.text.slice(at, range.start));
        const value = expanded.text.slice(range.start, range.end);
        segments.push(mark(value, i === 0 ? { kind: 'positive', family: detector.family, provider: detector.id, format: detector.id } : { kind: 'negative', negativeKind: NEUTRAL_TOKEN }));
        at = range.end;
      });
      segments.push(expanded.text.slice(at));
      const path = `${CATALOG_PREFIX}${detector.family}/${detector.id}/example-${index}-${seed}.${extensionFor(expanded.text)}`;
      const flat = flatten(path, [...segments, '\n']);
      files.push({ path, text: flat.text, language: 'catalog-example' });
      positives.push(...flat.positives);
      negatives.push(...flat.negatives);
    };
    for (const seed of seeds) detector.examples.positive.forEach((t, i) => add(t, i, seed));
  }
  return { files, positives, negatives };
}
