// Small structural checks shared by the LLM, vector-store and agent-tool detectors. Each one turns a fact about
// a vendor's format (a character mix, a JWT claim, a published example key) into a predicate on the value.

import { createHash } from 'node:crypto';
import type { Detector } from '../types';
import { assignment, caseless, NAME_TAIL, VALUE_END } from './builders';

/**
 * Random keys over [A-Za-z0-9] mix character classes; identifiers that happen to follow a short prefix
 * (`fw_updateconfiguration…`, `pa-left-column-wrapper…`) do not. True when at least `min` of lower case,
 * upper case and digits occur.
 */
export function mixesClasses(min: number): (value: string) => boolean {
  return (value) => [/[a-z]/, /[A-Z]/, /[0-9]/].filter((c) => c.test(value)).length >= min;
}

/**
 * Generated base62 keys mix upper and lower case; hex digests, git SHAs and lower-case ids (which often sit next to
 * a provider's name: `cohere_commit`, `mistral_trace_id`) do not.
 */
export function hasBothCases(value: string): boolean {
  return /[a-z]/.test(value) && /[A-Z]/.test(value);
}

/** `value` without the literal prefix the pattern requires, for checks that concern only the random body. */
export function bodyAfter(prefix: string, value: string): string {
  return value.startsWith(prefix) ? value.slice(prefix.length) : value;
}

/** The decoded payload of a JWT, or undefined when the value is not one. Never throws. */
export function jwtPayload(value: string): Record<string, unknown> | undefined {
  const parts = value.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const payload: unknown = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    return payload !== null && typeof payload === 'object' ? (payload as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Supabase hands out two JWTs per project: `anon` is meant to ship in browsers, `service_role` bypasses row-level
 * security. Only the second is a secret.
 */
export function isServiceRoleJwt(value: string): boolean {
  return jwtPayload(value)?.role === 'service_role';
}

/** A JWT whose payload decodes: tokens by context (Turso, MotherDuck) must at least have that shape. */
export function isJwt(value: string): boolean {
  return jwtPayload(value) !== undefined;
}

// SHA-256 (first 128 bits) of the API keys printed in the firebase-android-sdk sources and tests, which gitleaks
// also allowlists. Stored as digests so no key-shaped literal sits in this repository.
const FIREBASE_SAMPLE_KEY_DIGESTS = new Set([
  'f56e323494a6ffc2064e7a955908957d',
  '2037abcaffb2b77785da716cf7ccff4f',
  '3f370c9dd8225c63b5c77de1f785edc9',
  'e4a5542bb7fd7b67e943c71ad29c34b5',
  'a19f89ab3555eac10c40741f6df79ecf',
  '0b476bdf9acf2123d547b5ae76f1e598',
  'eb540d2b6ee2a0a47c5779bc8a014178',
  '37f8f09bdf12c2f2eae4ead7273a62dd',
  '8731261cb72d86267a32a532ebd3df42',
  '49f777db995e8260da7ca9ffdf0c08d6',
  '27a9a42931dff7eb2f8434e20a9bce97',
  'dc0fcf046c61640cbd1e8b999ada3262',
  '4c98242dcadc8b29005c6b4aad526552',
  'ea9bb1082cf95663f5faca23b8b15ef2',
  '3a8b61d0f636b007840c0d40ba12bcf4',
  'a6c814bc555ae62c7bd8b58ec07bf559',
]);

/** True for the Google API keys published as SDK samples: public, inert, and copied into many repositories. */
export function isPublishedGoogleSampleKey(value: string): boolean {
  return FIREBASE_SAMPLE_KEY_DIGESTS.has(createHash('sha256').update(value).digest('hex').slice(0, 32));
}

type NamedSpec = Omit<Detector, 'pattern' | 'byContext' | 'keywords'> & {
  /**
   * Provider names, matched case-insensitively; `_` also matches `.`, `-` or nothing, so `co_api_key` covers
   * `CO_API_KEY`, `co.api.key` and `coApiKey`.
   */
  readonly names: readonly string[];
  /** Regex source of the value. */
  readonly value: string;
  /** Prefilter keywords; default: each name with `_`, `.`, `-` and no separator. */
  readonly keywords?: readonly string[];
  /** The name is a word of its own (`exa`, `exaKey`, `EXA_API_KEY`, but not `example`, `EXAMPLE` or `hexa`). */
  readonly wholeWord?: boolean;
  /** The name must start a word (`CO_API_KEY` but not `DISCO_API_KEY`); it may run into a longer one (`CohereClient`). */
  readonly wordStart?: boolean;
  /** Extra names as regex sources, used as given (e.g. a YAML parent key only: `pinecone` followed by `:` and a newline). */
  readonly rawNames?: readonly string[];
  /**
   * For values that are just as often identifiers (hex digests, UUIDs): after the provider name there must be a
   * key-like word (`_API_KEY`, `.api_token`), a call (`Exa(`) or a YAML section, so `clarifai_model_version_id` or
   * `exa_result_id` stay quiet.
   */
  readonly keyNamed?: boolean;
};

// A key-like word somewhere in the tail (`_API_KEY`, `.api_token`), a call (`Exa(`) or a YAML section
// (`pinecone:` and a newline), for values that are just as often identifiers.
const KEY_WORD = ['key', 'token', 'secret', 'auth', 'pat', 'credential'].map(caseless).join('|');
const KEY_TAIL = `(?:[\\w.()\\[-]{0,24}(?:${KEY_WORD})[\\w.()\\[-]{0,24}|[\\w.]{0,24}(?=\\()|(?=:[ \\t]{0,4}\\r?\\n))`;
// Besides assignments, a provider's name takes its key in a call (`cohere.Client("…")`, `new Mistral({ apiKey: "…" })`)
// or under a YAML section (`deepseek:\n  api_key: …`).
const ASSIGN_OR_CALL = assignment({ call: true, yamlSection: true });

/**
 * `exa` as a whole word in each casing a program uses: `exa`/`Exa` may run into a capitalised word (`exaKey`,
 * `ExaClient`) but not a lower-case one (`example`), `EXA` may not run into any letter (`EXAMPLE`).
 */
function wordCased(name: string): string[] {
  const sep = (word: string) => word.replace(/[.]/g, '\\.').replace(/_/g, '[._-]?');
  const lower = name.toLowerCase();
  const capitalised = lower.charAt(0).toUpperCase() + lower.slice(1);
  return [`${sep(lower)}(?![a-z])`, `${sep(capitalised)}(?![a-z])`, `${sep(lower.toUpperCase())}(?![A-Za-z])`];
}

function nameVariants(name: string): string[] {
  const lower = name.toLowerCase();
  return [...new Set([lower, lower.replace(/_/g, '.'), lower.replace(/_/g, '-'), lower.replace(/_/g, '')])];
}

/**
 * A key whose format says little (32 hex, a UUID), recognised by the provider's name in the assignment target
 * or call: `MISTRAL_API_KEY = "…"`, `"deepgram": "…"`, `cohere.Client("…")`, `Exa(api_key="…")`.
 */
export function named(spec: NamedSpec): Detector {
  const { names, value, wholeWord, wordStart, rawNames, keyNamed, keywords, ...rest } = spec;
  const start = wholeWord || wordStart ? '(?<![A-Za-z])' : '';
  const source = (list: readonly string[]) =>
    list.flatMap((n) => (wholeWord ? wordCased(n) : [caseless(n).replace(/_/g, '[._-]?')]));
  const group = (alternatives: readonly string[], tail: string) =>
    alternatives.length > 0 ? [`${start}(?:${alternatives.join('|')})${tail}`] : [];
  // A name that already says "key" (`xi_api_key`) needs no key-like tail.
  const saysKey = (n: string) => /key|token|secret/i.test(n);
  const raw = rawNames ?? [];
  const nameAndTail = keyNamed
    ? [
        ...group(source(names.filter(saysKey)), NAME_TAIL),
        ...group([...source(names.filter((n) => !saysKey(n))), ...raw], KEY_TAIL),
      ]
    : group([...source(names), ...raw], NAME_TAIL);
  return {
    ...rest,
    byContext: true,
    keywords: keywords ?? [...new Set(names.flatMap(nameVariants))],
    pattern: new RegExp(`(?:${nameAndTail.join('|')})${ASSIGN_OR_CALL}(?<secret>${value})${VALUE_END}`),
  };
}
