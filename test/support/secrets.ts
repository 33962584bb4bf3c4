// Generated secrets in test texts, and the checks that keep them out of output and assertion messages.

import { expandExample } from '../../shared/testing/synthetic';

/** A text with generated secrets, and where each one sits. */
export interface SecretText {
  readonly text: string;
  readonly values: readonly string[];
  /** Offset of each value in `text`. */
  readonly offsets: readonly number[];
}

/** Expands `«PREFIX|CHARSET|LENGTH»` tokens (see shared/testing/synthetic.ts). */
export function secretText(template: string, seed: number): SecretText {
  const { text, secrets } = expandExample(template, seed);
  return { text, values: secrets.map((range) => text.slice(range.start, range.end)), offsets: secrets.map((range) => range.start) };
}

/** `text` with each of `values` replaced by its marker: what a failing assertion may print. */
export function maskValues(text: string, values: Iterable<string>, marker: (index: number) => string): string {
  let out = text;
  let index = 0;
  for (const value of values) out = out.split(value).join(marker(index++));
  return out;
}

/**
 * Fails when `output` contains a value or any 8-character run of it past its public prefix: a masked preview
 * (prefix + last 4) passes, a half-printed key does not.
 */
export function assertNoSecret(output: string, values: readonly string[], where: string): void {
  for (const value of values) {
    if (output.includes(value)) throw new Error(`${where} contains a generated secret value`);
    const body = value.replace(/^[a-z]+[-_](?:[a-z0-9]+[-_])*/i, '');
    for (let i = 0; i + 8 <= body.length; i++) {
      if (output.includes(body.slice(i, i + 8))) throw new Error(`${where} contains 8 characters of a generated secret`);
    }
  }
}
