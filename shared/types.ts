// Core types of the detection engine. Nothing here knows about VS Code or LSP.

/** Families group detectors for reports and the benchmark's per-family figures. */
export type DetectorFamily =
  | 'llm'
  | 'vector-data'
  | 'agent-tools'
  | 'cloud'
  | 'developer'
  | 'messaging-payments'
  | 'generic';

/**
 * Example texts carry generated keys as tokens, expanded at test time by `shared/testing/synthetic.ts`,
 * so no key-shaped literal is ever committed. A token is `«PREFIX|CHARSET|LENGTH»` or `«=GENERATOR:ARG»`;
 * in a positive example the (first) token marks exactly the value the detector must report.
 */
export interface DetectorExamples {
  /** Texts in which the detector must report the token's value. */
  readonly positive: readonly string[];
  /** Near misses: placeholders, wrong prefix or length, templates. The detector must report nothing. */
  readonly negative: readonly string[];
}

export interface Detector {
  /** Stable kebab-case rule id, e.g. `openai-api-key`. Used as diagnostic code and SARIF ruleId. */
  readonly id: string;
  /** Names the kind of secret for messages: "OpenAI API key". Never contains a value. */
  readonly description: string;
  readonly family: DetectorFamily;
  /**
   * Lower-case literals for the one-pass prefilter. The pattern runs only in a window around a hit,
   * so every match of `pattern` must lie within `window` characters of one of these keywords.
   */
  readonly keywords: readonly string[];
  /**
   * The full pattern. Must contain a named group `secret` (the value to report). Compiled with the
   * flags given plus `g`; must be linear-time (checked by the test suite with recheck).
   */
  readonly pattern: RegExp;
  /** Conventional environment variable for the fix, e.g. `OPENAI_API_KEY`. */
  readonly envVar: string;
  /** Characters around a keyword hit searched by `pattern` (default 256 each side; multi-line blocks need more). */
  readonly window?: number;
  /** Minimum Shannon entropy (bits per char) of the secret value; filters low-randomness look-alikes. */
  readonly minEntropy?: number;
  /** Offline structural check (checksum, decoded shape). Returning false drops the candidate. */
  readonly validate?: (value: string) => boolean;
  /**
   * For patterns with a `name` group (the assignment target): returning false drops the candidate, so
   * `primaryKey = "…"` or `publicKey: …` do not count as secret-like names.
   */
  readonly acceptName?: (name: string) => boolean;
  /** Documented vendor example values that are never reported. */
  readonly allowValues?: readonly string[];
  /** Set when the value is only meaningful by context (a variable name); placeholders are filtered more strictly. */
  readonly byContext?: boolean;
  readonly examples: DetectorExamples;
}

/** Half-open offset range into the scanned text. */
export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

/** A secret found in a text. Carries no raw value: consumers slice the text by `valueRange` when building a fix. */
export interface Finding {
  readonly ruleId: string;
  /** Human name of the kind of secret (the detector's description). */
  readonly description: string;
  readonly family: DetectorFamily;
  /** Exactly the secret value, without quotes. */
  readonly valueRange: OffsetRange;
  /** The whole literal a fix replaces: the quoted string including its quotes, or the bare value. */
  readonly literalRange: OffsetRange;
  /** Public prefix plus at most the last 4 characters, e.g. `sk-proj-…3fQa`. */
  readonly preview: string;
  /** Suggested environment variable name (provider convention, or derived from the assignment target). */
  readonly envVar: string;
}

export interface ScanOptions {
  /** File path or name, used for file-type context (`.env.example`, lockfiles, notebooks). */
  readonly fileName?: string;
  /** Restrict to these rule ids (tests, benchmarks). */
  readonly onlyRules?: readonly string[];
}
