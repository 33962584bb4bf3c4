// Central false-positive filters applied to every candidate, whatever detector produced it.
// Detectors describe a format; deciding that a matching value is a placeholder or template is done once, here.

import { shannonEntropy } from './entropy';

/** Vendor-documented example credentials: public, inert, and everywhere in docs and tests. */
const DOCUMENTED_EXAMPLES = new Set([
  // AWS's documented keys are the AWS detectors' allowValues, which the scanner honours for every detector.
  // RFC 6749 (OAuth 2.0) examples, copied into the docs and tests of every OAuth library: access and refresh
  // token (§5.1), authorization code (§4.1.2), client secret (§2.3.1).
  '2YotnFZFEjr1zCsicMWpAA',
  'tGzv3JOkF0XG5Qx2TlKWIA',
  'SplxlOBeZQQYbYS6WxSbIA',
  '7Fjfp0ZBr1KtDRbnfVdmIw',
]);

// Template and interpolation syntaxes (shell, Jinja/Handlebars, Python %-format, str.format and f-strings, C#
// interpolation, ERB, Maven, Windows): the value is filled in elsewhere. Generated keys never contain braces.
const TEMPLATE = /\{[A-Za-z_][^{}\s'"`]{0,80}\}|\{\d{0,2}(?::[^{}\s]{0,20})?\}|#\{[^}]{1,80}\}#?|^__[A-Za-z0-9_]{1,60}__$|\$\{|\$\(|\{\{|\}\}|%\(|<%|\$[A-Z_]{2,}\b|^\$[A-Za-z_]|^%[A-Z_]+%$|^@[A-Za-z_]+@$/;

// References into a secret manager name where the secret lives; they are not the secret.
const SECRET_REFERENCE =
  /^(?:vault:|op:\/\/|arn:aws[\w-]*:(?:secretsmanager|ssm):|projects\/[^/]{1,100}\/secrets\/|sm:\/\/|awssm:|gcpsm:|azkv:|keyvault:|doppler:|infisical:|@Microsoft\.KeyVault\(|secretRef:|ref\+)/i;

// Markers people type instead of a real value. Long words are telling anywhere (a random body almost never
// spells `example`); short ones (`my`, `your`, `todo`) only between separators, since random bodies spell
// them often (`…3mY7…`).
const PLACEHOLDER_MARKERS =
  /\.\.\.|…|x{4,}|X{4,}|\*{3,}|<[^>]*>|changeme|change_me|placeholder|redacted|example|sample|dummy|replace|insert|fixme|(?:^|[-_ .])(?:your|my|todo|fake|tbd)(?=[-_ .]|$)|(?:api|secret|access)[-_]?(?:key|token)[-_]?here|^(?:test|demo|foo|bar|baz|qux|secret|password|passwd|token|apikey|api_key|key|none|null|nil|undefined)$/i;

/** True when the value is a placeholder, template or documented example rather than a credential. */
export function isPlaceholder(raw: string): boolean {
  // Values inside XML attributes arrive entity-escaped: `&lt;YOUR_API_KEY&gt;` is `<YOUR_API_KEY>`.
  const value = raw.includes('&') ? unescapeXml(raw) : raw;
  if (DOCUMENTED_EXAMPLES.has(value)) return true;
  if (TEMPLATE.test(value) || SECRET_REFERENCE.test(value)) return true;
  if (PLACEHOLDER_MARKERS.test(value)) return true;
  return isRepetitive(value);
}

function unescapeXml(value: string): string {
  return value.replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[name] ?? '');
}

/** `aaaaaaaa`, `12345678…`, `abcabcabc`: too little variety to be a generated key. */
function isRepetitive(value: string): boolean {
  const body = value.replace(/^[A-Za-z]{1,10}[-_]/, '');
  if (body.length < 8) return false;
  if (new Set(body).size <= 3) return true;
  if (isSequential(body)) return true;
  return shannonEntropy(body) < 2.0;
}

function isSequential(body: string): boolean {
  let steps = 0;
  for (let i = 1; i < body.length; i++) if (body.charCodeAt(i) - body.charCodeAt(i - 1) === 1) steps++;
  return steps / (body.length - 1) > 0.6;
}

/** Stricter check for values recognised only by context (the variable name), where the format says little. */
export function looksLikeProseOrIdentifier(value: string): boolean {
  // Dotted paths, kebab/snake identifiers of words, and sentences are configuration keys or text, not secrets.
  // Segments are capped so a random all-letter key body after a vendor prefix (`sk-` + 48 letters) still counts.
  if (/^[a-z]{1,24}(?:[._-][a-z]{1,24})+$/i.test(value)) return true;
  if (/\s/.test(value)) return true;
  if (/^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/.test(value)) return true; // CamelCaseWords
  return isNameOfWords(value);
}

// A name's segments between separators are UPPER_CASE words or camelCase words, optionally ending in a number
// (`sha256`, `V2`, `X509`): `msal:acquireTokenStart` → msal | acquireTokenStart → msal, acquire, Token, Start.
const NAME_SEPARATORS = /[._:/-]+/;
const CONSTANT_WORD = /^[A-Z]{1,24}\d{0,4}$/;
const CAMEL_WORDS = /^[A-Za-z][a-z]{0,23}(?:[A-Z][a-z]{1,23}){0,10}\d{0,4}$/;
const VOWEL = /[aeiouy]/i;

/**
 * Event names, constants and qualified identifiers made of words: `msal:acquireTokenStart`,
 * `ClientAuthErrorCodes.tokenParsingError`, `PKCS7_ISSUER_AND_SERIAL`, `token_sha256_to_refresh`. Generated keys
 * break into many one- and two-letter fragments (`uqDmXx…`), runs of capitals after lower case, or digits inside.
 */
function isNameOfWords(value: string): boolean {
  const words: string[] = [];
  for (const segment of value.split(NAME_SEPARATORS)) {
    if (segment === '') continue;
    if (CONSTANT_WORD.test(segment)) words.push(segment);
    else if (CAMEL_WORDS.test(segment)) words.push(...segment.split(/(?=[A-Z])/));
    else return false;
  }
  if (words.length < 2) return false;
  const letters = words.map((word) => word.replace(/\d+$/, ''));
  if (letters.join('').length / words.length < 3) return false;
  // `Id`, `to`, `t` happen in names; a third of the words at most. `V2`, `X509` (with a number) are not short.
  const short = words.filter((word) => /^[A-Za-z]{1,2}$/.test(word)).length;
  if (short * 3 > words.length) return false;
  const long = letters.filter((word) => word.length >= 3);
  return long.filter((word) => VOWEL.test(word)).length >= (long.length * 2) / 3;
}

const ALNUM = /[A-Za-z0-9]/;

/** A value glued to more alphanumerics is a fragment of something longer (a base64 blob, a hash), not a key. */
export function isEmbeddedFragment(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1] : '';
  const after = end < text.length ? text[end] : '';
  return (before !== '' && ALNUM.test(before)) || (after !== '' && ALNUM.test(after));
}
