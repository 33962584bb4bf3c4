// Provider-independent detectors: key material, credentials in connection strings, and high-entropy
// literals assigned to secret-like names.

import { looksRandom } from '../randomness';
import type { Detector } from '../types';
import { ASSIGN_OPERATOR, caseless } from './builders';

const PRIVATE_KEY_LABEL = '(?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP |SSH2 ENCRYPTED )?PRIVATE KEY(?: BLOCK)?';

// Passwords that are defaults of local development images, not secrets anyone could leak.
const DEFAULT_PASSWORDS = new Set(['postgres', 'root', 'admin', 'password', 'pass', 'guest', 'test', 'secret', 'mysql', 'redis', 'user']);

const SECRET_NAME_WORDS = [
  'api[-_]?key',
  'secret',
  'token',
  'passw(?:or)?d',
  'pwd',
  'auth[-_]?key',
  'access[-_]?key',
  'private[-_]?key',
  'credentials?',
]
  .map(caseless)
  .join('|');

// A short lower-case word as the password of a reserved documentation host (RFC 2606: example.com/.net/.org,
// `.example`, `.invalid`): `https://abc:xyz@example.com` in API docs. A random password there is still reported
// (hosts get renamed when code is shared; the password stays).
const DOCUMENTATION_CREDENTIALS =
  '(?![a-z0-9]{1,8}@(?:[A-Za-z0-9-]{1,63}\\.){0,6}(?:example\\.(?:com|net|org)|example|invalid)(?![A-Za-z0-9.-]))';

// Words around a JWT that make it a credential rather than sample data.
const SECRET_CONTEXT_WORDS = ['token', 'secret', 'key', 'jwt', 'bearer', 'authorization', 'auth', 'session', 'credential', 'password']
  .map(caseless)
  .join('|');

/**
 * A JWT whose header decodes to JSON naming an algorithm (random dotted base64 is not one), and that is
 * not a public client key by design (Supabase's anon key says `"role": "anon"`).
 */
function isCredentialJwt(token: string): boolean {
  const [header, payload] = token.split('.', 2).map(decodeJsonSegment);
  if (typeof header?.alg !== 'string') return false;
  return payload?.role !== 'anon';
}

function decodeJsonSegment(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

// The assignment target: an identifier or dotted path that contains a secret word, or ends in `key`.
const NAME = `(?<![A-Za-z0-9_.$-])(?<name>[A-Za-z0-9_.$-]{0,30}(?:(?:${SECRET_NAME_WORDS})[A-Za-z0-9_]{0,20}|[kK][eE][yY][sS]?))`;

// Names that contain `key` or `token` but hold identifiers, not credentials: among them pagination cursors
// (`NextContinuationToken`, `nextSequenceToken`, `ChangeToken`, `output_token`) and lookup keys (`result_key`, `dest_key`).
const NON_SECRET_NAME =
  /(?:continuation|sequence|(?<!ex)change|update|result|output|dest|destination|namespace|attributes|public|publishable|primary|foreign|sort|partition|cache|idempotency|i18n|translation|lookup|row|unique|hash|map|dict|registry|hot|monkey|turkey|keyboard|next|prev|page|csrf|field|format|type|name|label|path|file|url|uri|endpoint|length|size|count|expir|ttl|id|template|view|route|message|subject|hint|prompt|policy|rule|regex|pattern|strength|header|param|column|attribute|input|selector|placeholder|mode|strategy|algorithm|method|scope|audience|issuer|version)(?:[-_.]?(?:key|token)s?)?$|^(?:key|keys|token|secret)[-_]?(?:id|name|type|path|file|prefix|length)$|^keys?$/i;

function isSecretLikeName(name: string): boolean {
  return !NON_SECRET_NAME.test(name);
}

export const genericDetectors: readonly Detector[] = [
  {
    id: 'private-key',
    description: 'Private key',
    family: 'generic',
    envVar: 'PRIVATE_KEY',
    keywords: ['-----begin'],
    window: 16384,
    // The body never contains five dashes, so `(?:[^-]|-(?!----))` cannot overlap with the END line.
    pattern: new RegExp(
      `(?<secret>-----BEGIN ${PRIVATE_KEY_LABEL}-----(?:[^-]|-(?!----)){64,16000}-----END ${PRIVATE_KEY_LABEL}-----)`,
    ),
    examples: {
      positive: ['KEY = """«=pem:RSA PRIVATE KEY»"""', 'const key = `«=pem:PRIVATE KEY»`;', '«=pem:OPENSSH PRIVATE KEY»'],
      negative: [
        '-----BEGIN PUBLIC KEY-----\n«|b|64»\n-----END PUBLIC KEY-----',
        'if line.startswith("-----BEGIN RSA PRIVATE KEY-----"):',
        '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----',
      ],
    },
  },
  {
    id: 'connection-string-password',
    description: 'Database or broker connection URL with a password',
    family: 'generic',
    envVar: 'DATABASE_URL',
    keywords: ['postgres', 'mysql', 'mariadb', 'mongodb', 'redis', 'amqp', 'mssql', 'sqlserver', 'clickhouse', 'cockroachdb'],
    // The literal is the whole URL: the fix moves all of it, the diagnostic points at the password.
    pattern: new RegExp(
      `(?<literal>(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?|mssql|sqlserver|clickhouse|cockroachdb)(?:\\+[a-z0-9]{1,20})?://[^\\s:@/'"\`]{0,100}:(?<secret>[!#-&(-.0-9;-?A-_a-~]{1,200})@[^\\s'"\`<>]{1,300})`,
    ),
    validate: (password) => !DEFAULT_PASSWORDS.has(password.toLowerCase()),
    examples: {
      positive: [
        'DATABASE_URL = "postgres://app:«|a|20»@db.internal:5432/app"',
        "mongo = MongoClient('mongodb+srv://svc:«|a|16»@cluster0.mongodb.net/prod')",
        'REDIS_URL=rediss://default:«|a|32»@cache.example.net:6380',
        'REDIS_URL: redis://:«|a|24»@cache.internal:6379/0',
      ],
      negative: [
        'DATABASE_URL = "postgres://postgres:postgres@localhost:5432/dev"',
        'DATABASE_URL = "postgres://app:${DB_PASSWORD}@db:5432/app"',
        'DATABASE_URL = "postgres://app@db:5432/app"',
        'url = "mysql://user:<password>@host/db"',
      ],
    },
  },
  {
    id: 'url-basic-auth-credentials',
    description: 'Password in a URL (basic auth)',
    family: 'generic',
    envVar: 'SERVICE_URL',
    keywords: ['http://', 'https://', 'ftp://', 'ftps://', 'sftp://', 'ssh://', 'ldap://', 'ldaps://', 'smtp://', 'smtps://'],
    pattern: new RegExp(
      `(?<literal>(?:https?|s?ftps?|ssh|ldaps?|smtps?)://[A-Za-z0-9._~%!$&*+,;=-]{1,100}:${DOCUMENTATION_CREDENTIALS}(?<secret>[!#-&(-.0-9;-?A-_a-~]{3,200})@[A-Za-z0-9.-]{1,253}(?::\\d{1,5})?(?:[/?#][^\\s'"\`<>]{0,500})?)`,
    ),
    validate: (password) => !DEFAULT_PASSWORDS.has(password.toLowerCase()) && !/^\d{1,5}$/.test(password),
    examples: {
      positive: [
        'PROXY_URL = "http://svc-proxy:«|a|18»@proxy.corp.internal:3128"',
        "index_url: 'https://deploy:«|a|24»@pypi.internal.example.com/simple'",
        'curl https://admin:«|a|14|#1»@registry.internal/v2/_catalog',
        'git clone https://deploy:«|a|20»@example.com/org/repo.git',
      ],
      negative: [
        'see https://user:password@example.com in the docs',
        'BASE = "https://api.example.com:8443/v1"',
        'url = "https://${USER}:${PASSWORD}@host.example.com"',
        'https://user:<token>@github.com/org/repo.git',
        " * const myURL = new URL('https://abc:xyz@example.com');",
        '#   urllib2.urlopen, "http://evil:thing@www.example.org/path")',
      ],
    },
  },
  {
    id: 'jwt-in-secret-context',
    description: 'JSON Web Token (bearer credential)',
    family: 'generic',
    envVar: 'AUTH_TOKEN',
    keywords: ['eyj'],
    // Only where the surroundings say it is a credential (a token/secret/key name or an Authorization
    // header); JWTs in fixtures, docs and decoded examples elsewhere are left alone. The lookbehind is
    // bounded, so each position costs at most a constant.
    pattern: new RegExp(
      `(?<=(?:${SECRET_CONTEXT_WORDS})[^\\n]{0,60})(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{8,2000}\\.eyJ[A-Za-z0-9_-]{8,4000}\\.[A-Za-z0-9_-]{16,1000})(?![A-Za-z0-9_-])`,
    ),
    validate: isCredentialJwt,
    examples: {
      positive: [
        'SERVICE_TOKEN = "«=jwt»"',
        "headers = { Authorization: 'Bearer «=jwt»' }",
        'auth:\n  token: «=jwt»',
      ],
      negative: [
        'const sample = "«=jwt»"; // decoded in the docs below',
        'SERVICE_TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.«|u|10»"',
        'token = "eyJ«|u|30».eyJ«|u|30»"',
        'NEXT_PUBLIC_SUPABASE_ANON_KEY=«=jwt:anon»',
      ],
    },
  },
  {
    id: 'generic-secret-assignment',
    description: 'Secret assigned to a secret-like name',
    family: 'generic',
    envVar: 'SECRET',
    byContext: true,
    keywords: ['key', 'secret', 'token', 'passw', 'pwd', 'credential'],
    // The name starts at an identifier boundary (the lookbehind keeps the scan linear).
    pattern: new RegExp(
      `${NAME}(?:\\\\?['"])?\\]?[ \\t]{0,4}${ASSIGN_OPERATOR}[ \\t]{0,4}(?:[rbuf]|new String\\()?\\\\?['"\`](?<secret>[!#-&(-[\\]-_a-~]{8,200})\\\\?['"\`]`,
    ),
    acceptName: isSecretLikeName,
    validate: looksRandom,
    examples: {
      positive: [
        'pineconeKey = "«|a|32»"',
        'const apiKey = "«|u|40»";',
        'settings:\n  service_token: "«|h|40»"',
        'db_password = "«|a|12|!»"',
        "define('ADMIN_PASSWORD', '«|a|14|!x9Q»');",
        'os.Setenv("REDIS_PASSWORD", "«|a|16»")',
        'admin_password: str = "«|a|18»"',
        '"os.environ[\\"LDAP_BIND_PASSWORD\\"] = \'«|a|16»\'\\n",',
        'env:\n  - name: POSTGRES_PASSWORD\n    value: "«|a|20»"',
        '<add key="ServiceApiToken" value="«|a|32»" />',
        '$config["client_secret"] = \'«|a|24»\';',
      ],
      negative: [
        'api_key = "your-api-key-here"',
        'token = "<YOUR_API_KEY>"',
        'password = "changeme"',
        'secret = "${SECRET}"',
        'session_token = "550e8400-e29b-41d4-a716-446655440000"',
        'token_endpoint = "https://auth.example.com/oauth/token"',
        'api_key = os.environ["API_KEY"]',
        'secretName = "database-credentials"',
        'PASSWORD_FIELD = "passwordConfirmation"',
        'primaryKey = "«|a|32»"',
        'const publicKey = "«|a|44»";',
        'cache_key = "user:profile:v2"',
        'PASSWORD_RESET_TEMPLATE = "emails/passwordResetConfirmationInstructions"',
        "TOKEN_NAMES = ['session_token', 'aws[-_]?security[-_]?token']",
        '<add key="ServiceApiToken" value="#{ServiceApiToken}#" />',
        '<add key="ServiceApiToken" value="&lt;YOUR_API_KEY&gt;" />',
        '<add key="ArtifactSha256" value="«|h|64»" />',
        'telegram_bot_token = "{telegram_bot_token}"',
        '"STRIPE_SECRET_KEY": "vault:secret/data/stripe-secret-key#value"',
        'client_secret = "ThisIsMyClientSecret2024"',
        'auth_token = "development-token-for-local-use"',
        '"encryptionKey": "arn:aws:kms:us-west-2:123456789012:alias/aws/s3",',
        '"PasswordLastUsed": "2016-09-08T21:47:36Z",',
        '"resumeToken": "«|d|48»",',
        '"NextContinuationToken": "«|b|56»==",',
        '"nextSequenceToken": "«|a|40»"',
        '"ChangeToken": "«|h|8|-»«|h|4|-»«|h|4»"',
        '"output_token": "Jobs.«|a|12»",',
        "dest_key='Ec2SubnetId',",
      ],
    },
  },
  {
    id: 'generic-secret-config-value',
    description: 'Secret in a configuration entry',
    family: 'generic',
    envVar: 'SECRET',
    byContext: true,
    keywords: ['key', 'secret', 'token', 'passw', 'pwd', 'credential'],
    // Unquoted values as in .env, YAML and properties files: the whole rest of the line is the value.
    // Value character classes here are printable ASCII without quotes (credentials are ASCII).
    pattern: new RegExp(
      `^[ \\t]{0,20}(?:-[ \\t]{1,4})?(?:(?:export|ENV|ARG|set|setx|%env)[ \\t]{1,4})?${NAME}[ \\t]{0,4}[=:][ \\t]{0,4}(?<secret>[!$-&(-:<-_a-~]{8,200})[ \\t]*\\r?$`,
      'm',
    ),
    acceptName: isSecretLikeName,
    validate: looksRandom,
    examples: {
      positive: ['services:\n  api:\n    environment:\n      - JWT_SECRET=«|a|40»', 'ENV CLIENT_SECRET=«|u|32»', '%env SERVICE_API_KEY=«|a|40»', 'STRIPE_WEBHOOK_TOKEN=«|a|32»', 'export SERVICE_SECRET=«|u|40»', 'auth:\n  api_key: «|a|24|x9»', 'db.password=«|a|10|!2»'],
      negative: [
        'STRIPE_WEBHOOK_TOKEN=',
        'SERVICE_SECRET=${SERVICE_SECRET}',
        'api_key: changeme',
        'api_key: {{ .Values.apiKey }}',
        'TOKEN_URL=https://auth.example.com/token',
        'password: ENC(«|a|10»)',
      ],
    },
  },
];
