// Cloud providers and hosting platforms. Azure connection strings and SAS URLs live in cloud-azure.ts.

import type { Detector } from '../types';
import { azureDetectors } from './cloud-azure';
import { platformDetectors } from './cloud-platforms';
import { contextToken, UUID_SAMPLE, vendorToken } from './vendor-token';

// AWS documents these in its guides; the central filter knows them too, this keeps the rule self-describing.
// Joined at run time so the repository holds no contiguous key-shaped literal.
const AWS_EXAMPLE_KEY_IDS = [
  ['AKIA', 'IOSFODNN7', 'EXAMPLE'],
  ['AKIA', 'I44QH8DHB', 'EXAMPLE'],
  ['ASIA', 'IOSFODNN7', 'EXAMPLE'],
].map((parts) => parts.join(''));
const AWS_EXAMPLE_SECRETS = [
  ['wJalrXUtnFEMI', 'K7MDENG', 'bPxRfiCYEXAMPLEKEY'],
  ['je7MtGbClwBF', '2Zp9Utk', 'h3yCo8nvbEXAMPLEKEY'],
].map((parts) => parts.join('/'));

const awsDetectors: readonly Detector[] = [
  vendorToken({
    id: 'aws-access-key-id',
    description: 'AWS access key ID',
    family: 'cloud',
    envVar: 'AWS_ACCESS_KEY_ID',
    // Long-term (AKIA), temporary STS (ASIA), bearer-token service (ABIA) and context-specific (ACCA) key ids,
    // plus the older A3T* ids; the body is base32.
    prefix: 'AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9]',
    body: '[A-Z2-7]{16}',
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    minEntropy: 3.0,
    allowValues: AWS_EXAMPLE_KEY_IDS,
    // AWS's documentation keys all end in EXAMPLE; none issued does.
    validate: (value) => !value.endsWith('EXAMPLE'),
    sample: '«AKIA|B|16»',
    nearMisses: ['AKIA«|B|10»', 'AKIB«|B|16»', 'akia«|B|16»'],
    extraPositive: ['s3 = boto3.client("s3", aws_access_key_id="«ASIA|B|16»")', '[default]\naws_access_key_id = «AKIA|B|16»'],
    extraNegative: [`aws_access_key_id = ${AWS_EXAMPLE_KEY_IDS[0]}`, 'region = "ASIA-PACIFIC"', 'key_id = "AKIA«|B|12|EXAMPLE»"'],
  }),
  contextToken({
    id: 'aws-secret-access-key',
    description: 'AWS secret access key',
    family: 'cloud',
    envVar: 'AWS_SECRET_ACCESS_KEY',
    names: ['aws_secret_access_key', 'aws_secret_key', 'awssecretaccesskey', 'secretaccesskey', 'secret_access_key', 'aws_secret'],
    value: '[A-Za-z0-9/+]{40}',
    minEntropy: 4.0,
    allowValues: AWS_EXAMPLE_SECRETS,
    validate: (value) => !value.endsWith('EXAMPLEKEY'),
    sample: '«|b|40»',
    nearMisses: ['«|b|30»'],
    extraPositive: [
      'const cfg = { secretAccessKey: "«|b|40»" };',
      `[default]\naws_access_key_id = ${AWS_EXAMPLE_KEY_IDS[0]}\naws_secret_access_key = «|b|40»`,
      '# terraform.tfvars\naws_secret_key = "«|b|40»"',
    ],
    extraNegative: [`aws_secret_access_key = ${AWS_EXAMPLE_SECRETS[0]}`, `AWS_SECRET_ACCESS_KEY=${AWS_EXAMPLE_SECRETS[1]}`],
  }),
  contextToken({
    id: 'aws-session-token',
    description: 'AWS session token',
    family: 'cloud',
    envVar: 'AWS_SESSION_TOKEN',
    // STS session tokens are long base64 blobs (often starting IQoJb3JpZ2lu or FwoGZXIvYXdz): only the name tells.
    names: ['aws[-_]?session[-_]?token', 'aws[-_]?security[-_]?token', 'sessiontoken', 'session_token'],
    keywords: ['session_token', 'sessiontoken', 'security_token', 'aws_session'],
    value: '[A-Za-z0-9/+]{100,2000}={0,2}',
    minEntropy: 4.5,
    sample: '«IQoJb3JpZ2luX2Vj|b|340»',
    nearMisses: ['«IQoJb3JpZ2luX2Vj|b|40»'],
    window: 1024,
    extraPositive: ['session = boto3.Session(aws_session_token="«FwoGZXIvYXdzE|b|300|==»")'],
    extraNegative: ['aws_session_token = None'],
  }),
  vendorToken({
    id: 'aws-mws-auth-token',
    description: 'Amazon Marketplace Web Service auth token',
    family: 'cloud',
    envVar: 'MWS_AUTH_TOKEN',
    prefix: 'amzn\\.mws\\.',
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    keywords: ['amzn.mws.'],
    sample: `«amzn.mws.|h|8|-»«|h|4|-»«|h|4|-»«|h|4|-»«|h|12»`,
    nearMisses: ['amzn.mws.«|h|8|-»«|h|4»'],
  }),
];

const gcpDetectors: readonly Detector[] = [
  vendorToken({
    id: 'gcp-oauth-client-secret',
    description: 'Google OAuth client secret',
    family: 'cloud',
    envVar: 'GOOGLE_CLIENT_SECRET',
    prefix: 'GOCSPX-',
    body: '[A-Za-z0-9_-]{28}',
    keywords: ['gocspx-'],
    minEntropy: 3.5,
    sample: '«GOCSPX-|u|28»',
    nearMisses: ['GOCSPX-«|u|20»', 'GOCSP-«|u|28»'],
    extraPositive: ['{"web":{"client_id":"1234-abc.apps.googleusercontent.com","client_secret":"«GOCSPX-|u|28»"}}'],
  }),
  vendorToken({
    id: 'gcp-oauth-access-token',
    description: 'Google OAuth access token',
    family: 'cloud',
    envVar: 'GOOGLE_OAUTH_ACCESS_TOKEN',
    prefix: 'ya29\\.',
    body: '[A-Za-z0-9_-]{30,400}',
    keywords: ['ya29.'],
    minEntropy: 4.0,
    sample: '«ya29.|u|160»',
    nearMisses: ['ya29.«|u|12»', 'ya30.«|u|160»'],
    extraPositive: ['headers = {"Authorization": "Bearer «ya29.a0|u|150»"}'],
  }),
];

const cloudflareDetectors: readonly Detector[] = [
  contextToken({
    id: 'cloudflare-api-token',
    description: 'Cloudflare API token',
    family: 'cloud',
    envVar: 'CLOUDFLARE_API_TOKEN',
    names: ['cloudflare', 'cf_api_token', 'cf_token', 'cf_dns_api_token'],
    value: '[A-Za-z0-9_-]{40}',
    minEntropy: 3.8,
    sample: '«|u|40»',
    nearMisses: ['«|u|32»'],
    extraPositive: ['jobs:\n  deploy:\n    env:\n      CF_API_TOKEN: «|u|40»'],
  }),
  contextToken({
    id: 'cloudflare-global-api-key',
    description: 'Cloudflare global API key',
    family: 'cloud',
    envVar: 'CLOUDFLARE_API_KEY',
    names: ['cloudflare', 'cf_api_key', 'x-auth-key', 'cf_key'],
    value: '[a-f0-9]{37}',
    minEntropy: 3.0,
    sample: '«|h|37»',
    nearMisses: ['«|h|36»'],
    extraPositive: ['curl -H "X-Auth-Email: ops@example.com" -H "X-Auth-Key: «|h|37»" https://api.cloudflare.com/client/v4/zones'],
  }),
  vendorToken({
    id: 'cloudflare-origin-ca-key',
    description: 'Cloudflare Origin CA key',
    family: 'cloud',
    envVar: 'CLOUDFLARE_ORIGIN_CA_KEY',
    prefix: 'v1\\.0-',
    body: '[a-f0-9]{24}-[a-f0-9]{146}',
    keywords: ['v1.0-'],
    sample: '«v1.0-|h|24|-»«|h|146»',
    nearMisses: ['v1.0-«|h|24|-»«|h|40»', 'v2.0-«|h|24|-»«|h|146»'],
  }),
];

const digitalOceanDetectors: readonly Detector[] = [
  ['digitalocean-pat', 'DigitalOcean personal access token', 'dop_v1_'],
  ['digitalocean-oauth-token', 'DigitalOcean OAuth access token', 'doo_v1_'],
  ['digitalocean-refresh-token', 'DigitalOcean OAuth refresh token', 'dor_v1_'],
].map(([id, description, prefix]) =>
  vendorToken({
    id,
    description,
    family: 'cloud',
    envVar: prefix === 'dor_v1_' ? 'DIGITALOCEAN_REFRESH_TOKEN' : 'DIGITALOCEAN_TOKEN',
    prefix,
    body: '[a-f0-9]{64}',
    keywords: [prefix],
    minEntropy: 3.0,
    sample: `«${prefix}|h|64»`,
    nearMisses: [`${prefix}«|h|40»`, `${prefix.replace('v1', 'v9')}«|h|64»`],
    extraPositive: [`provider "digitalocean" {\n  token = "«${prefix}|h|64»"\n}`],
  }),
);

const herokuDetectors: readonly Detector[] = [
  contextToken({
    id: 'heroku-api-key',
    description: 'Heroku API key',
    family: 'cloud',
    envVar: 'HEROKU_API_KEY',
    // Token and key names only: Heroku app ids are UUIDs too.
    names: ['heroku[-_]?api[-_]?(?:key|token)', 'heroku[-_]?(?:auth[-_]?|oauth[-_]?)?token', 'heroku[-_]?key'],
    keywords: ['heroku'],
    value: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
    sample: UUID_SAMPLE,
    nearMisses: [UUID_SAMPLE],
    extraPositive: ['- uses: akhileshns/heroku-deploy@v3.13.15\n  with:\n    heroku_api_key: «|h|8|-»«|h|4|-»«|h|4|-»«|h|4|-»«|h|12»'],
    extraNegative: [`heroku_app_id = "${UUID_SAMPLE}"`],
  }),
  vendorToken({
    id: 'heroku-api-key-v2',
    description: 'Heroku API key (HRKU format)',
    family: 'cloud',
    envVar: 'HEROKU_API_KEY',
    prefix: 'HRKU-AA',
    body: '[0-9A-Za-z_-]{58}',
    keywords: ['hrku-'],
    minEntropy: 4.0,
    sample: '«HRKU-AA|u|58»',
    nearMisses: ['HRKU-AA«|u|30»', 'HRKU-«|u|60»'],
  }),
];

const vercelPrefixed: readonly Detector[] = [
  ['vercel-personal-token', 'Vercel personal access token', 'vcp_', 'VERCEL_TOKEN'],
  ['vercel-integration-token', 'Vercel integration token', 'vci_', 'VERCEL_TOKEN'],
  ['vercel-app-access-token', 'Vercel app access token', 'vca_', 'VERCEL_ACCESS_TOKEN'],
  ['vercel-app-refresh-token', 'Vercel app refresh token', 'vcr_', 'VERCEL_REFRESH_TOKEN'],
  ['vercel-api-key', 'Vercel API key', 'vck_', 'VERCEL_API_KEY'],
].map(([id, description, prefix, envVar]) =>
  vendorToken({
    id,
    description,
    family: 'cloud',
    envVar,
    // Prefixed formats (2025): the prefix names the credential kind; the body is 50 characters plus a checksum.
    prefix,
    body: '[A-Za-z0-9_-]{56}',
    keywords: [prefix],
    minEntropy: 4.0,
    sample: `«${prefix}|a|56»`,
    nearMisses: [`${prefix}«|a|24»`],
  }),
);

const hostingDetectors: readonly Detector[] = [
  contextToken({
    id: 'vercel-token',
    description: 'Vercel access token',
    family: 'cloud',
    envVar: 'VERCEL_TOKEN',
    names: ['vercel[-_]?(?:api[-_]?|access[-_]?|auth[-_]?)?(?:token|key)'],
    keywords: ['vercel'],
    value: '[A-Za-z0-9]{24}',
    minEntropy: 3.5,
    sample: '«|a|24»',
    nearMisses: ['«|a|20»'],
    extraNegative: ['- run: vercel deploy --prod --token=${{ secrets.VERCEL_TOKEN }}', 'VERCEL_ORG_ID=team_«|a|24»'],
  }),
  vendorToken({
    id: 'netlify-pat',
    description: 'Netlify personal access token',
    family: 'cloud',
    envVar: 'NETLIFY_AUTH_TOKEN',
    prefix: 'nfp_',
    body: '[A-Za-z0-9]{36,40}',
    keywords: ['nfp_'],
    minEntropy: 3.8,
    sample: '«nfp_|a|36»',
    nearMisses: ['nfp_«|a|20»'],
    extraPositive: ['NETLIFY_AUTH_TOKEN=«nfp_|a|40»'],
  }),
  contextToken({
    id: 'netlify-token',
    description: 'Netlify access token',
    family: 'cloud',
    envVar: 'NETLIFY_AUTH_TOKEN',
    names: ['netlify'],
    value: '[A-Za-z0-9_-]{40,46}',
    minEntropy: 3.8,
    // Prefixed personal tokens are reported by netlify-pat.
    validate: (value) => !/^nf[a-z]_/.test(value),
    sample: '«|u|43»',
    nearMisses: ['«|u|30»'],
  }),
  vendorToken({
    id: 'flyio-access-token',
    description: 'Fly.io access token',
    family: 'cloud',
    envVar: 'FLY_API_TOKEN',
    prefix: 'fo1_',
    body: '[A-Za-z0-9_-]{43}',
    keywords: ['fo1_'],
    minEntropy: 4.0,
    sample: '«fo1_|u|43»',
    nearMisses: ['fo1_«|u|20»', 'fo2_«|u|43»'],
  }),
  vendorToken({
    id: 'flyio-macaroon-token',
    description: 'Fly.io macaroon token',
    family: 'cloud',
    envVar: 'FLY_API_TOKEN',
    // `fly tokens create` prints `FlyV1 fm2_…`; several macaroons may be joined with commas into one token.
    prefix: 'fm2_|fm1[ar]_',
    body: '[A-Za-z0-9+/=,_]{100,4000}',
    keywords: ['fm2_', 'fm1a_', 'fm1r_'],
    minEntropy: 4.5,
    window: 4096,
    sample: '«fm2_|b|180»',
    nearMisses: ['fm2_«|b|40»'],
    extraPositive: ['FLY_API_TOKEN="FlyV1 «fm2_lJPE|b|200|,»«fm2_lJPE|b|120»"'],
  }),
  vendorToken({
    id: 'render-api-key',
    description: 'Render API key',
    family: 'cloud',
    envVar: 'RENDER_API_KEY',
    prefix: 'rnd_',
    body: '[A-Za-z0-9]{32}',
    keywords: ['rnd_'],
    minEntropy: 3.8,
    sample: '«rnd_|a|32»',
    nearMisses: ['rnd_«|a|16»'],
  }),
  contextToken({
    id: 'railway-token',
    description: 'Railway API token',
    family: 'cloud',
    envVar: 'RAILWAY_TOKEN',
    names: ['railway[-_]?(?:api[-_]?|project[-_]?)?token'],
    keywords: ['railway'],
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    sample: UUID_SAMPLE,
    nearMisses: [UUID_SAMPLE],
  }),
  vendorToken({
    id: 'scalingo-api-token',
    description: 'Scalingo API token',
    family: 'cloud',
    envVar: 'SCALINGO_API_TOKEN',
    prefix: 'tk-us-',
    body: '[A-Za-z0-9_-]{48}',
    keywords: ['tk-us-'],
    minEntropy: 4.0,
    sample: '«tk-us-|u|48»',
    nearMisses: ['tk-us-«|u|20»'],
  }),
];

export const cloudDetectors: readonly Detector[] = [
  ...awsDetectors,
  ...gcpDetectors,
  ...azureDetectors,
  ...cloudflareDetectors,
  ...digitalOceanDetectors,
  ...herokuDetectors,
  ...vercelPrefixed,
  ...hostingDetectors,
  ...platformDetectors,
];
