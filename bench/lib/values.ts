// What goes on the right of an assignment: a positive (a generated credential, labelled), or one of the
// hard negatives the issue lists (placeholders, templates, env lookups, documented examples, ids, hashes…).

import { mark, type Segment } from './doc';
import type { SecretFormat } from './formats';
import type { Rng } from './rng';

/** A string literal's contents (without quotes). */
export interface LiteralValue {
  readonly kind: 'literal';
  readonly segments: readonly Segment[];
  readonly multiline: boolean;
}

/** Not a literal: the language's environment lookup of the assignment's own name. */
export interface EnvLookupValue {
  readonly kind: 'env';
}

/** Not a literal: a call that fetches the secret at run time. */
export interface CallValue {
  readonly kind: 'call';
}

/** A template reference in the file's own template syntax (`${VAR}`, `{{ .Values.x }}`, `%(x)s`). */
export interface TemplateValue {
  readonly kind: 'template';
}

export type Value = LiteralValue | EnvLookupValue | CallValue | TemplateValue;

export interface Assignment {
  /** SCREAMING_SNAKE name; each language renders its own spelling. */
  readonly name: string;
  readonly value: Value;
  /** A positive's format, so code contexts can use its SDK constructor or an Authorization header. */
  readonly format?: SecretFormat;
}

export function positiveValue(format: SecretFormat, rng: Rng): LiteralValue {
  const generated = format.generate(rng);
  const segments: Segment[] = [];
  if (generated.before) segments.push(generated.before);
  segments.push(mark(generated.secret, { kind: 'positive', family: format.family, provider: format.provider, format: format.id }));
  if (generated.after) segments.push(generated.after);
  return { kind: 'literal', segments, multiline: generated.secret.includes('\n') };
}

export function negativeLiteral(text: string, negativeKind: string): LiteralValue {
  return { kind: 'literal', segments: [mark(text, { kind: 'negative', negativeKind })], multiline: text.includes('\n') };
}

/** Names a developer gives a credential: the conventional variable and the spellings seen in the wild. */
export function namesFor(format: SecretFormat): readonly string[] {
  switch (format.provider) {
    case 'password':
      return ['DB_PASSWORD', 'POSTGRES_PASSWORD', 'ADMIN_PASSWORD', 'SMTP_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'REDIS_PASSWORD', 'LDAP_BIND_PASSWORD'];
    case 'generic':
      return ['INTERNAL_API_TOKEN', 'JWT_SECRET', 'SESSION_SECRET', 'WEBHOOK_SIGNING_SECRET', 'CLIENT_SECRET', 'ENCRYPTION_KEY', 'BILLING_SERVICE_API_KEY', 'SECRET_KEY'];
    case 'jwt':
      return ['AUTH_TOKEN', 'SERVICE_ACCESS_TOKEN', 'ADMIN_JWT', 'BEARER_TOKEN'];
    default: {
      const base = format.envVar;
      const variants = [base, base];
      // Real code often shortens the conventional name; by-context detectors must still see the provider.
      if (base.endsWith('_API_KEY')) variants.push(base.replace(/_API_KEY$/, '_KEY'));
      if (base.endsWith('_TOKEN') && !base.endsWith('_ACCESS_TOKEN')) variants.push(base.replace(/_TOKEN$/, '_ACCESS_TOKEN'));
      return variants;
    }
  }
}

// ------------------------------------------------------------------------------------------------ negatives

/** Documented AWS example credentials, assembled so the repo holds no contiguous key-shaped literal. */
export const AWS_EXAMPLE_KEY_ID = ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('');
export const AWS_EXAMPLE_SECRET = ['wJalrXUtnFEMI', 'K7MDENG', 'bPxRfiCYEXAMPLEKEY'].join('/');
export const AWS_EXAMPLE_KEY_ID_2 = ['AKIA', 'I44QH8DHB', 'EXAMPLE'].join('');
export const AWS_EXAMPLE_SECRET_2 = ['je7MtGbClwBF', '2Zp9Utk', 'h3yCo8nvbEXAMPLEKEY'].join('/');

/** Values carrying an obvious example marker, as vendors' docs and tutorials write them. */
const EXAMPLE_MARKED: readonly [string, string][] = [
  ['OPENAI_API_KEY', 'sk-proj-EXAMPLE-KEY-DO-NOT-USE'],
  ['SLACK_BOT_TOKEN', 'xoxb-your-bot-token-here'],
  ['STRIPE_SECRET_KEY', 'sk_live_EXAMPLE_DO_NOT_USE'],
  ['GITHUB_TOKEN', 'ghp_exampleTokenForDocumentationOnly'],
  ['HF_TOKEN', 'hf_example_token_replace_me'],
  ['GOOGLE_API_KEY', 'AIzaSy-EXAMPLE-ONLY-NOT-A-REAL-KEY'],
];

/** Identifiers and paths assigned to secret-looking names: words, not randomness. */
const IDENTIFIER_VALUES: readonly [string, string][] = [
  ['PASSWORD_RESET_TEMPLATE', 'emails/passwordResetConfirmationInstructions'], // keyguard:allow (a deliberate look-alike: the bench's hard negative)
  ['SECRET_KEY_REF', 'openaiApiKeySecretRefFromVault'],
  ['TOKEN_ENDPOINT', 'https://login.microsoftonline.com/common/oauth2/v2.0/token'],
  ['API_KEY_HEADER', 'X-Api-Key'],
  ['TOKEN_ENV_VAR', 'GITHUB_TOKEN'],
  ['SECRET_NAME', 'prod/openai/api-key'],
  ['AUTH_SCHEME', 'Bearer'],
  ['SIGNING_ALGORITHM', 'HS256'],
  ['PASSWORD_FIELD', 'password_confirmation'],
  ['API_KEY_PARAM_NAME', 'x-goog-api-key'],
  ['SECRET_MOUNT_PATH', '/var/run/secrets/kubernetes.io/serviceaccount/token'],
  ['TOKEN_CACHE_FILE', '~/.cache/acme-cli/credentials.json'],
  ['KEYRING_SERVICE_NAME', 'acme.billing.apiClientCredentials'],
];

const GENERIC_PLACEHOLDERS = [
  'sk-...',
  '<YOUR_API_KEY>',
  'your-api-key-here',
  'xxxxxxxxxxxxxxxxxxxxxxxx',
  'changeme',
  'YOUR_API_KEY',
  '<insert-token-here>',
  'REPLACE_ME',
  'TODO',
  'dummy',
  '********',
  '<token>',
  'your_secret_here',
  'put-your-key-here',
];

/** The public prefix of a prefixed format, e.g. `sk-proj-`, `ghp_`, `xoxb-`. */
function publicPrefix(sample: string): string | undefined {
  const match = /^[A-Za-z0-9]{2,8}[-_.](?:[a-z0-9]{2,7}[-_.])?/.exec(sample);
  return match?.[0];
}

export function placeholderFor(format: SecretFormat | undefined, rng: Rng): string {
  if (format && !format.byContext && !format.url && rng.chance(0.6)) {
    const prefix = publicPrefix(format.generate(rng.fork('shape')).secret);
    if (prefix) {
      const body = rng.pick(['...', 'x'.repeat(32), 'X'.repeat(36), '<your-key>', '*'.repeat(12), 'REPLACE_ME', 'xxxx...xxxx', 'your-key-here']);
      return prefix + body;
    }
  }
  return rng.pick(GENERIC_PLACEHOLDERS);
}

/** Supabase's anon key is a JWT meant for browsers (row-level security guards the data). */
function supabaseAnonKey(rng: Rng): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ iss: 'supabase', ref: rng.string('lowerDigits', 20), role: 'anon', iat: 1712000000, exp: 2027000000 })}.${rng.string('base64url', 43)}`;
}

export interface NamedNegative {
  readonly name: string;
  readonly value: LiteralValue;
}

/** Values that look random but are not credentials, each under a name that says what it is. */
export function lookAlike(rng: Rng): NamedNegative {
  const hex = (n: number) => rng.string('hex', n);
  const choices: (() => NamedNegative)[] = [
    () => ({ name: 'GIT_COMMIT_SHA', value: negativeLiteral(hex(40), 'git-sha') }),
    () => ({ name: 'BUILD_REVISION', value: negativeLiteral(hex(40), 'git-sha') }),
    () => ({ name: 'REQUEST_ID', value: negativeLiteral(rng.uuid(), 'uuid-id') }),
    () => ({ name: 'TENANT_ID', value: negativeLiteral(rng.uuid(), 'uuid-id') }),
    () => ({ name: 'AZURE_CLIENT_ID', value: negativeLiteral(rng.uuid(), 'uuid-id') }),
    () => ({ name: 'PINECONE_INDEX_HOST', value: negativeLiteral(`products-${rng.string('lowerDigits', 7)}.svc.aped-4627-b74a.pinecone.io`, 'hostname') }),
    () => ({ name: 'ARTIFACT_SHA256', value: negativeLiteral(hex(64), 'content-hash') }),
    () => ({ name: 'CACHE_KEY', value: negativeLiteral(`deps-v3-${hex(40)}`, 'content-hash') }),
    () => ({ name: 'ETAG', value: negativeLiteral(hex(32), 'content-hash') }),
    () => ({ name: 'PRIMARY_COLOR', value: negativeLiteral(`#${hex(6)}`, 'hex-colour') }),
    () => ({ name: 'STRIPE_PUBLISHABLE_KEY', value: negativeLiteral(`pk_live_${rng.string('alnum', 24)}`, 'public-by-design') }),
    () => ({ name: 'TWILIO_ACCOUNT_SID', value: negativeLiteral(`AC${hex(32)}`, 'public-id') }),
    () => ({ name: 'GOOGLE_OAUTH_CLIENT_ID', value: negativeLiteral(`${rng.string('digits', 12)}-${rng.string('lowerDigits', 32)}.apps.googleusercontent.com`, 'public-id') }),
    () => ({ name: 'SENTRY_DSN', value: negativeLiteral(`https://${hex(32)}@o${rng.string('digits', 6)}.ingest.us.sentry.io/${rng.string('digits', 7)}`, 'public-by-design') }),
    () => ({ name: 'AWS_ACCESS_KEY_ID', value: negativeLiteral(AWS_EXAMPLE_KEY_ID, 'documented-example') }),
    () => ({ name: 'AWS_SECRET_ACCESS_KEY', value: negativeLiteral(AWS_EXAMPLE_SECRET, 'documented-example') }),
    () => ({ name: 'OPENAI_API_KEY', value: negativeLiteral(`sk-proj-${'*'.repeat(20)}${rng.string('alnum', 4)}`, 'masked') }),
    () => {
      const [name, value] = rng.pick(IDENTIFIER_VALUES);
      return { name, value: negativeLiteral(value, 'identifier') };
    },
    () => {
      const [name, value] = rng.pick(IDENTIFIER_VALUES);
      return { name, value: negativeLiteral(value, 'identifier') };
    },
    () => {
      const [name, value] = rng.pick(EXAMPLE_MARKED);
      return { name, value: negativeLiteral(value, 'example-marker') };
    },
    () => ({ name: 'AWS_ACCESS_KEY_ID', value: negativeLiteral(AWS_EXAMPLE_KEY_ID_2, 'documented-example') }),
    () => ({ name: 'AWS_SECRET_ACCESS_KEY', value: negativeLiteral(AWS_EXAMPLE_SECRET_2, 'documented-example') }),
    () => ({ name: 'LOGO_DATA_URI', value: negativeLiteral(`data:image/png;base64,${Buffer.from(rng.string('alnum', 240)).toString('base64')}`, 'data-uri') }),
    () => ({ name: 'FONT_WOFF2_BASE64', value: negativeLiteral(Buffer.from(rng.string('alnum', 180)).toString('base64'), 'base64-blob') }),
    () => ({ name: 'DEFAULT_PASSWORD', value: negativeLiteral('', 'empty') }),
    // Public or one-way values under secret-looking names.
    () => ({ name: 'ADMIN_PASSWORD_HASH', value: negativeLiteral(`$2b$12$${rng.string('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`, 'password-hash') }),
    () => ({ name: 'PASSWORD_HASH', value: negativeLiteral(`$argon2id$v=19$m=65536,t=3,p=4$${rng.string('base64', 22)}$${rng.string('base64', 43)}`, 'password-hash') }),
    () => ({ name: 'NEXT_PUBLIC_SUPABASE_ANON_KEY', value: negativeLiteral(supabaseAnonKey(rng), 'public-by-design') }),
    () => ({ name: 'VAPID_PUBLIC_KEY', value: negativeLiteral(`B${rng.string('base64url', 86)}`, 'public-key') }),
    () => ({ name: 'SCRIPT_INTEGRITY', value: negativeLiteral(`sha384-${rng.string('base64', 64)}`, 'content-hash') }),
  ];
  return rng.pick(choices)();
}
