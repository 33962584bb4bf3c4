// Synthetic, key-shaped values built at run time from a prefix and a seeded random body.
// Nothing key-shaped is committed: KeyGuard's scan of itself, vsce's secret check and push protection stay clean.

import type { OffsetRange } from '../types';
import { GENERATORS } from './generators';
import { randomBody, seededRandom } from './random';

let defaultSeedCounter = 1;

/** `prefix` + `length` random characters of `charset` (see CHARSETS for the one-letter names). */
export function syntheticKey(prefix: string, charset: string, length: number, seed?: number): string {
  const random = seededRandom(seed ?? 0x5eed + defaultSeedCounter++ * 7919);
  return prefix + randomBody(charset, length, random);
}

export interface ExpandedExample {
  readonly text: string;
  /** Ranges of the expanded tokens, in order; adjacent tokens (`«a|a|4»«|h|8»`) form one range. */
  readonly secrets: readonly OffsetRange[];
}

// «PREFIX|CHARSET|LENGTH» or «PREFIX|CHARSET|LENGTH|SUFFIX» or «=generator:arg».
const TOKEN = /«([^«»]*)»/g;

/** Expands the tokens of a detector example into a concrete text, recording where each generated value sits. */
export function expandExample(template: string, seed: number): ExpandedExample {
  const random = seededRandom(seed);
  const secrets: OffsetRange[] = [];
  let text = '';
  let last = 0;
  for (const match of template.matchAll(TOKEN)) {
    text += template.slice(last, match.index);
    const value = expandToken(match[1], random);
    const previous = secrets[secrets.length - 1];
    if (previous && previous.end === text.length) secrets[secrets.length - 1] = { start: previous.start, end: text.length + value.length };
    else secrets.push({ start: text.length, end: text.length + value.length });
    text += value;
    last = match.index + match[0].length;
  }
  text += template.slice(last);
  return { text, secrets };
}

function expandToken(token: string, random: () => number): string {
  if (token.startsWith('=')) {
    const colon = token.indexOf(':');
    const name = colon < 0 ? token.slice(1) : token.slice(1, colon);
    const generator = GENERATORS[name];
    if (!generator) throw new Error(`unknown synthetic generator "${name}"`);
    return generator(colon < 0 ? '' : token.slice(colon + 1), random);
  }
  const parts = token.split('|');
  if (parts.length < 3) throw new Error(`malformed synthetic token «${token}»`);
  const [prefix, charset, length, suffix = ''] = parts;
  return prefix + randomBody(charset, Number(length), random) + suffix;
}

export { randomBody, seededRandom } from './random';
export type { Generator } from './generators';
