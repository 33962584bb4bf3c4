// Catalog entries for vendor credentials with their standard examples, so an entry states only what is
// particular to it (format, one valid sample, its near misses) and still gets positives in several file
// kinds (.env, Python, TypeScript, YAML/JSON) and the negatives every detector must stay quiet on:
// the empty `.env.example` line, a `${VAR}` template, an environment lookup and a placeholder.

import type { Detector, DetectorFamily } from '../types';
import { byContext, prefixed } from './builders';

interface Common {
  readonly id: string;
  readonly description: string;
  readonly family: DetectorFamily;
  readonly envVar: string;
  /** One valid value as synthetic tokens (`«dop_v1_|h|64»`); adjacent tokens form one value. */
  readonly sample: string;
  /** Look-alikes that must stay quiet (wrong length, prefix or alphabet), as synthetic tokens. */
  readonly nearMisses: readonly string[];
  readonly minEntropy?: number;
  readonly validate?: (value: string) => boolean;
  readonly allowValues?: readonly string[];
  readonly window?: number;
  readonly extraPositive?: readonly string[];
  readonly extraNegative?: readonly string[];
}

/** A credential recognised by its own vendor prefix. */
export function vendorToken(
  spec: Common & { readonly prefix: string; readonly body: string; readonly keywords: readonly string[]; readonly caseInsensitive?: boolean },
): Detector {
  const { sample, envVar } = spec;
  const visiblePrefix = literalPrefixOf(sample);
  return prefixed({
    ...spec,
    examples: {
      positive: [
        `${envVar}=${sample}`,
        `${envVar.toLowerCase()} = "${sample}"`,
        `const client = createClient({ token: '${sample}' });`,
        `env:\n  ${envVar}: "${sample}"`,
        ...(spec.extraPositive ?? []),
      ],
      negative: [
        `${envVar}=`,
        `${envVar}="\${${envVar}}"`,
        `token = os.environ["${envVar}"]`,
        `${envVar}=${visiblePrefix}<your-token>`,
        ...spec.nearMisses.map((nearMiss) => `revision = "${nearMiss}"`),
        ...(spec.extraNegative ?? []),
      ],
    },
  });
}

/**
 * A credential whose format says little (32 hex, a UUID), recognised by the provider's name in the
 * assignment. `envVar` must be one of the names, so the standard examples use it.
 */
export function contextToken(
  spec: Common & { readonly names: readonly string[]; readonly value: string; readonly keywords?: readonly string[] },
): Detector {
  const { sample, envVar } = spec;
  return byContext({
    ...spec,
    names: spec.names.map(withNameVariants),
    keywords: withSeparatorVariants(spec.keywords ?? spec.names.map((name) => name.toLowerCase())),
    examples: {
      positive: [
        `${envVar}=${sample}`,
        `${envVar.toLowerCase()} = "${sample}"`,
        `{ "${envVar}": "${sample}" }`,
        // Java properties / Spring style.
        `${envVar.toLowerCase().replace(/_/g, '.')}=${sample}`,
        `export ${shortenedName(envVar)}="${sample}"`,
        `export const ${envVar}: string = "${sample}";`,
        `env:\n  - name: ${envVar}\n    value: "${sample}"`,
        `<add key="${pascalCase(envVar)}" value="${sample}" />`,
        `variable "${envVar.toLowerCase()}" {\n  type      = string\n  sensitive = true\n  default   = "${sample}"\n}`,
        ...(spec.extraPositive ?? []),
      ],
      negative: [
        `${envVar}=`,
        `${envVar}: "\${${envVar}}"`,
        `const value = process.env.${envVar};`,
        `${envVar}=your-key-here`,
        // The same value without the provider's name is just a random string.
        `checksum = "${sample}"`,
        ...spec.nearMisses.map((nearMiss) => `build_ref = "${nearMiss}"`),
        ...(spec.extraNegative ?? []),
      ],
    },
  });
}

/**
 * Real code bends the conventional names: `.` as separator (`paypal.client.secret` in Java properties),
 * `X_KEY` for `X_API_KEY`, `X_ACCESS_TOKEN` for `X_TOKEN`. Applied to each name's regex source.
 */
function withNameVariants(name: string): string {
  return name
    .replace(/(?<!\[-)_/g, '[-_]?')
    .replace(/\[-_\]\?/g, '[-_.]?')
    .replace(/api\[-_.\]\?key$/, '(?:api[-_.]?)?key')
    .replace(/(?<!access[^a-z]{0,12})token/g, '(?:access[-_.]?)?token');
}

/**
 * Keywords must also hit the dotted, dashed and run-together (PascalCase, as in .NET appSettings) spellings the
 * name variants accept. Run-together forms shorter than 5 characters would hit everywhere and are left out.
 */
function withSeparatorVariants(keywords: readonly string[]): string[] {
  const variants = keywords.flatMap((k) => {
    const compact = k.replace(/_/g, '');
    return [k, k.replace(/_/g, '.'), k.replace(/_/g, '-'), ...(compact.length >= 5 ? [compact] : [])];
  });
  return [...new Set(variants)];
}

/** The spelling variant developers often use instead of the conventional name (or the name itself). */
function shortenedName(envVar: string): string {
  if (envVar.endsWith('_API_KEY')) return envVar.replace(/_API_KEY$/, '_KEY');
  if (envVar.endsWith('_TOKEN') && !envVar.endsWith('_ACCESS_TOKEN')) return envVar.replace(/_TOKEN$/, '_ACCESS_TOKEN');
  return envVar;
}

/** `DD_API_KEY` → `DdApiKey`, as .NET appSettings keys are written. */
function pascalCase(envVar: string): string {
  return envVar
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/** `«dop_v1_|h|64»` → `dop_v1_`; `«=crc32:ghp_»` → `ghp_`. */
function literalPrefixOf(sample: string): string {
  const first = /^«([^»]*)»/.exec(sample)?.[1] ?? '';
  if (first.startsWith('=')) return first.slice(first.indexOf(':') + 1);
  return first.split('|')[0];
}

/** A random UUID as synthetic tokens (one merged value). */
export const UUID_SAMPLE = '«|h|8|-»«|h|4|-»«|h|4|-»«|h|4|-»«|h|12»';
