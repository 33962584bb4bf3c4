// The benchmark's own table of credential formats, written from public facts (vendor docs and announcements,
// and the prefixes/lengths that public scanners such as gitleaks and secretlint document), NOT from
// KeyGuard's detectors: the corpus must test the detectors, not mirror them.
// Each format generates a seeded value; `before`/`after` are the non-secret parts of a compound literal
// (a connection string, a webhook URL) so the label covers exactly the credential.

import type { DetectorFamily } from '../../shared/types';
import { withCrc32Checksum } from './checksum';
import { Rng } from './rng';

export interface GeneratedLiteral {
  readonly before: string;
  readonly secret: string;
  readonly after: string;
}

export interface SecretFormat {
  /** Unique id of this format in the bench, e.g. `openai-project`. */
  readonly id: string;
  /** Provider the label names, e.g. `openai`. */
  readonly provider: string;
  readonly family: DetectorFamily;
  /** Variable name a developer would use; by-context formats are always written next to it (or a variant). */
  readonly envVar: string;
  /** True when the value has no distinctive prefix: only the surrounding name says what it is. */
  readonly byContext: boolean;
  /** SDK constructor names for code contexts, e.g. `OpenAI` → `OpenAI(api_key=...)`. */
  readonly sdk?: { readonly py?: string; readonly js?: string };
  /** Value spans several lines (PEM blocks): only placed where a multi-line literal is natural. */
  readonly multiline?: boolean;
  /** Value is a whole URL / connection string: not wrapped in `Bearer` headers. */
  readonly url?: boolean;
  /** The public fact the shape is taken from. */
  readonly fact: string;
  generate(rng: Rng): GeneratedLiteral;
}

const plain = (secret: string): GeneratedLiteral => ({ before: '', secret, after: '' });

function b64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}

function jwt(rng: Rng, payload: Record<string, unknown>): string {
  const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  return `${header}.${b64url(JSON.stringify(payload))}.${rng.string('base64url', 43)}`;
}

function pemBody(rng: Rng, magic: string, bytes: number): string {
  const body = magic + rng.string('base64', Math.ceil((bytes * 4) / 3) - magic.length);
  const lines: string[] = [];
  for (let i = 0; i < body.length; i += 64) lines.push(body.slice(i, i + 64));
  return lines.join('\n');
}

function pem(rng: Rng, label: string, magic: string, bytes: number): string {
  return `-----BEGIN ${label}-----\n${pemBody(rng, magic, bytes)}\n-----END ${label}-----`;
}

function humanPassword(rng: Rng): string {
  const words = ['Harbor', 'Maple', 'Orbit', 'Falcon', 'Copper', 'Willow', 'Nimbus', 'Quartz', 'Juniper', 'Tango'];
  const symbols = '!#%&*+-=?@^_';
  return `${rng.pick(words)}${rng.pick(words).toLowerCase()}${rng.int(10, 9999)}${rng.pick([...symbols])}${rng.string('alnum', rng.int(2, 5))}`;
}

function randomPassword(rng: Rng): string {
  return rng.string('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', rng.int(16, 28));
}

const dbHosts = ['db.internal', 'postgres.prod.svc.cluster.local', '10.0.4.17', 'orders-db.c9akciq32.eu-west-1.rds.amazonaws.com'];

function f(
  id: string,
  provider: string,
  family: DetectorFamily,
  envVar: string,
  fact: string,
  generate: (rng: Rng) => GeneratedLiteral | string,
  extra: Partial<Pick<SecretFormat, 'byContext' | 'sdk' | 'multiline' | 'url'>> = {},
): SecretFormat {
  return {
    id,
    provider,
    family,
    envVar,
    fact,
    byContext: extra.byContext ?? false,
    sdk: extra.sdk,
    multiline: extra.multiline,
    url: extra.url,
    generate: (rng) => {
      const value = generate(rng);
      return typeof value === 'string' ? plain(value) : value;
    },
  };
}

const OPENAI_MARK = 'T3BlbkFJ'; // base64 of "OpenAI", embedded in every OpenAI key format

export const FORMATS: readonly SecretFormat[] = [
  // ---------------------------------------------------------------- LLM and AI APIs
  f('openai-project', 'openai', 'llm', 'OPENAI_API_KEY', 'sk-proj- + 74 base64url + T3BlbkFJ + 74 base64url (156 body chars)',
    (r) => `sk-proj-${r.string('base64url', 74)}${OPENAI_MARK}${r.string('base64url', 74)}`, { sdk: { py: 'OpenAI', js: 'OpenAI' } }),
  f('openai-svcacct', 'openai', 'llm', 'OPENAI_API_KEY', 'sk-svcacct- + 74 + T3BlbkFJ + 74 (service account)',
    (r) => `sk-svcacct-${r.string('base64url', 74)}${OPENAI_MARK}${r.string('base64url', 74)}`, { sdk: { py: 'OpenAI', js: 'OpenAI' } }),
  f('openai-admin', 'openai', 'llm', 'OPENAI_ADMIN_KEY', 'sk-admin- + 58 + T3BlbkFJ + 58 (admin keys)',
    (r) => `sk-admin-${r.string('base64url', 58)}${OPENAI_MARK}${r.string('base64url', 58)}`),
  f('openai-legacy', 'openai', 'llm', 'OPENAI_API_KEY', 'sk- + 20 alnum + T3BlbkFJ + 20 alnum (pre-2024 user keys)',
    (r) => `sk-${r.string('alnum', 20)}${OPENAI_MARK}${r.string('alnum', 20)}`, { sdk: { py: 'OpenAI', js: 'OpenAI' } }),
  f('azure-openai', 'azure-openai', 'llm', 'AZURE_OPENAI_API_KEY', '32 hex, meaningful only next to an Azure OpenAI name/endpoint',
    (r) => r.string('hex', 32), { byContext: true, sdk: { py: 'AzureOpenAI', js: 'AzureOpenAI' } }),
  f('anthropic-api', 'anthropic', 'llm', 'ANTHROPIC_API_KEY', 'sk-ant-api03- + 93 base64url + AA (108 chars)',
    (r) => `sk-ant-api03-${r.string('base64url', 93)}AA`, { sdk: { py: 'Anthropic', js: 'Anthropic' } }),
  f('anthropic-admin', 'anthropic', 'llm', 'ANTHROPIC_ADMIN_KEY', 'sk-ant-admin01- + 93 base64url + AA',
    (r) => `sk-ant-admin01-${r.string('base64url', 93)}AA`),
  f('gemini', 'google-ai', 'llm', 'GEMINI_API_KEY', 'AIza + 35 [A-Za-z0-9_-] (Google API key used for Gemini)',
    (r) => `AIzaSy${r.string('base64url', 33)}`, { sdk: { py: 'genai.Client', js: 'GoogleGenerativeAI' } }),
  f('cohere', 'cohere', 'llm', 'CO_API_KEY', '40 alnum, by context (COHERE_API_KEY / CO_API_KEY)',
    (r) => r.string('alnum', 40), { byContext: true, sdk: { py: 'cohere.ClientV2', js: 'CohereClientV2' } }),
  f('mistral', 'mistral', 'llm', 'MISTRAL_API_KEY', '32 alnum, by context',
    (r) => r.string('alnum', 32), { byContext: true, sdk: { py: 'Mistral', js: 'Mistral' } }),
  f('groq', 'groq', 'llm', 'GROQ_API_KEY', 'gsk_ + 52 alnum',
    (r) => `gsk_${r.string('alnum', 52)}`, { sdk: { py: 'Groq', js: 'Groq' } }),
  f('together', 'together', 'llm', 'TOGETHER_API_KEY', '64 hex, by context',
    (r) => r.string('hex', 64), { byContext: true, sdk: { py: 'Together', js: 'Together' } }),
  f('fireworks', 'fireworks', 'llm', 'FIREWORKS_API_KEY', 'fw_ + 24 alnum',
    (r) => `fw_${r.string('alnum', 24)}`),
  f('deepseek', 'deepseek', 'llm', 'DEEPSEEK_API_KEY', 'sk- + 32 hex, by context (shape shared with other vendors)',
    (r) => `sk-${r.string('hex', 32)}`, { byContext: true }),
  f('xai', 'xai', 'llm', 'XAI_API_KEY', 'xai- + 80 alnum',
    (r) => `xai-${r.string('alnum', 80)}`),
  f('perplexity', 'perplexity', 'llm', 'PERPLEXITY_API_KEY', 'pplx- + 48 alnum',
    (r) => `pplx-${r.string('alnum', 48)}`),
  f('openrouter', 'openrouter', 'llm', 'OPENROUTER_API_KEY', 'sk-or-v1- + 64 hex',
    (r) => `sk-or-v1-${r.string('hex', 64)}`),
  f('replicate', 'replicate', 'llm', 'REPLICATE_API_TOKEN', 'r8_ + 37 alnum (40 chars)',
    (r) => `r8_${r.string('alnum', 37)}`),
  f('huggingface', 'huggingface', 'llm', 'HF_TOKEN', 'hf_ + 34 letters',
    (r) => `hf_${r.string('letters', 34)}`),
  f('huggingface-org', 'huggingface', 'llm', 'HF_TOKEN', 'api_org_ + 34 letters',
    (r) => `api_org_${r.string('letters', 34)}`),
  f('stability', 'stability', 'llm', 'STABILITY_API_KEY', 'sk- + 48 alnum, by context',
    (r) => `sk-${r.string('alnum', 48)}`, { byContext: true }),
  f('elevenlabs', 'elevenlabs', 'llm', 'ELEVENLABS_API_KEY', 'sk_ + 48 hex',
    (r) => `sk_${r.string('hex', 48)}`),
  f('assemblyai', 'assemblyai', 'llm', 'ASSEMBLYAI_API_KEY', '32 hex, by context',
    (r) => r.string('hex', 32), { byContext: true }),
  f('deepgram', 'deepgram', 'llm', 'DEEPGRAM_API_KEY', '40 hex, by context',
    (r) => r.string('hex', 40), { byContext: true }),
  f('langsmith', 'langsmith', 'llm', 'LANGSMITH_API_KEY', 'lsv2_pt_ / lsv2_sk_ + 32 hex + _ + 10 hex',
    (r) => `lsv2_${r.pick(['pt', 'sk'])}_${r.string('hex', 32)}_${r.string('hex', 10)}`),
  f('voyage', 'voyage', 'llm', 'VOYAGE_API_KEY', 'pa- + 43 base64url',
    (r) => `pa-${r.string('base64url', 43)}`, { byContext: true }),
  f('jina', 'jina', 'llm', 'JINA_API_KEY', 'jina_ + 32 hex + 28 base64url',
    (r) => `jina_${r.string('hex', 32)}${r.string('alnum', 28)}`),

  // ---------------------------------------------------------------- Vector stores and data
  f('pinecone', 'pinecone', 'vector-data', 'PINECONE_API_KEY', 'pcsk_ + 5-6 alnum + _ + 58 alnum',
    (r) => `pcsk_${r.string('alnum', r.int(5, 6))}_${r.string('alnum', 58)}`, { sdk: { py: 'Pinecone', js: 'Pinecone' } }),
  f('pinecone-legacy', 'pinecone', 'vector-data', 'PINECONE_API_KEY', 'UUID v4, by context (pre-2024 keys)',
    (r) => r.uuid(), { byContext: true, sdk: { py: 'Pinecone', js: 'Pinecone' } }),
  f('weaviate', 'weaviate', 'vector-data', 'WEAVIATE_API_KEY', '~40 alnum, by context',
    (r) => r.string('alnum', 40), { byContext: true }),
  f('qdrant', 'qdrant', 'vector-data', 'QDRANT_API_KEY', 'UUID + | + 56 base64url (cloud database keys), by context',
    (r) => `${r.uuid()}|${r.string('base64url', 56)}`, { byContext: true }),
  f('zilliz', 'zilliz', 'vector-data', 'ZILLIZ_CLOUD_API_KEY', '104 hex, by context',
    (r) => r.string('hex', 104), { byContext: true }),
  f('supabase-service-role', 'supabase', 'vector-data', 'SUPABASE_SERVICE_ROLE_KEY', 'JWT with role=service_role',
    (r) => jwt(r, { iss: 'supabase', ref: r.string('lowerDigits', 20), role: 'service_role', iat: 1712000000 + r.int(0, 9999999), exp: 2027000000 + r.int(0, 9999999) }), { byContext: true }),
  f('supabase-secret', 'supabase', 'vector-data', 'SUPABASE_SECRET_KEY', 'sb_secret_ + 31 base64url',
    (r) => `sb_secret_${r.string('base64url', 31)}`),
  f('upstash-redis', 'upstash', 'vector-data', 'UPSTASH_REDIS_REST_TOKEN', 'A + base64 of id/secret, ~68 chars, by context',
    (r) => `A${r.pick(['X', 'Y', 'Z'])}${r.pick(['a', 'b', 'c'])}${r.string('base64url', 65)}`, { byContext: true }),
  f('elastic', 'elastic', 'vector-data', 'ELASTIC_API_KEY', 'base64(id:api_key), by context',
    (r) => Buffer.from(`${r.string('base64url', 20)}:${r.string('base64url', 22)}`).toString('base64'), { byContext: true }),
  f('postgres-url', 'postgres', 'vector-data', 'DATABASE_URL', 'postgres://user:password@host:port/db',
    (r) => ({ before: `postgres://${r.pick(['app', 'orders', 'admin', 'svc_api'])}:`, secret: r.chance(0.5) ? randomPassword(r) : humanPassword(r).replace(/[#%?@/]/g, '9'), after: `@${r.pick(dbHosts)}:5432/${r.pick(['app', 'orders', 'analytics'])}` }), { url: true }),
  f('mysql-url', 'mysql', 'vector-data', 'DATABASE_URL', 'mysql://user:password@host:3306/db',
    (r) => ({ before: `mysql://${r.pick(['root', 'shop', 'wp'])}:`, secret: randomPassword(r), after: `@${r.pick(dbHosts)}:3306/${r.pick(['shop', 'wordpress'])}` }), { url: true }),
  f('mongodb-url', 'mongodb', 'vector-data', 'MONGODB_URI', 'mongodb+srv://user:password@cluster.mongodb.net',
    (r) => ({ before: `mongodb+srv://${r.pick(['app', 'admin', 'reader'])}:`, secret: randomPassword(r), after: `@cluster0.${r.string('lowerDigits', 5)}.mongodb.net/?retryWrites=true&w=majority` }), { url: true }),
  f('redis-url', 'redis', 'vector-data', 'REDIS_URL', 'redis(s)://:password@host:6379',
    (r) => ({ before: `${r.pick(['redis', 'rediss'])}://${r.pick(['', 'default'])}:`, secret: r.string('alnum', 32), after: `@${r.pick(['cache.internal', 'redis-12345.c1.us-east-1-2.ec2.cloud.redislabs.com'])}:6379/0` }), { url: true }),
  f('amqp-url', 'rabbitmq', 'vector-data', 'AMQP_URL', 'amqp(s)://user:password@host/vhost',
    (r) => ({ before: `amqps://${r.pick(['worker', 'guest_prod'])}:`, secret: randomPassword(r), after: `@${r.pick(['mq.internal', 'rattlesnake.rmq.cloudamqp.com'])}/${r.pick(['jobs', 'prod'])}` }), { url: true }),
  f('neon-url', 'neon', 'vector-data', 'DATABASE_URL', 'postgresql://user:npg_<12 alnum>@ep-…neon.tech/db',
    (r) => ({ before: `postgresql://neondb_owner:`, secret: `npg_${r.string('alnum', 12)}`, after: `@ep-${r.pick(['cool', 'late', 'wild'])}-${r.pick(['sun', 'rain', 'leaf'])}-a${r.string('lowerDigits', 7)}.us-east-2.aws.neon.tech/neondb?sslmode=require` }), { url: true }),
  f('neon-api', 'neon', 'vector-data', 'NEON_API_KEY', 'napi_ + 64 lower alnum',
    (r) => `napi_${r.string('lowerDigits', 64)}`),
  f('planetscale-password', 'planetscale', 'vector-data', 'DATABASE_PASSWORD', 'pscale_pw_ + 43 base64url',
    (r) => `pscale_pw_${r.string('base64url', 43)}`),
  f('planetscale-token', 'planetscale', 'vector-data', 'PLANETSCALE_SERVICE_TOKEN', 'pscale_tkn_ + 43 base64url',
    (r) => `pscale_tkn_${r.string('base64url', 43)}`),

  // ---------------------------------------------------------------- Agent tools
  f('serpapi', 'serpapi', 'agent-tools', 'SERPAPI_API_KEY', '64 hex, by context',
    (r) => r.string('hex', 64), { byContext: true }),
  f('tavily', 'tavily', 'agent-tools', 'TAVILY_API_KEY', 'tvly- (or tvly-dev-) + 32 alnum',
    (r) => `tvly-${r.pick(['', 'dev-'])}${r.string('alnum', 32)}`, { sdk: { py: 'TavilyClient', js: 'tavily' } }),
  f('exa', 'exa', 'agent-tools', 'EXA_API_KEY', 'UUID v4, by context',
    (r) => r.uuid(), { byContext: true, sdk: { py: 'Exa', js: 'Exa' } }),
  f('brave-search', 'brave', 'agent-tools', 'BRAVE_SEARCH_API_KEY', 'BSA + 28 alnum, by context',
    (r) => `BSA${r.string('alnum', 28)}`, { byContext: true }),
  f('bing-search', 'bing', 'agent-tools', 'BING_SEARCH_API_KEY', '32 hex, by context (Ocp-Apim-Subscription-Key)',
    (r) => r.string('hex', 32), { byContext: true }),
  f('wolfram', 'wolfram', 'agent-tools', 'WOLFRAM_ALPHA_APPID', '6 + - + 10 upper alnum AppID, by context',
    (r) => `${r.string('upperDigits', 6)}-${r.string('upperDigits', 10)}`, { byContext: true }),
  f('firecrawl', 'firecrawl', 'agent-tools', 'FIRECRAWL_API_KEY', 'fc- + 32 hex',
    (r) => `fc-${r.string('hex', 32)}`, { sdk: { py: 'FirecrawlApp', js: 'FirecrawlApp' } }),
  f('browserless', 'browserless', 'agent-tools', 'BROWSERLESS_API_KEY', '~48 alnum, by context (also ?token= in the wss URL)',
    (r) => r.string('alnum', 48), { byContext: true }),

  // ---------------------------------------------------------------- Cloud and platforms
  f('aws-access-key-id', 'aws', 'cloud', 'AWS_ACCESS_KEY_ID', 'AKIA + 16 base32 upper (long-term key id)',
    (r) => `AKIA${r.string('base32', 16)}`),
  f('aws-temp-key-id', 'aws', 'cloud', 'AWS_ACCESS_KEY_ID', 'ASIA + 16 base32 upper (STS key id)',
    (r) => `ASIA${r.string('base32', 16)}`),
  f('aws-secret-key', 'aws', 'cloud', 'AWS_SECRET_ACCESS_KEY', '40 base64 chars, by context',
    (r) => r.string('base64', 40), { byContext: true }),
  f('aws-session-token', 'aws', 'cloud', 'AWS_SESSION_TOKEN', 'IQoJb3JpZ2luX2Vj + long base64, by context',
    (r) => `IQoJb3JpZ2luX2Vj${r.string('base64', 340)}`, { byContext: true }),
  f('gcp-api-key', 'gcp', 'cloud', 'GOOGLE_MAPS_API_KEY', 'AIza + 35 [A-Za-z0-9_-]',
    (r) => `AIzaSy${r.string('base64url', 33)}`),
  f('gcp-service-account', 'gcp', 'cloud', 'GOOGLE_APPLICATION_CREDENTIALS', 'service-account JSON private_key (PKCS#8 PEM)',
    (r) => pem(r, 'PRIVATE KEY', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ', 1216), { multiline: true }),
  f('azure-storage', 'azure', 'cloud', 'AZURE_STORAGE_CONNECTION_STRING', 'AccountKey = 86 base64 + ==',
    (r) => ({ before: `DefaultEndpointsProtocol=https;AccountName=${r.pick(['prodassets', 'mlartifacts', 'logsarchive'])}${r.string('lowerDigits', 4)};AccountKey=`, secret: `${r.string('base64', 86)}==`, after: ';EndpointSuffix=core.windows.net' }), { url: true }),
  f('azure-sas', 'azure', 'cloud', 'AZURE_STORAGE_SAS_URL', 'SAS query string, sig = URL-encoded 44 base64',
    (r) => ({ before: `https://${r.pick(['prodassets', 'backups'])}.blob.core.windows.net/${r.pick(['uploads', 'models'])}?sv=2022-11-02&ss=b&srt=co&sp=rwdlacx&se=2027-06-30T18:00:00Z&st=2025-01-01T10:00:00Z&spr=https&sig=`, secret: `${r.string('alnum', 41)}%3D`, after: '' }), { url: true }),
  f('azure-client-secret', 'azure', 'cloud', 'AZURE_CLIENT_SECRET', '3 chars + digit + Q~ + 34 chars (Entra ID client secret)',
    (r) => `${r.string('alnum', 3)}${r.int(0, 9)}Q~${r.string('alnum', 8)}${r.pick(['.', '_', '~', '-'])}${r.string('alnum', 25)}`),
  f('cloudflare-token', 'cloudflare', 'cloud', 'CLOUDFLARE_API_TOKEN', '40 [A-Za-z0-9_-], by context',
    (r) => r.string('base64url', 40), { byContext: true }),
  f('cloudflare-global', 'cloudflare', 'cloud', 'CLOUDFLARE_API_KEY', '37 hex global API key, by context',
    (r) => r.string('hex', 37), { byContext: true }),
  f('digitalocean', 'digitalocean', 'cloud', 'DIGITALOCEAN_TOKEN', 'dop_v1_ / doo_v1_ + 64 hex',
    (r) => `${r.pick(['dop', 'doo', 'dor'])}_v1_${r.string('hex', 64)}`),
  f('heroku', 'heroku', 'cloud', 'HEROKU_API_KEY', 'UUID, by context (legacy)',
    (r) => r.uuid(), { byContext: true }),
  f('heroku-v2', 'heroku', 'cloud', 'HEROKU_API_KEY', 'HRKU-AA + 58 [0-9A-Za-z_-]',
    (r) => `HRKU-AA${r.string('base64url', 58)}`),
  f('vercel', 'vercel', 'cloud', 'VERCEL_TOKEN', '24 alnum, by context',
    (r) => r.string('alnum', 24), { byContext: true }),
  f('vercel-prefixed', 'vercel', 'cloud', 'VERCEL_TOKEN', 'vcp_ + 24-60 alnum (prefixed tokens)',
    (r) => `vcp_${r.string('alnum', 56)}`),
  f('netlify', 'netlify', 'cloud', 'NETLIFY_AUTH_TOKEN', 'nfp_ + 36 alnum (personal access token)',
    (r) => `nfp_${r.string('alnum', 36)}`),
  f('flyio', 'flyio', 'cloud', 'FLY_API_TOKEN', 'fo1_ + 43 base64url',
    (r) => `fo1_${r.string('base64url', 43)}`),
  f('alibaba-key-id', 'alibaba', 'cloud', 'ALIBABA_CLOUD_ACCESS_KEY_ID', 'LTAI + 20 alnum',
    (r) => `LTAI5t${r.string('alnum', 18)}`),
  f('alibaba-secret', 'alibaba', 'cloud', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', '30 alnum, by context',
    (r) => r.string('alnum', 30), { byContext: true }),
  f('ibm-cloud', 'ibm', 'cloud', 'IBMCLOUD_API_KEY', '44 [A-Za-z0-9_-], by context',
    (r) => r.string('base64url', 44), { byContext: true }),

  // ---------------------------------------------------------------- Developer services
  f('github-pat', 'github', 'developer', 'GITHUB_TOKEN', 'ghp_ + 30 base62 + 6-char CRC32 (base62)',
    (r) => `ghp_${withCrc32Checksum(r.string('alnum', 30))}`),
  f('github-oauth', 'github', 'developer', 'GITHUB_TOKEN', 'gho_ + 30 + CRC32',
    (r) => `gho_${withCrc32Checksum(r.string('alnum', 30))}`),
  f('github-app', 'github', 'developer', 'GITHUB_TOKEN', 'ghs_/ghu_ + 30 + CRC32',
    (r) => `${r.pick(['ghs', 'ghu'])}_${withCrc32Checksum(r.string('alnum', 30))}`),
  f('github-refresh', 'github', 'developer', 'GITHUB_REFRESH_TOKEN', 'ghr_ + 30 + CRC32',
    (r) => `ghr_${withCrc32Checksum(r.string('alnum', 30))}`),
  f('github-fine-grained', 'github', 'developer', 'GITHUB_TOKEN', 'github_pat_ + 22 alnum + _ + 59 alnum',
    (r) => `github_pat_11${r.string('upperDigits', 20)}_${r.string('alnum', 59)}`),
  f('gitlab-pat', 'gitlab', 'developer', 'GITLAB_TOKEN', 'glpat- + 20 [A-Za-z0-9_-]',
    (r) => `glpat-${r.string('base64url', 20)}`),
  f('bitbucket-app-password', 'bitbucket', 'developer', 'BITBUCKET_APP_PASSWORD', 'ATBB + 32 alnum',
    (r) => `ATBB${r.string('alnum', 32)}`),
  f('npm', 'npm', 'developer', 'NPM_TOKEN', 'npm_ + 30 base62 + 6-char CRC32',
    (r) => `npm_${withCrc32Checksum(r.string('alnum', 30))}`),
  f('pypi', 'pypi', 'developer', 'PYPI_API_TOKEN', 'pypi-AgEIcHlwaS5vcmc + macaroon base64url',
    (r) => `pypi-AgEIcHlwaS5vcmcCJ${r.string('base64url', 150)}`),
  f('dockerhub', 'docker', 'developer', 'DOCKERHUB_TOKEN', 'dckr_pat_ + 27 base64url',
    (r) => `dckr_pat_${r.string('base64url', 27)}`),
  f('sentry-user', 'sentry', 'developer', 'SENTRY_AUTH_TOKEN', 'sntryu_ + 64 hex',
    (r) => `sntryu_${r.string('hex', 64)}`),
  f('datadog-api', 'datadog', 'developer', 'DD_API_KEY', '32 hex, by context',
    (r) => r.string('hex', 32), { byContext: true }),
  f('datadog-app', 'datadog', 'developer', 'DD_APP_KEY', '40 hex, by context',
    (r) => r.string('hex', 40), { byContext: true }),
  f('newrelic-user', 'newrelic', 'developer', 'NEW_RELIC_API_KEY', 'NRAK- + 27 upper alnum',
    (r) => `NRAK-${r.string('upperDigits', 27)}`),
  f('newrelic-license', 'newrelic', 'developer', 'NEW_RELIC_LICENSE_KEY', '36 hex + NRAL, by context',
    (r) => `${r.string('hex', 36)}NRAL`, { byContext: true }),
  f('grafana-sa', 'grafana', 'developer', 'GRAFANA_SERVICE_ACCOUNT_TOKEN', 'glsa_ + 32 alnum + _ + 8 hex',
    (r) => `glsa_${r.string('alnum', 32)}_${r.string('hex', 8)}`),
  f('grafana-cloud', 'grafana', 'developer', 'GRAFANA_CLOUD_TOKEN', 'glc_ + base64 JSON',
    (r) => `glc_eyJvIjoi${r.string('alnum', 100)}In19`),
  f('doppler', 'doppler', 'developer', 'DOPPLER_TOKEN', 'dp.st. / dp.pt. + 43 alnum',
    (r) => (r.chance(0.5) ? `dp.pt.${r.string('alnum', 43)}` : `dp.st.${r.pick(['prd', 'dev'])}.${r.string('alnum', 40)}`)),
  f('vault', 'hashicorp', 'developer', 'VAULT_TOKEN', 'hvs. + 90-120 base64url',
    (r) => `hvs.${r.string('base64url', 91)}`),
  f('terraform-cloud', 'hashicorp', 'developer', 'TF_TOKEN_app_terraform_io', '14 alnum + .atlasv1. + 67 alnum',
    (r) => `${r.string('alnum', 14)}.atlasv1.${r.string('alnum', 67)}`),
  f('postman', 'postman', 'developer', 'POSTMAN_API_KEY', 'PMAK- + 24 hex + - + 34 hex',
    (r) => `PMAK-${r.string('hex', 24)}-${r.string('hex', 34)}`),
  f('linear', 'linear', 'developer', 'LINEAR_API_KEY', 'lin_api_ + 40 alnum',
    (r) => `lin_api_${r.string('alnum', 40)}`),
  f('atlassian', 'atlassian', 'developer', 'JIRA_API_TOKEN', 'ATATT3 + 180 base64url + = + 8 hex',
    (r) => `ATATT3xFfGF0${r.string('base64url', 174)}=${r.string('hexUpper', 8)}`),
  f('notion', 'notion', 'developer', 'NOTION_TOKEN', 'ntn_ + 11 digits + 35 alnum',
    (r) => `ntn_${r.string('digits', 11)}${r.string('alnum', 35)}`),
  f('notion-legacy', 'notion', 'developer', 'NOTION_TOKEN', 'secret_ + 43 alnum (legacy integration tokens)',
    (r) => `secret_${r.string('alnum', 43)}`),
  f('figma', 'figma', 'developer', 'FIGMA_TOKEN', 'figd_ + 40 base64url',
    (r) => `figd_${r.string('base64url', 40)}`),

  // ---------------------------------------------------------------- Messaging and payments
  f('slack-bot', 'slack', 'messaging-payments', 'SLACK_BOT_TOKEN', 'xoxb-<team>-<bot>-<24 alnum>',
    (r) => `xoxb-${r.string('digits', r.int(10, 13))}-${r.string('digits', r.int(10, 13))}-${r.string('alnum', 24)}`),
  f('slack-user', 'slack', 'messaging-payments', 'SLACK_USER_TOKEN', 'xoxp-<d>-<d>-<d>-<32 hex>',
    (r) => `xoxp-${r.string('digits', 12)}-${r.string('digits', 12)}-${r.string('digits', 13)}-${r.string('hex', 32)}`),
  f('slack-app', 'slack', 'messaging-payments', 'SLACK_APP_TOKEN', 'xapp-1-<A…>-<d>-<64 hex>',
    (r) => `xapp-1-A${r.string('upperDigits', 10)}-${r.string('digits', 13)}-${r.string('hex', 64)}`),
  f('slack-webhook', 'slack', 'messaging-payments', 'SLACK_WEBHOOK_URL', 'https://hooks.slack.com/services/T…/B…/<24 alnum>',
    (r) => `https://hooks.slack.com/services/T${r.string('upperDigits', 10)}/B${r.string('upperDigits', 10)}/${r.string('alnum', 24)}`, { url: true }),
  f('discord-bot', 'discord', 'messaging-payments', 'DISCORD_BOT_TOKEN', 'base64(user id).6 base64url.38 base64url',
    (r) => `${Buffer.from(r.string('digits', 18).replace(/^0/, '1')).toString('base64').replace(/=+$/, '')}.${r.string('base64url', 6)}.${r.string('base64url', 38)}`),
  f('discord-webhook', 'discord', 'messaging-payments', 'DISCORD_WEBHOOK_URL', 'https://discord.com/api/webhooks/<id>/<68 base64url>',
    (r) => `https://discord.com/api/webhooks/${r.string('digits', 19).replace(/^0/, '1')}/${r.string('base64url', 68)}`, { url: true }),
  f('telegram', 'telegram', 'messaging-payments', 'TELEGRAM_BOT_TOKEN', '<8-10 digits>:AA + 33 base64url',
    (r) => `${r.string('digits', r.int(9, 10)).replace(/^0/, '7')}:AA${r.string('base64url', 33)}`),
  f('twilio-api-key', 'twilio', 'messaging-payments', 'TWILIO_API_KEY', 'SK + 32 hex (API key SID) — paired with secret',
    (r) => `SK${r.string('hex', 32)}`),
  f('twilio-auth-token', 'twilio', 'messaging-payments', 'TWILIO_AUTH_TOKEN', '32 hex, by context',
    (r) => r.string('hex', 32), { byContext: true }),
  f('sendgrid', 'sendgrid', 'messaging-payments', 'SENDGRID_API_KEY', 'SG. + 22 base64url + . + 43 base64url',
    (r) => `SG.${r.string('base64url', 22)}.${r.string('base64url', 43)}`),
  f('mailgun', 'mailgun', 'messaging-payments', 'MAILGUN_API_KEY', 'key- + 32 hex (legacy) or 32 hex-8 hex-8 hex',
    (r) => (r.chance(0.5) ? `key-${r.string('hex', 32)}` : `${r.string('hex', 32)}-${r.string('hex', 8)}-${r.string('hex', 8)}`), { byContext: true }),
  f('postmark', 'postmark', 'messaging-payments', 'POSTMARK_SERVER_TOKEN', 'UUID, by context',
    (r) => r.uuid(), { byContext: true }),
  f('mailchimp', 'mailchimp', 'messaging-payments', 'MAILCHIMP_API_KEY', '32 hex + -us + 1-2 digits',
    (r) => `${r.string('hex', 32)}-us${r.int(1, 21)}`),
  f('stripe-secret', 'stripe', 'messaging-payments', 'STRIPE_SECRET_KEY', 'sk_live_ + 24 or 99 alnum',
    (r) => `sk_live_${r.string('alnum', r.pick([24, 99]))}`, { sdk: { py: 'stripe.StripeClient', js: 'Stripe' } }),
  f('stripe-restricted', 'stripe', 'messaging-payments', 'STRIPE_RESTRICTED_KEY', 'rk_live_ + 24 or 99 alnum',
    (r) => `rk_live_${r.string('alnum', r.pick([24, 99]))}`),
  f('stripe-webhook', 'stripe', 'messaging-payments', 'STRIPE_WEBHOOK_SECRET', 'whsec_ + 32 base64',
    (r) => `whsec_${r.string('alnum', 32)}`),
  f('square', 'square', 'messaging-payments', 'SQUARE_ACCESS_TOKEN', 'EAAA + 60 base64url',
    (r) => `EAAA${r.string('base64url', 60)}`),
  f('square-oauth-secret', 'square', 'messaging-payments', 'SQUARE_APPLICATION_SECRET', 'sq0csp- + 43 base64url',
    (r) => `sq0csp-${r.string('base64url', 43)}`),
  f('braintree', 'braintree', 'messaging-payments', 'BRAINTREE_ACCESS_TOKEN', 'access_token$production$<16>$<32 hex>',
    (r) => `access_token$production$${r.string('lowerDigits', 16)}$${r.string('hex', 32)}`),
  f('paypal-secret', 'paypal', 'messaging-payments', 'PAYPAL_CLIENT_SECRET', '80 base64url, by context',
    (r) => `E${r.string('base64url', 79)}`, { byContext: true }),
  f('shopify', 'shopify', 'messaging-payments', 'SHOPIFY_ACCESS_TOKEN', 'shpat_/shpca_/shppa_/shpss_ + 32 hex',
    (r) => `${r.pick(['shpat', 'shpca', 'shppa', 'shpss'])}_${r.string('hex', 32)}`),

  // ---------------------------------------------------------------- Generic
  f('rsa-private-key', 'private-key', 'generic', 'PRIVATE_KEY', 'PEM RSA PRIVATE KEY block (PKCS#1)',
    (r) => pem(r, 'RSA PRIVATE KEY', 'MIIEowIBAAKCAQEA', 1190), { multiline: true }),
  f('ec-private-key', 'private-key', 'generic', 'PRIVATE_KEY', 'PEM EC PRIVATE KEY block',
    (r) => pem(r, 'EC PRIVATE KEY', 'MHcCAQEEI', 121), { multiline: true }),
  f('openssh-private-key', 'private-key', 'generic', 'SSH_PRIVATE_KEY', 'OPENSSH PRIVATE KEY block',
    (r) => pem(r, 'OPENSSH PRIVATE KEY', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW', 400), { multiline: true }),
  f('pgp-private-key', 'private-key', 'generic', 'GPG_PRIVATE_KEY', 'PGP PRIVATE KEY BLOCK (armored)',
    (r) => `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${pemBody(r, 'lQVYBG', 900)}\n=${r.string('base64', 4)}\n-----END PGP PRIVATE KEY BLOCK-----`, { multiline: true }),
  f('jwt-secret-context', 'jwt', 'generic', 'AUTH_TOKEN', 'JWT assigned to a token/secret name',
    (r) => jwt(r, { sub: r.uuid(), scope: 'admin', iat: 1730000000 + r.int(0, 9999999) }), { byContext: true }),
  f('basic-auth-url', 'basic-auth', 'generic', 'SERVICE_URL', 'https://user:password@host/path',
    (r) => ({ before: `https://${r.pick(['deploy', 'ci-bot', 'admin'])}:`, secret: randomPassword(r), after: `@${r.pick(['registry.example-corp.io', 'artifacts.internal', 'jenkins.acme.dev'])}/${r.pick(['v2/', 'repository/maven-releases/', 'job/deploy'])}` }), { url: true }),
  f('password-assignment', 'password', 'generic', 'DB_PASSWORD', 'password-like name = human-made password',
    (r) => (r.chance(0.5) ? humanPassword(r) : randomPassword(r)), { byContext: true }),
  f('generic-high-entropy', 'generic', 'generic', 'INTERNAL_API_TOKEN', 'high-entropy literal assigned to a secret-like name (in-house service)',
    (r) => r.string(r.pick(['alnum', 'base64url', 'hex'] as const), r.int(32, 64)), { byContext: true }),
];
