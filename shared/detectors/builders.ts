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
/** The value ends where token characters end. */
export const VALUE_END = '(?![A-Za-z0-9_+/-])';

/**
 * A key recognised by its own format: a vendor prefix followed by a body. `prefix` and `body` are regex
 * sources; keywords default to the literal prefixes.
 */
export function prefixed(
  spec: Common & { readonly prefix: string; readonly body: string; readonly keywords: readonly string[]; readonly caseInsensitive?: boolean },
): Detector {
  return {
    ...spec,
    pattern: new RegExp(`${BEFORE}(?<secret>(?:${spec.prefix})${spec.body})${VALUE_END}`, spec.caseInsensitive ? 'i' : ''),
  };
}

/** `[cC][oO]…`: case-insensitive names inside an otherwise case-sensitive pattern. */
export function caseless(word: string): string {
  return word.replace(/[A-Za-z]/g, (ch) => `[${ch.toLowerCase()}${ch.toUpperCase()}]`).replace(/[.]/g, '\\.');
}

/** A lower-case UUID, as a regex source: the value of several by-context keys. */
export const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

// The one grammar for "a provider name assigned a value", shared by byContext (and through it contextToken),
// named (llm-shapes) and the generic detector's operator. Every repeat is bounded, so the scan stays linear.

/** After the provider name: a short tail such as `_API_KEY`, `.Client(api_key` or `["…"`. */
export const NAME_TAIL = `[\\w.()\\[-]{0,40}`;
// Quotes may be JSON-escaped (`\"`): notebooks on disk keep cell sources as JSON strings.
const QUOTE = `\\\\?['"\`]`;
// A TypeScript annotation before `=` (`: string =`, `: Record<string, string> =`).
const TYPE_ANNOTATION = `(?::[ \\t]{0,4}[A-Za-z_][\\w.<>\\[\\]|]{0,30}[ \\t]{0,4}(?==))?`;
// `=`, `:`, `:=`, `=>`, `??=`, `||=`, and `,` for dict/tuple/call arguments.
const OPERATORS = [':=', '=>', '\\?\\?=', '\\|\\|=', '=', ':', ','];
// .NET appSettings `<add key="X" value="…"/>`, and a Kubernetes env list's `- name: X` with `value:` under it.
const VALUE_ATTRIBUTE = `value[ \\t]{0,4}=`;
const VALUE_LINE = `\\r?\\n[ \\t]{0,20}value[ \\t]{0,4}:`;
// Terraform: `variable "x" { … default = …`.
const TERRAFORM_DEFAULT = `\\{(?:[^{}\\r\\n]{0,80}\\r?\\n){1,6}[ \\t]{0,20}default[ \\t]{0,4}=`;
// The first property of an options object after a call (`new Mistral({ apiKey: "…" })`).
const OPTIONS_OBJECT = `(?:\\{[ \\t]{0,4}['"]?[A-Za-z_]{1,20}['"]?[ \\t]{0,4}:[ \\t]{0,4})?`;
// YAML: the parent key and a key-like child on the next line (`deepseek:\n  api_key: …`).
const CHILD_KEY_WORD = ['key', 'token', 'secret', 'pat'].map(caseless).join('|');
const YAML_CHILD = `:[ \\t]{0,4}\\r?\\n[ \\t]{1,12}['"]?[A-Za-z_-]{0,20}(?:${CHILD_KEY_WORD})['"]?[ \\t]{0,4}:`;
const OPENING_QUOTE = `(?:[rbuf]?${QUOTE}|\\[['"]|new String\\(['"])?`;

/** Which forms of assignment besides the common ones (operators, .NET value attribute, Kubernetes value line). */
export interface AssignmentForms {
  /** A call or constructor takes the value: `cohere.Client("…")`, `new Mistral({ apiKey: "…" })`. */
  readonly call?: boolean;
  /** A YAML section whose key-like child holds the value: `deepseek:\n  api_key: …`. */
  readonly yamlSection?: boolean;
  /** A Terraform variable block's default: `variable "x" { … default = …`. */
  readonly terraformDefault?: boolean;
}

/** The operator alone (no surrounding quotes or blanks), for patterns that frame it themselves. */
export function assignmentOperator(forms: AssignmentForms = {}): string {
  const operators = forms.call ? [...OPERATORS, '\\('] : OPERATORS;
  return [
    `${TYPE_ANNOTATION}(?:${operators.join('|')})`,
    ...(forms.yamlSection ? [YAML_CHILD] : []),
    VALUE_ATTRIBUTE,
    VALUE_LINE,
    ...(forms.terraformDefault ? [TERRAFORM_DEFAULT] : []),
  ].join('|');
}

/**
 * From the end of the name's tail to the start of the value: the name's closing quote or bracket (`"]` after a
 * subscript), the operator, then an optional opening quote (`"`, `r'`, `["`, `new String("`).
 */
export function assignment(forms: AssignmentForms = {}): string {
  const options = forms.call ? OPTIONS_OBJECT : '';
  return `(?:${QUOTE})?\\]?[ \\t]{0,4}(?:${assignmentOperator(forms)})[ \\t]{0,4}${options}${OPENING_QUOTE}`;
}

/** The operator used by by-context keys and the generic detector. */
export const ASSIGN_OPERATOR = `(?:${assignmentOperator({ terraformDefault: true })})`;

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
    pattern: new RegExp(`(?:${names})${NAME_TAIL}${assignment({ terraformDefault: true })}(?<secret>${spec.value})${VALUE_END}`),
  };
}
