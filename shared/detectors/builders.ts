// Builders that turn a format description into a detector pattern, so catalog entries stay declarative and
// every pattern has the same linear-time shape (bounded quantifiers, no nesting).

import type { Detector, DetectorExamples, DetectorFamily } from '../types';

interface Common {
  readonly id: string;
  readonly description: string;
  readonly family: DetectorFamily;
  readonly envVar: string;
  readonly examples: DetectorExamples;
  readonly minEntropy?: number;
  readonly validate?: (value: string) => boolean;
  readonly allowValues?: readonly string[];
  readonly window?: number;
}

// A key must not be glued to other token characters: `xsk-…` or `…abc` extends past the format. A single `/`
// before it is base64, but `//` is a URL's userinfo (`https://ghp_…@github.com`), where tokens leak too.
const BEFORE = '(?<![A-Za-z0-9_+-])(?<![^/]/)';
const AFTER = '(?![A-Za-z0-9_+/-])';

/**
 * A key recognised by its own format: a vendor prefix followed by a body. `prefix` and `body` are regex
 * sources; keywords default to the literal prefixes.
 */
export function prefixed(
  spec: Common & { readonly prefix: string; readonly body: string; readonly keywords: readonly string[]; readonly caseInsensitive?: boolean },
): Detector {
  return {
    ...spec,
    pattern: new RegExp(`${BEFORE}(?<secret>(?:${spec.prefix})${spec.body})${AFTER}`, spec.caseInsensitive ? 'i' : ''),
  };
}

/** `[cC][oO]…`: case-insensitive names inside an otherwise case-sensitive pattern. */
export function caseless(word: string): string {
  return word.replace(/[A-Za-z]/g, (ch) => `[${ch.toLowerCase()}${ch.toUpperCase()}]`).replace(/[.]/g, '\\.');
}

// name (plus a short tail such as `_API_KEY` or `.Client(api_key`), optional closing quote (`"]` after a subscript,
// `\"` in JSON-escaped notebook sources), an optional TypeScript annotation (`: string`), the assignment operator
// (`=`, `:`, `:=`, `=>`, `||=`, `,` for dict/tuple/call args, .NET `<add key="X" value="…"/>`, a Kubernetes
// `- name: X` / `value:` pair, or a Terraform `variable "x" { … default = …` block), optional opening quote.
// Bounded repeats keep it linear.
export const ASSIGN_OPERATOR = `(?:(?:[ \\t]{0,2}:[ \\t]{0,4}[A-Za-z_][\\w.<>|]{0,30}[ \\t]{0,4})?(?::=|=>|\\?\\?=|\\|\\|=|=)|:|,|value[ \\t]{0,4}=|\\r?\\n[ \\t]{0,20}value[ \\t]{0,4}:|\\{(?:[^{}\\r\\n]{0,80}\\r?\\n){1,6}[ \\t]{0,20}default[ \\t]{0,4}=)`;
const ASSIGN = `[\\w.()\\[-]{0,40}(?:\\\\?['"\`])?\\]?[ \\t]{0,4}${ASSIGN_OPERATOR}[ \\t]{0,4}(?:[rbuf]?\\\\?['"\`]|\\[['"]|new String\\(['"])?`;

/**
 * A key whose format is not distinctive (a bare 32 hex characters), recognised by the provider's name in the
 * assignment target: `COHERE_API_KEY = "…"`, `cohere_key: …`, `"serpapi": "…"`.
 */
export function byContext(
  spec: Common & { readonly names: readonly string[]; readonly value: string; readonly keywords?: readonly string[] },
): Detector {
  const names = spec.names.map(caseless).join('|');
  return {
    ...spec,
    byContext: true,
    keywords: spec.keywords ?? spec.names.map((n) => n.toLowerCase()),
    pattern: new RegExp(`(?:${names})${ASSIGN}(?<secret>${spec.value})${AFTER}`),
  };
}
