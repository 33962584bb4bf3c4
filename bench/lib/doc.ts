// A generated file is a list of segments: plain text, and secret values that carry their label. Flattening
// computes each secret's exact offsets, so labels can never drift from the text they describe.

import type { DetectorFamily } from '../../shared/types';

export interface PositiveTag {
  readonly kind: 'positive';
  readonly family: DetectorFamily;
  readonly provider: string;
  readonly format: string;
}

/** Hard negatives are labelled too, so a false positive can be traced to the kind of look-alike it hit. */
export interface NegativeTag {
  readonly kind: 'negative';
  readonly negativeKind: string;
}

export type Tag = PositiveTag | NegativeTag;

export interface Marked {
  readonly text: string;
  readonly tag: Tag;
}

export type Segment = string | Marked;

export interface Span {
  readonly file: string;
  /** 1-based line of the first character. */
  readonly line: number;
  /** 1-based column of the first character. */
  readonly startColumn: number;
  /** 1-based line of the last character (differs from `line` for PEM blocks). */
  readonly endLine: number;
  /** 1-based column just past the last character (exclusive, as in SARIF). */
  readonly endColumn: number;
  /** Half-open UTF-16 offsets into the file text. */
  readonly start: number;
  readonly end: number;
}

export type PositiveLabel = Span & Omit<PositiveTag, 'kind'>;
export type NegativeLabel = Span & Omit<NegativeTag, 'kind'>;

export const mark = (text: string, tag: Tag): Marked => ({ text, tag });

export function isMarked(segment: Segment): segment is Marked {
  return typeof segment !== 'string';
}

/** Applies `transform` to the text of every segment, keeping the marks (JSON escaping, quoting). */
export function mapText(segments: readonly Segment[], transform: (text: string) => string): Segment[] {
  return segments.map((s) => (typeof s === 'string' ? transform(s) : { text: transform(s.text), tag: s.tag }));
}

/** Splits segments into lines (at `\n` in plain text; marked text never holds the split). */
export function splitLines(segments: readonly Segment[]): Segment[][] {
  const lines: Segment[][] = [[]];
  for (const segment of segments) {
    if (typeof segment !== 'string') {
      lines[lines.length - 1].push(segment);
      continue;
    }
    const parts = segment.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines[lines.length - 1].push(part);
    });
  }
  return lines;
}

export interface FlatFile {
  readonly text: string;
  readonly positives: PositiveLabel[];
  readonly negatives: NegativeLabel[];
}

export function flatten(file: string, segments: readonly Segment[]): FlatFile {
  let text = '';
  const positives: PositiveLabel[] = [];
  const negatives: NegativeLabel[] = [];
  let line = 1;
  let lineStart = 0;
  const advance = (piece: string): void => {
    for (let i = 0; i < piece.length; i++) {
      if (piece.charCodeAt(i) === 10) {
        line++;
        lineStart = text.length + i + 1;
      }
    }
    text += piece;
  };
  for (const segment of segments) {
    if (typeof segment === 'string') {
      advance(segment);
      continue;
    }
    const start = text.length;
    const startLine = line;
    const startColumn = start - lineStart + 1;
    advance(segment.text);
    const end = text.length;
    const span: Span = { file, line: startLine, startColumn, endLine: line, endColumn: end - lineStart + 1, start, end };
    if (segment.tag.kind === 'positive') {
      const { family, provider, format } = segment.tag;
      positives.push({ ...span, family, provider, format });
    } else {
      negatives.push({ ...span, negativeKind: segment.tag.negativeKind });
    }
  }
  return { text, positives, negatives };
}
