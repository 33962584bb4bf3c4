// Vector stores and data platforms that RAG and agent stacks keep keys for. Database URLs with a password are
// covered by the generic connection-string detector.

import type { Detector } from '../types';
import { caseless, prefixed, UUID } from './builders';
import { bodyAfter, hasBothCases, isJwt, isServiceRoleJwt, mixesClasses, named } from './llm-shapes';

const JWT = 'eyJ[A-Za-z0-9_-]{10,300}\\.eyJ[A-Za-z0-9_-]{10,2000}\\.[A-Za-z0-9_-]{20,600}';
const hasCaseAndDigits = mixesClasses(2);

export const vectorDataDetectors: readonly Detector[] = [
  prefixed({
    id: 'pinecone-api-key',
    description: 'Pinecone API key',
    family: 'vector-data',
    envVar: 'PINECONE_API_KEY',
    // `pcsk_` + a short key id + `_` + the secret part.
    prefix: 'pcsk_',
    body: '[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80}',
    keywords: ['pcsk_'],
    minEntropy: 4.0,
    examples: {
      positive: [
        'pc = Pinecone(api_key="«pcsk_|a|6|_»«|a|63»")',
        'PINECONE_API_KEY=«pcsk_|a|5|_»«|a|63»',
        "const pc = new Pinecone({ apiKey: '«pcsk_|a|6|_»«|a|58»' });",
      ],
      negative: ['PINECONE_API_KEY=pcsk_...', 'PINECONE_API_KEY=pcsk_your-key-here', 'PINECONE_API_KEY=pcsk_«|a|6|_»«|a|20»'],
    },
  }),
  named({
    id: 'pinecone-legacy-api-key',
    description: 'Pinecone API key (legacy UUID format)',
    family: 'vector-data',
    envVar: 'PINECONE_API_KEY',
    // A UUID is normally an identifier: only a name that says "Pinecone" and "key" makes it a credential.
    names: ['pinecone_api_key', 'pinecone_key', 'pinecone\\(api_key', 'pinecone.init\\(api_key'],
    // A `pinecone:` section in YAML whose child is a key or token (`pinecone:\n  api_key: …`).
    rawNames: [`${caseless('pinecone')}(?=:[ \\t]{0,4}\\r?\\n)`],
    keywords: ['pinecone'],
    value: UUID,
    examples: {
      positive: [
        'PINECONE_API_KEY=«|h|8|-»«|h|4|-»«|h|4|-»«|h|4|-»«|h|12»',
        'pinecone.init(api_key="«|h|8|-»«|h|4|-»«|h|4|-»«|h|4|-»«|h|12»", environment="us-west1-gcp")',
        'pc = Pinecone(api_key="«|h|8|-»«|h|4|-»«|h|4|-»«|h|4|-»«|h|12»")',
        'pinecone:\n  token: «|h|8|-»«|h|4|-»«|h|4|-»«|h|4|-»«|h|12»',
      ],
      negative: [
        'PINECONE_INDEX_ID=«|h|8|-»«|h|4|-»«|h|4|-»«|h|4|-»«|h|12»',
        'PINECONE_API_KEY=',
        'request_id = "«|h|8|-»«|h|4|-»«|h|4|-»«|h|4|-»«|h|12»"',
        'PINECONE_API_KEY=00000000-0000-0000-0000-000000000000',
        'pinecone:\n  project_id: «|h|8|-»«|h|4|-»«|h|4|-»«|h|4|-»«|h|12»',
      ],
    },
  }),
  named({
    id: 'weaviate-api-key',
    description: 'Weaviate Cloud API key',
    family: 'vector-data',
    envVar: 'WEAVIATE_API_KEY',
    names: ['weaviate_api_key', 'weaviate-api-key', 'weaviate_key', 'weaviateapikey', 'wcd_api_key', 'wcs_api_key', 'auth.api_key', 'authapikey', 'weaviate.apikey'],
    keywords: ['weaviate', 'wcd_api_key', 'wcs_api_key', 'auth.api_key', 'authapikey'],
    value: '[A-Za-z0-9+/=_-]{32,128}',
    minEntropy: 3.5,
    validate: hasCaseAndDigits,
    examples: {
      positive: [
        'WEAVIATE_API_KEY=«|a|40»',
        'client = weaviate.connect_to_weaviate_cloud(cluster_url=URL, auth_credentials=Auth.api_key("«|a|40»"))',
        "const client = await weaviate.connectToWeaviateCloud(url, { authCredentials: new weaviate.ApiKey('«|u|64»') });",
      ],
      negative: ['WEAVIATE_API_KEY=', 'WEAVIATE_URL=«|l|20».c0.europe-west3.gcp.weaviate.cloud', 'auth_credentials=Auth.api_key(os.environ["WEAVIATE_API_KEY"])', 'object_id = "«|a|40»"'],
    },
  }),
  named({
    id: 'qdrant-api-key',
    description: 'Qdrant API key',
    family: 'vector-data',
    envVar: 'QDRANT_API_KEY',
    names: ['qdrant_api_key', 'qdrant-api-key', 'qdrantapikey', 'qdrant_key', 'qdrant__service__api_key'],
    keywords: ['qdrant'],
    // Plain keys, `<uuid>|<secret>` database keys and JWT-shaped cloud keys.
    value: '[A-Za-z0-9_-]{20,200}(?:[.|][A-Za-z0-9_-]{20,2000})?(?:\\.[A-Za-z0-9_-]{20,600})?',
    minEntropy: 3.5,
    validate: (value) => value.length >= 32 && hasCaseAndDigits(value),
    examples: {
      positive: [
        'QDRANT_API_KEY=«|a|40»',
        'client = QdrantClient(url=URL)\nQDRANT_API_KEY = "«=jwt:manage»"',
        'environment:\n  QDRANT__SERVICE__API_KEY: «|a|48»',
        'ENV["QDRANT_KEY"] ||= \'«|a|40»\'',
      ],
      negative: ['QDRANT_API_KEY=your_qdrant_api_key', 'QDRANT_URL=https://«|l|12».eu-central.aws.cloud.qdrant.io:6333', 'collection_name = "«|a|40»"', 'QDRANT_API_KEY=k'],
    },
  }),
  named({
    id: 'zilliz-api-key',
    description: 'Zilliz Cloud (Milvus) API key',
    family: 'vector-data',
    envVar: 'ZILLIZ_CLOUD_API_KEY',
    names: ['zilliz', 'milvus_token', 'milvus_api_key', 'milvus-token'],
    keywords: ['zilliz', 'milvus'],
    value: '[a-f0-9]{96,128}',
    minEntropy: 3.0,
    examples: {
      positive: ['ZILLIZ_CLOUD_API_KEY=«|h|104»', 'client = MilvusClient(uri=URI)\nmilvus_token = "«|h|104»"', 'env:\n  - name: ZILLIZ_CLOUD_API_KEY\n    value: "«|h|104»"'],
      negative: ['ZILLIZ_CLOUD_API_KEY=', 'MILVUS_TOKEN=root:Milvus', 'checksum = "«|h|104»"', 'ZILLIZ_CLOUD_API_KEY=«|h|64»'],
    },
  }),
  prefixed({
    id: 'supabase-access-token',
    description: 'Supabase personal access token',
    family: 'vector-data',
    envVar: 'SUPABASE_ACCESS_TOKEN',
    prefix: 'sbp_',
    body: '[a-f0-9]{40}',
    keywords: ['sbp_'],
    minEntropy: 3.0,
    examples: {
      positive: ['SUPABASE_ACCESS_TOKEN=«sbp_|h|40»', 'run: supabase link --project-ref abc\n  env:\n    SUPABASE_ACCESS_TOKEN: «sbp_|h|40»'],
      negative: ['SUPABASE_ACCESS_TOKEN=sbp_...', 'SUPABASE_ACCESS_TOKEN=${{ secrets.SUPABASE_ACCESS_TOKEN }}', 'SUPABASE_ACCESS_TOKEN=sbp_«|h|20»'],
    },
  }),
  prefixed({
    id: 'supabase-secret-key',
    description: 'Supabase secret API key',
    family: 'vector-data',
    envVar: 'SUPABASE_SECRET_KEY',
    // `sb_publishable_` keys are meant for browsers; `sb_secret_` keys bypass row-level security.
    prefix: 'sb_secret_',
    body: '[A-Za-z0-9_-]{31,64}',
    keywords: ['sb_secret_'],
    minEntropy: 3.5,
    examples: {
      positive: ['SUPABASE_SECRET_KEY=«sb_secret_|u|31»', "const supabase = createClient(url, '«sb_secret_|u|31»');"],
      negative: ['SUPABASE_SECRET_KEY=sb_secret_...', 'SUPABASE_PUBLISHABLE_KEY=sb_publishable_«|u|31»', 'SUPABASE_SECRET_KEY=sb_secret_«|u|10»'],
    },
  }),
  named({
    id: 'supabase-service-role-key',
    description: 'Supabase service role key (JWT)',
    family: 'vector-data',
    envVar: 'SUPABASE_SERVICE_ROLE_KEY',
    names: ['supabase', 'service_role', 'servicerole'],
    value: JWT,
    // The anon JWT is public by design: only the service_role claim makes it a secret.
    validate: isServiceRoleJwt,
    examples: {
      positive: [
        'SUPABASE_SERVICE_ROLE_KEY=«=jwt»',
        'supabase_service_key = "«=jwt»"',
        "const supabaseServiceRole = '«=jwt»';",
      ],
      negative: ['SUPABASE_ANON_KEY=«=jwt:anon»', 'SUPABASE_SERVICE_ROLE_KEY=eyJhbGci...', 'SUPABASE_SERVICE_ROLE_KEY=', 'session = "«=jwt»"'],
    },
  }),
  named({
    id: 'upstash-redis-token',
    description: 'Upstash Redis / Vector REST token',
    family: 'vector-data',
    envVar: 'UPSTASH_REDIS_REST_TOKEN',
    names: ['upstash'],
    value: 'A[A-Za-z0-9_+/-]{40,200}={0,2}',
    minEntropy: 4.0,
    validate: hasCaseAndDigits,
    examples: {
      positive: ['UPSTASH_REDIS_REST_TOKEN=«A|u|67»', 'UPSTASH_VECTOR_REST_TOKEN="«A|b|90|=»"', "const redis = new Redis({ url: URL, token: process.env.T });\nconst upstashToken = '«A|u|67»';"],
      negative: ['UPSTASH_REDIS_REST_TOKEN=', 'UPSTASH_REDIS_REST_URL=https://«|l|12».upstash.io', 'cache_key = "«A|u|67»"'],
    },
  }),
  named({
    id: 'upstash-qstash-token',
    description: 'Upstash QStash token',
    family: 'vector-data',
    envVar: 'QSTASH_TOKEN',
    names: ['qstash'],
    value: 'eyJ[A-Za-z0-9+/_-]{40,300}={0,2}',
    minEntropy: 4.0,
    examples: {
      positive: ['QSTASH_TOKEN=«eyJVc2VySUQiOi|b|60|=»', 'const QSTASH_TOKEN = "«eyJVc2VySUQiOi|u|70»";'],
      negative: ['QSTASH_TOKEN=', 'QSTASH_URL=https://qstash.upstash.io', 'payload = "«eyJVc2VySUQiOi|u|70»"'],
    },
  }),
  named({
    id: 'upstash-qstash-signing-key',
    description: 'Upstash QStash signing key',
    family: 'vector-data',
    envVar: 'QSTASH_CURRENT_SIGNING_KEY',
    names: ['qstash'],
    value: 'sig_[A-Za-z0-9]{20,40}',
    minEntropy: 3.5,
    examples: {
      positive: ['QSTASH_CURRENT_SIGNING_KEY=«sig_|a|28»', 'QSTASH_NEXT_SIGNING_KEY="«sig_|a|28»"', '{"qstashSigningKey": "«sig_|a|28»"}'],
      negative: ['QSTASH_CURRENT_SIGNING_KEY=sig_...', 'signature = "«sig_|a|28»"'],
    },
  }),
  named({
    id: 'elastic-api-key',
    description: 'Elastic (Elasticsearch / Elastic Cloud) API key',
    family: 'vector-data',
    envVar: 'ELASTIC_API_KEY',
    // The encoded form is base64 of `id:api_key`.
    names: ['elastic', 'elasticsearch', 'es_api_key', 'es_apikey'],
    wholeWord: true,
    keyNamed: true,
    value: '[A-Za-z0-9+/_-]{40,200}={0,2}',
    minEntropy: 4.0,
    validate: hasBothCases,
    examples: {
      positive: ['ELASTIC_API_KEY=«|b|58|==»', '<add key="ElasticApiKey" value="«|b|60»" />', 'ES_API_KEY: "«|b|60»"', 'ELASTICSEARCH_API_KEY = "«|u|60»"'],
      negative: ['ELASTIC_API_KEY=', 'ELASTIC_CLOUD_ID=deployment:«|b|60»', 'ELASTIC_PASSWORD=changeme', 'ELASTIC_CA_FINGERPRINT=«|h|64»', 'index_uuid = "«|u|60»"'],
    },
  }),
  prefixed({
    id: 'neon-api-key',
    description: 'Neon API key',
    family: 'vector-data',
    envVar: 'NEON_API_KEY',
    prefix: 'napi_',
    body: '[a-z0-9]{64}',
    keywords: ['napi_'],
    minEntropy: 3.5,
    validate: (value) => hasCaseAndDigits(bodyAfter('napi_', value)),
    examples: {
      positive: ['NEON_API_KEY=«napi_|l|64»', 'const neon = createApiClient({ apiKey: "«napi_|l|64»" });'],
      negative: ['NEON_API_KEY=napi_...', 'NEON_API_KEY=napi_your_neon_api_key', 'NEON_API_KEY=napi_«|l|32»'],
    },
  }),
  prefixed({
    id: 'planetscale-api-token',
    description: 'PlanetScale service token',
    family: 'vector-data',
    envVar: 'PLANETSCALE_SERVICE_TOKEN',
    prefix: 'pscale_tkn_',
    body: '[A-Za-z0-9_.=-]{32,64}',
    keywords: ['pscale_tkn_'],
    minEntropy: 3.5,
    examples: {
      positive: ['PLANETSCALE_SERVICE_TOKEN=«pscale_tkn_|u|43»', 'env:\n  PLANETSCALE_SERVICE_TOKEN: "«pscale_tkn_|u|43»"'],
      negative: ['PLANETSCALE_SERVICE_TOKEN=pscale_tkn_...', 'PLANETSCALE_SERVICE_TOKEN=pscale_tkn_«|u|12»'],
    },
  }),
  prefixed({
    id: 'planetscale-password',
    description: 'PlanetScale database password',
    family: 'vector-data',
    envVar: 'DATABASE_PASSWORD',
    prefix: 'pscale_pw_',
    body: '[A-Za-z0-9_.=-]{32,64}',
    keywords: ['pscale_pw_'],
    minEntropy: 3.5,
    examples: {
      positive: ['DATABASE_PASSWORD=«pscale_pw_|u|43»', "password: '«pscale_pw_|u|43»'"],
      negative: ['DATABASE_PASSWORD=pscale_pw_...', 'DATABASE_PASSWORD=pscale_pw_«|u|10»'],
    },
  }),
  prefixed({
    id: 'planetscale-oauth-token',
    description: 'PlanetScale OAuth token',
    family: 'vector-data',
    envVar: 'PLANETSCALE_OAUTH_TOKEN',
    prefix: 'pscale_oauth_',
    body: '[A-Za-z0-9_.=-]{32,64}',
    keywords: ['pscale_oauth_'],
    minEntropy: 3.5,
    examples: {
      positive: ['PLANETSCALE_OAUTH_TOKEN=«pscale_oauth_|u|43»', 'headers = {"Authorization": "«pscale_oauth_|u|43»"}'],
      negative: ['PLANETSCALE_OAUTH_TOKEN=pscale_oauth_...', 'PLANETSCALE_OAUTH_TOKEN=pscale_oauth_«|u|16»'],
    },
  }),
  prefixed({
    id: 'astra-db-token',
    description: 'DataStax Astra DB application token',
    family: 'vector-data',
    envVar: 'ASTRA_DB_APPLICATION_TOKEN',
    // `AstraCS:` + 24-letter client id + `:` + 64 hex secret.
    prefix: 'AstraCS:',
    body: '[A-Za-z]{24}:[a-f0-9]{64}',
    keywords: ['astracs:'],
    minEntropy: 3.5,
    examples: {
      positive: ['ASTRA_DB_APPLICATION_TOKEN="«AstraCS:|L|12»«|z|12|:»«|h|64»"', "const client = new DataAPIClient('«AstraCS:|z|12»«|L|12|:»«|h|64»');"],
      negative: ['ASTRA_DB_APPLICATION_TOKEN="AstraCS:........."', 'if (!token.startsWith("AstraCS:")) {', 'ASTRA_DB_APPLICATION_TOKEN="AstraCS:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"'],
    },
  }),
  prefixed({
    id: 'xata-api-key',
    description: 'Xata API key',
    family: 'vector-data',
    envVar: 'XATA_API_KEY',
    prefix: 'xau_',
    body: '[A-Za-z0-9]{32,64}',
    keywords: ['xau_'],
    minEntropy: 4.0,
    validate: (value) => hasCaseAndDigits(bodyAfter('xau_', value)),
    examples: {
      positive: ['XATA_API_KEY=«xau_|a|36»', 'const xata = new XataClient({ apiKey: "«xau_|a|36»" });'],
      negative: ['XATA_API_KEY=xau_...', 'XATA_API_KEY=xau_«|a|12»'],
    },
  }),
  named({
    id: 'turso-auth-token',
    description: 'Turso / libSQL auth token',
    family: 'vector-data',
    envVar: 'TURSO_AUTH_TOKEN',
    names: ['turso', 'libsql_auth_token', 'libsql_token'],
    keywords: ['turso', 'libsql'],
    value: JWT,
    validate: isJwt,
    examples: {
      positive: ['TURSO_AUTH_TOKEN=«=jwt:full-access»', 'LIBSQL_AUTH_TOKEN="«=jwt:read-only»"', "const db = createClient({ url: URL, authToken: T });\nconst tursoToken = '«=jwt:full-access»';"],
      negative: ['TURSO_AUTH_TOKEN=', 'TURSO_DATABASE_URL=libsql://app-prod.turso.io', 'id_token = "«=jwt:user»"'],
    },
  }),
  named({
    id: 'motherduck-token',
    description: 'MotherDuck access token',
    family: 'vector-data',
    envVar: 'MOTHERDUCK_TOKEN',
    names: ['motherduck'],
    value: JWT,
    validate: isJwt,
    examples: {
      positive: ['MOTHERDUCK_TOKEN=«=jwt:user»', 'con = duckdb.connect("md:analytics")\nmotherduck_token = "«=jwt:user»"'],
      negative: ['MOTHERDUCK_TOKEN=', 'con = duckdb.connect("md:analytics?motherduck_token=" + token)', 'id_token = "«=jwt:user»"'],
    },
  }),
  named({
    id: 'chroma-cloud-api-key',
    description: 'Chroma Cloud API key',
    family: 'vector-data',
    envVar: 'CHROMA_API_KEY',
    names: ['chroma'],
    value: 'ck-[A-Za-z0-9]{30,64}',
    minEntropy: 4.0,
    examples: {
      positive: ['CHROMA_API_KEY=«ck-|a|44»', 'client = chromadb.CloudClient(api_key="«ck-|a|44»", tenant="t", database="d")'],
      negative: ['CHROMA_API_KEY=ck-...', 'CHROMA_API_KEY=', 'checkpoint = "«ck-|a|44»"'],
    },
  }),
  named({
    id: 'neo4j-aura-password',
    description: 'Neo4j Aura database password',
    family: 'vector-data',
    envVar: 'NEO4J_PASSWORD',
    // Aura generates 43-character base64url passwords; hand-picked passwords are the generic detector's job.
    names: ['neo4j'],
    value: '[A-Za-z0-9_-]{43}',
    minEntropy: 4.0,
    validate: mixesClasses(3),
    examples: {
      positive: ['NEO4J_PASSWORD=«|u|43»', 'neo4j_password = "«|u|43»"'],
      negative: ['NEO4J_PASSWORD=password', 'NEO4J_URI=neo4j+s://«|l|8».databases.neo4j.io', 'run_id = "«|u|43»"'],
    },
  }),
  named({
    id: 'meilisearch-master-key',
    description: 'Meilisearch master key',
    family: 'vector-data',
    envVar: 'MEILI_MASTER_KEY',
    names: ['meili_master_key', 'meilisearch_master_key', 'meili_api_key', 'meilisearch_api_key', 'meilisearch_admin_key'],
    keywords: ['meili'],
    value: '[A-Za-z0-9_-]{24,64}',
    minEntropy: 3.5,
    validate: hasCaseAndDigits,
    examples: {
      positive: ['MEILI_MASTER_KEY=«|a|32»', 'environment:\n  - MEILI_MASTER_KEY=«|u|44»'],
      negative: ['MEILI_MASTER_KEY=', 'MEILI_MASTER_KEY=${MEILI_MASTER_KEY}', 'MEILI_HOST=http://meilisearch:7700', 'index_uid = "«|a|32»"'],
    },
  }),
  named({
    id: 'convex-deploy-key',
    description: 'Convex deploy key',
    family: 'vector-data',
    envVar: 'CONVEX_DEPLOY_KEY',
    // `<prod|preview|dev>:<deployment name>|<base64 token>`.
    names: ['convex_deploy_key', 'convex_admin_key'],
    keywords: ['convex'],
    value: '(?:prod|preview|dev):[a-z0-9-]{3,64}\\|[A-Za-z0-9+/=_-]{40,300}',
    minEntropy: 4.0,
    examples: {
      positive: ['CONVEX_DEPLOY_KEY=«=convex:prod»', 'env:\n  CONVEX_DEPLOY_KEY: "«=convex:preview»"'],
      negative: ['CONVEX_DEPLOY_KEY=', 'CONVEX_URL=https://happy-animal-123.convex.cloud', 'CONVEX_DEPLOY_KEY=prod:your-deployment|...'],
    },
  }),
  {
    id: 'prisma-accelerate-api-key',
    description: 'Prisma Accelerate / Prisma Postgres API key in a connection URL',
    family: 'vector-data',
    envVar: 'DATABASE_URL',
    keywords: ['prisma://', 'prisma+postgres://'],
    // The literal is the whole URL (the fix moves all of it); the diagnostic points at the API key.
    pattern: new RegExp(
      `(?<literal>prisma(?:\\+postgres)?://[A-Za-z0-9.-]{1,100}(?::\\d{1,5})?/?\\?api_key=(?<secret>${JWT}))(?![A-Za-z0-9_-])`,
    ),
    byContext: true,
    validate: isJwt,
    examples: {
      positive: [
        'DATABASE_URL="prisma://accelerate.prisma-data.net/?api_key=«=jwt:accelerate»"',
        "const prisma = new PrismaClient({ datasourceUrl: 'prisma+postgres://accelerate.prisma-data.net/?api_key=«=jwt:accelerate»' });",
      ],
      negative: [
        'DATABASE_URL="prisma://accelerate.prisma-data.net/?api_key=__API_KEY__"',
        'DATABASE_URL="prisma+postgres://localhost:51213/?api_key=${PRISMA_API_KEY}"',
      ],
    },
  },
];
