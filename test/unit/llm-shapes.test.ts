// The provider-name builder and value checks behind the LLM, vector-store and agent-tool detectors.
// Keys are built at run time; assertion messages never include them.

import * as assert from 'node:assert/strict';
import { isJwt, isPublishedGoogleSampleKey, isServiceRoleJwt, mixesClasses, named } from '../../shared/detectors/llm-shapes';
import { Scanner, scanText } from '../../shared/scanner';
import { expandExample, syntheticKey } from '../../shared/testing/synthetic';

const HEX32 = '[a-f0-9]{32}';

function detector(options: { names: string[]; wholeWord?: boolean; wordStart?: boolean; keyNamed?: boolean; rawNames?: string[] }) {
  return named({
    id: 'acme-api-key',
    description: 'Acme API key',
    family: 'llm',
    envVar: 'ACME_API_KEY',
    value: HEX32,
    examples: { positive: [], negative: [] },
    ...options,
  });
}

/** Whether the scanner reports anything for the test detector, and whether it reports exactly the first token's range. */
function reported(scanner: Scanner, template: string): { found: boolean; expected: boolean } {
  const { text, secrets } = expandExample(template, 7);
  const findings = scanner.scan(text);
  const expected = secrets[0];
  return {
    found: findings.some((f) => f.ruleId === 'acme-api-key'),
    expected: expected !== undefined && findings.some((f) => f.valueRange.start === expected.start && f.valueRange.end === expected.end),
  };
}

describe('named provider detectors', () => {
  const plain = new Scanner([detector({ names: ['acme'] })]);

  const accepted: Array<[string, string]> = [
    ['a .env line', 'ACME_API_KEY=«|h|32»'],
    ['a Python call with a keyword argument', 'client = acme.Client(api_key="«|h|32»")'],
    ['a call with the key as first argument', 'client = AcmeClient("«|h|32»")'],
    ['the first property of an options object', "const acme = new Acme({ apiKey: '«|h|32»' });"],
    ['a TypeScript constant with a type annotation', 'export const ACME_API_KEY: string = `«|h|32»`;'],
    ['a nested YAML key', 'acme:\n  api_key: «|h|32»'],
    ['a Kubernetes env entry', 'env:\n  - name: ACME_API_KEY\n    value: "«|h|32»"'],
    ['a .NET appSettings entry', '<add key="AcmeApiKey" value="«|h|32»" />'],
    ['a Ruby ENV default', 'ENV["ACME_KEY"] ||= "«|h|32»"'],
    ['a JSON-escaped notebook cell source', '"source": ["acme_key = \\"«|h|32»\\"\\n"]'],
    ['a dotted Java property name', 'System.setProperty("acme.api.key", "«|h|32»");'],
  ];
  for (const [where, template] of accepted) {
    it(`reports the exact value in ${where}`, () => {
      assert.deepEqual(reported(plain, template), { found: true, expected: true });
    });
  }

  it('stays quiet on the same value without the provider name', () => {
    assert.equal(reported(plain, 'checksum = "«|h|32»"').found, false);
  });

  it('stays quiet on an environment lookup and on an empty .env.example value', () => {
    assert.equal(reported(plain, 'ACME_API_KEY = os.environ["ACME_API_KEY"]').found, false);
    assert.equal(reported(plain, 'ACME_API_KEY=').found, false);
  });

  it('with wholeWord, matches camelCase and UPPER_CASE names but not a longer word', () => {
    const scanner = new Scanner([detector({ names: ['exa'], wholeWord: true })]);
    assert.equal(reported(scanner, 'const cfg = { exaKey: "«|h|32»" };').expected, true);
    assert.equal(reported(scanner, 'EXA_API_KEY=«|h|32»').expected, true);
    assert.equal(reported(scanner, 'EXAMPLE_KEY=«|h|32»').found, false);
    assert.equal(reported(scanner, 'example_key = "«|h|32»"').found, false);
    assert.equal(reported(scanner, 'hexa_key = "«|h|32»"').found, false);
  });

  it('with wordStart, does not match a name inside a longer one', () => {
    const scanner = new Scanner([detector({ names: ['co_api_key'], wordStart: true })]);
    assert.equal(reported(scanner, 'CO_API_KEY=«|h|32»').expected, true);
    assert.equal(reported(scanner, 'DISCO_API_KEY=«|h|32»').found, false);
  });

  it('with keyNamed, needs a key-like word, a call or a YAML section after the provider name', () => {
    const scanner = new Scanner([detector({ names: ['acme'], keyNamed: true })]);
    assert.equal(reported(scanner, 'ACME_TOKEN=«|h|32»').expected, true);
    assert.equal(reported(scanner, 'Acme("«|h|32»")').expected, true);
    assert.equal(reported(scanner, 'acme:\n  secret: «|h|32»').expected, true);
    assert.equal(reported(scanner, 'ACME_MODEL_VERSION_ID = "«|h|32»"').found, false);
    assert.equal(reported(scanner, 'acme:\n  project_id: «|h|32»').found, false);
  });

  it('turns separators in names into prefilter keywords for each spelling', () => {
    const built = detector({ names: ['acme_api_key'], rawNames: ['[aA]cme(?=:[ \\t]{0,4}\\r?\\n)'] });
    assert.deepEqual([...built.keywords].sort(), ['acme-api-key', 'acme.api.key', 'acme_api_key', 'acmeapikey']);
    assert.equal(built.byContext, true);
  });
});

describe('value checks', () => {
  it('mixesClasses counts lower case, upper case and digits', () => {
    assert.equal(mixesClasses(2)('updatechecksumtablesnapshot'), false);
    assert.equal(mixesClasses(2)(syntheticKey('', 'a', 24, 3)), true);
    assert.equal(mixesClasses(3)('abcdefABCDEF'), false);
  });

  it('tells a Supabase service-role JWT from the public anon JWT', () => {
    const serviceRole = expandExample('«=jwt»', 1).text;
    const anon = expandExample('«=jwt:anon»', 1).text;
    assert.equal(isServiceRoleJwt(serviceRole), true);
    assert.equal(isServiceRoleJwt(anon), false);
    assert.equal(isJwt(anon), true);
    assert.equal(isJwt('eyJ.not-a-token.x'), false);
  });

  it('recognises the Google API keys published as SDK samples, and nothing else', () => {
    // The sequential sample from the Firebase SDK, assembled here so no key-shaped literal is committed.
    const sample = ['AIza', 'Sy', 'abcdefghijklmnopqrstuvwxyz', '1234567'].join('');
    assert.equal(isPublishedGoogleSampleKey(sample), true);
    assert.equal(isPublishedGoogleSampleKey(syntheticKey('AIzaSy', 'u', 33, 5)), false);
  });
});

// Settings that sit next to AI-stack keys in real configuration files but are not secrets: model names, URLs,
// project and index names, ids, digests, and keys that are public by design.
const AI_STACK_SETTINGS = `
MISTRAL_MODEL=mistral-large-latest
COHERE_EMBED_MODEL=embed-english-v3.0
cohere_commit = "«|h|40»"
DEEPSEEK_BASE_URL=https://api.deepseek.com
AZURE_OPENAI_DEPLOYMENT=gpt-4o-2024-08-06
OPENAI_API_VERSION=2024-02-15-preview
AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/
openai_request_id = "req_«|h|32»"
PINECONE_INDEX=docs-prod
PINECONE_INDEX_HOST=https://docs-prod-«|l|7».svc.aped-4627-b74a.pinecone.io
together_model = "meta-llama/Llama-3-70b-chat-hf"
WANDB_PROJECT=rag-eval
WANDB_RUN_ID=«|l|8»
ELASTIC_INDEX=logs-2024.01.01
ELASTIC_CA_FINGERPRINT=«|h|64»
BING_CUSTOM_CONFIG_ID=«|h|8|-»«|h|4|-»«|h|4|-»«|h|4|-»«|h|12»
SERPAPI_ENGINE=google
EXA_SEARCH_TYPE=neural
QDRANT_COLLECTION=docs
QDRANT_URL=https://«|l|8»-«|l|4».eu-central.aws.cloud.qdrant.io:6333
UPSTASH_REDIS_REST_URL=https://«|l|10».upstash.io
NEO4J_USERNAME=neo4j
CHROMA_HOST=localhost
ELEVENLABS_VOICE_ID=«|a|20»
ELEVENLABS_MODEL_ID=eleven_multilingual_v2
STABILITY_ENGINE=stable-diffusion-xl-1024-v1-0
HF_HOME=/data/hf
repo = hf_hub_download(repo_id="meta-llama/Llama-3-8B", filename="config.json")
DEEPGRAM_MODEL=nova-2
deepgram_request_id = "«|h|40»"
ASSEMBLYAI_TRANSCRIPT_ID=«|h|8|-»«|h|4|-»«|h|4|-»«|h|4|-»«|h|12»
LANGCHAIN_PROJECT=default
LANGSMITH_ENDPOINT=https://api.smith.langchain.com
LANGFUSE_PUBLIC_KEY=pk-lf-«|h|8|-»«|h|4|-»«|h|4|-»«|h|4|-»«|h|12»
LANGFUSE_HOST=https://cloud.langfuse.com
SUPABASE_URL=https://«|l|20».supabase.co
SUPABASE_ANON_KEY=«=jwt:anon»
NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY=sb_publishable_«|u|31»
GOOGLE_CLOUD_PROJECT=vertex-prod-123
VERTEX_LOCATION=us-central1
MODAL_TOKEN_ID=ak-«|a|22»
VAPI_ASSISTANT_ID=«|h|8|-»«|h|4|-»«|h|4|-»«|h|4|-»«|h|12»
FIRECRAWL_API_URL=https://api.firecrawl.dev
TAVILY_MAX_RESULTS=5
exa_result_id = "«|h|8|-»«|h|4|-»«|h|4|-»«|h|4|-»«|h|12»"
clarifai_model_version_id = "«|h|32»"
kaggle_dataset_md5 = "«|h|32»"
mistral_trace_id = "«|h|32»"
ZILLIZ_CLUSTER_ID=in03-«|h|15»
milvus_uri = "https://in03-«|h|15».api.gcp-us-west1.zillizcloud.com"
const model = new ChatMistralAI({ model: "mistral-small-latest", temperature: 0 });
`;

describe('AI-stack configuration without secrets', () => {
  it('gets no LLM, vector-store or agent-tool finding', () => {
    const families = new Set(['llm', 'vector-data', 'agent-tools']);
    for (const seed of [1, 2, 3, 4, 5]) {
      const { text } = expandExample(AI_STACK_SETTINGS, seed);
      const reported = scanText(text, { fileName: '.env' })
        .filter((f) => families.has(f.family))
        .map((f) => `${f.ruleId} on line ${text.slice(0, f.valueRange.start).split('\n').length}`);
      assert.deepEqual(reported, [], `seed ${seed}`);
    }
  });
});
