// LLM and AI model APIs whose keys carry a vendor prefix. Formats (prefix, length, alphabet) are taken from vendor
// documentation and from the public rule sets of gitleaks, secretlint and TruffleHog. Keys recognised only by the
// provider's name next to them live in llm-context.ts.

import type { Detector } from '../types';
import { prefixed } from './builders';
import { llmContextDetectors } from './llm-context';
import { bodyAfter, isPublishedGoogleSampleKey, mixesClasses } from './llm-shapes';

const hasCaseAndDigits = mixesClasses(2);

const llmPrefixedDetectors: readonly Detector[] = [
  prefixed({
    id: 'openai-api-key',
    description: 'OpenAI project API key',
    family: 'llm',
    envVar: 'OPENAI_API_KEY',
    // Project keys: base64url body, today 74 + `T3BlbkFJ` (base64 of "OpenAI") + 74; older ones are shorter.
    prefix: 'sk-proj-',
    body: '[A-Za-z0-9_-]{40,250}',
    keywords: ['sk-proj-'],
    minEntropy: 3.5,
    examples: {
      positive: [
        'client = OpenAI(api_key="«sk-proj-|u|74|T3BlbkFJ»«|u|74»")',
        "const openai = new OpenAI({ apiKey: '«sk-proj-|u|156»' });",
        'OPENAI_API_KEY=«sk-proj-|u|58|T3BlbkFJ»«|u|58»',
        'env:\n  OPENAI_API_KEY: "«sk-proj-|u|120»"',
      ],
      negative: [
        'client = OpenAI(api_key="sk-proj-...")',
        `OPENAI_API_KEY=sk-proj-${'x'.repeat(49)}`,
        "const key = 'sk-proj-«|u|12»';",
        'api_key = os.environ["OPENAI_API_KEY"]',
        'OPENAI_API_KEY=',
      ],
    },
  }),
  prefixed({
    id: 'openai-service-account-key',
    description: 'OpenAI service account API key',
    family: 'llm',
    envVar: 'OPENAI_API_KEY',
    prefix: 'sk-svcacct-',
    body: '[A-Za-z0-9_-]{40,250}',
    keywords: ['sk-svcacct-'],
    minEntropy: 3.5,
    examples: {
      positive: [
        "const openai = new OpenAI({ apiKey: '«sk-svcacct-|u|74|T3BlbkFJ»«|u|74»' });",
        '{"openai": {"api_key": "«sk-svcacct-|u|120»"}}',
      ],
      negative: ['OPENAI_API_KEY=sk-svcacct-<your-key>', 'key = "sk-svcacct-«|u|20»"', 'OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}'],
    },
  }),
  prefixed({
    id: 'openai-admin-key',
    description: 'OpenAI Admin API key',
    family: 'llm',
    envVar: 'OPENAI_ADMIN_KEY',
    prefix: 'sk-admin-',
    body: '[A-Za-z0-9_-]{40,250}',
    keywords: ['sk-admin-'],
    minEntropy: 3.5,
    examples: {
      positive: ['OPENAI_ADMIN_KEY=«sk-admin-|u|58|T3BlbkFJ»«|u|58»', 'admin_key = "«sk-admin-|u|124»"'],
      negative: ['OPENAI_ADMIN_KEY=sk-admin-...', 'OPENAI_ADMIN_KEY=process.env.OPENAI_ADMIN_KEY', 'role = "sk-admin-panel"'],
    },
  }),
  prefixed({
    id: 'openai-legacy-api-key',
    description: 'OpenAI API key (legacy user key)',
    family: 'llm',
    envVar: 'OPENAI_API_KEY',
    prefix: 'sk-',
    body: '(?:[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|[A-Za-z0-9]{48})',
    keywords: ['sk-'],
    minEntropy: 3.5,
    validate: (value) => hasCaseAndDigits(bodyAfter('sk-', value)),
    examples: {
      positive: ['openai.api_key = "«sk-|a|20|T3BlbkFJ»«|a|20»"', 'OPENAI_API_KEY=«sk-|a|48»'],
      negative: ['openai.api_key = "sk-your-key-here"', 'OPENAI_API_KEY=«sk-|a|30»', 'id = "task-«|a|48»"', 'OPENAI_API_KEY=""'],
    },
  }),
  prefixed({
    id: 'anthropic-api-key',
    description: 'Anthropic API key',
    family: 'llm',
    envVar: 'ANTHROPIC_API_KEY',
    // 108 characters today (`sk-ant-api03-` + 93 + `AA`); the range leaves room for the next version.
    prefix: 'sk-ant-api\\d\\d-',
    body: '[A-Za-z0-9_-]{80,128}AA',
    keywords: ['sk-ant-api'],
    examples: {
      positive: [
        'client = anthropic.Anthropic(api_key="«sk-ant-api03-|u|93|AA»")',
        'ANTHROPIC_API_KEY: «sk-ant-api03-|u|93|AA»',
        "const anthropic = new Anthropic({ apiKey: '«sk-ant-api03-|u|93|AA»' });",
      ],
      negative: ['ANTHROPIC_API_KEY: sk-ant-api03-...', 'key = "sk-ant-api03-«|u|20»"', 'ANTHROPIC_API_KEY=${ANTHROPIC_API_KEY}'],
    },
  }),
  prefixed({
    id: 'anthropic-admin-key',
    description: 'Anthropic Admin API key',
    family: 'llm',
    envVar: 'ANTHROPIC_ADMIN_KEY',
    prefix: 'sk-ant-admin\\d\\d-',
    body: '[A-Za-z0-9_-]{80,128}AA',
    keywords: ['sk-ant-admin'],
    examples: {
      positive: ['ANTHROPIC_ADMIN_KEY="«sk-ant-admin01-|u|93|AA»"', '{"adminKey": "«sk-ant-admin01-|u|93|AA»"}'],
      negative: ['ANTHROPIC_ADMIN_KEY="sk-ant-admin01-<your-admin-key>"', 'ANTHROPIC_ADMIN_KEY=sk-ant-admin01-«|u|30»'],
    },
  }),
  prefixed({
    id: 'anthropic-oauth-token',
    description: 'Anthropic OAuth token (Claude Code)',
    family: 'llm',
    envVar: 'CLAUDE_CODE_OAUTH_TOKEN',
    // `claude setup-token` issues `sk-ant-oat01-` + 95; refresh tokens use `sk-ant-ort01-`.
    prefix: 'sk-ant-o(?:at|rt)\\d\\d-',
    body: '[A-Za-z0-9_-]{80,128}',
    keywords: ['sk-ant-oat', 'sk-ant-ort'],
    minEntropy: 4.0,
    examples: {
      positive: ['CLAUDE_CODE_OAUTH_TOKEN="«sk-ant-oat01-|u|95»"', 'with:\n  claude_code_oauth_token: «sk-ant-oat01-|u|95»'],
      negative: ['CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-...', 'claude_code_oauth_token: ${{ secrets.CLAUDE_CODE_OAUTH_TOKEN }}'],
    },
  }),
  {
    id: 'anthropic-claude-code-session-url',
    description: 'Claude Code remote session URL',
    family: 'llm',
    envVar: 'CLAUDE_CODE_SESSION_URL',
    keywords: ['claude.ai/code/session_'],
    // Anyone holding the link can drive the running session; the session id is the secret part.
    pattern: /https?:\/\/claude\.ai\/code\/(?<secret>session_[A-Za-z0-9]{16,64})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    examples: {
      positive: ['See https://claude.ai/code/«session_|a|24» for the live run', 'SESSION_URL = "https://claude.ai/code/«session_|a|24»"', '{"handoff": "https://claude.ai/code/«session_|a|24»"}'],
      negative: ['https://claude.ai/code/session_short', 'https://claude.ai/chat/session_«|a|24»', 'https://example.com/code/session_«|a|24»'],
    },
  },
  prefixed({
    id: 'google-api-key',
    description: 'Google API key (Gemini / Google AI Studio, Google Cloud)',
    family: 'llm',
    envVar: 'GOOGLE_API_KEY',
    // One format for Gemini, Vertex express mode, Maps and every other Google Cloud API key: AIza + 35.
    prefix: 'AIza',
    body: '[A-Za-z0-9_-]{35}',
    keywords: ['aiza'],
    minEntropy: 3.5,
    validate: (value) => !isPublishedGoogleSampleKey(value),
    examples: {
      positive: [
        'genai.configure(api_key="«AIzaSy|u|33»")',
        'GEMINI_API_KEY=«AIzaSy|u|33»',
        "const genAI = new GoogleGenerativeAI('«AIza|u|35»');",
        '{"apiKey": "«AIzaSy|u|33»", "authDomain": "shop-prod.firebaseapp.com"}',
      ],
      negative: [
        'GEMINI_API_KEY=AIza...',
        'GOOGLE_API_KEY=AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
        'key = "AIzaSy«|u|20»"',
        'api_key = os.getenv("GEMINI_API_KEY")',
      ],
    },
  }),
  {
    id: 'gcp-service-account-key',
    description: 'Google Cloud service account private key (JSON key file)',
    family: 'cloud',
    envVar: 'GOOGLE_APPLICATION_CREDENTIALS',
    keywords: ['"private_key"'],
    // The PEM sits on one line with `\n` escapes; the generic private-key detector reports the same range, and the
    // provider-specific finding wins so the fix suggests the variable Google's SDKs read (Vertex AI included).
    window: 8192,
    pattern: /"private_key"[ \t]{0,4}:[ \t]{0,4}"(?<secret>-----BEGIN (?:RSA )?PRIVATE KEY-----(?:[^-"]|-(?!----)){64,8000}-----END (?:RSA )?PRIVATE KEY-----)/,
    examples: {
      positive: [
        '{\n  "type": "service_account",\n  "project_id": "vertex-prod",\n  "private_key_id": "k1",\n  "private_key": "«=pem-json:PRIVATE KEY»\\n",\n  "client_email": "svc@vertex-prod.iam.gserviceaccount.com"\n}',
        'credentials = {"type": "service_account", "private_key": "«=pem-json:PRIVATE KEY»\\n"}',
      ],
      negative: [
        '{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n"}',
        '{"type": "service_account", "private_key": ""}',
        '{"type": "service_account", "private_key": "${GCP_PRIVATE_KEY}"}',
      ],
    },
  },
  prefixed({
    id: 'aws-bedrock-api-key',
    description: 'Amazon Bedrock API key',
    family: 'llm',
    envVar: 'AWS_BEARER_TOKEN_BEDROCK',
    // Long-term keys: `ABSK` + base64 of `BedrockAPIKey-<id>-at-<account id>:<secret>`; the decoded shape is checked.
    prefix: 'ABSKQmVkcm9ja0FQSUtleS',
    body: '[A-Za-z0-9+/]{40,400}={0,2}',
    keywords: ['abskqmvkcm9ja0fqsutles'],
    validate: (value) => /^BedrockAPIKey-[A-Za-z0-9]{1,16}-at-\d{12}:.{20,}$/s.test(Buffer.from(value.slice(4), 'base64').toString('latin1')),
    examples: {
      positive: ['AWS_BEARER_TOKEN_BEDROCK=«=bedrock»', 'os.environ["AWS_BEARER_TOKEN_BEDROCK"] = "«=bedrock»"', "const client = new BedrockRuntimeClient({ token: { token: '«=bedrock»' } });"],
      negative: ['AWS_BEARER_TOKEN_BEDROCK=ABSK...', 'AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS0...', 'AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS«|b|60»'],
    },
  }),
  prefixed({
    id: 'aws-bedrock-short-term-api-key',
    description: 'Amazon Bedrock short-term API key',
    family: 'llm',
    envVar: 'AWS_BEARER_TOKEN_BEDROCK',
    // `bedrock-api-key-` + base64 of a presigned `bedrock.amazonaws.com/?Action=CallWithBearerToken…` URL.
    prefix: 'bedrock-api-key-',
    body: 'YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{60,4000}={0,2}',
    keywords: ['bedrock-api-key-'],
    validate: (value) => Buffer.from(value.slice('bedrock-api-key-'.length), 'base64').toString('latin1').startsWith('bedrock.amazonaws.com/?'),
    examples: {
      positive: ['AWS_BEARER_TOKEN_BEDROCK=«=bedrock:short»', 'export AWS_BEARER_TOKEN_BEDROCK="«=bedrock:short»"'],
      negative: ['AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-...', 'secret_name = "bedrock-api-key-prod"'],
    },
  }),
  prefixed({
    id: 'groq-api-key',
    description: 'Groq API key',
    family: 'llm',
    envVar: 'GROQ_API_KEY',
    prefix: 'gsk_',
    body: '[A-Za-z0-9]{48,52}',
    keywords: ['gsk_'],
    minEntropy: 4.0,
    examples: {
      positive: ['client = Groq(api_key="«gsk_|a|52»")', 'GROQ_API_KEY=«gsk_|a|52»', "groq:\n  api_key: '«gsk_|a|48»'"],
      negative: ['GROQ_API_KEY=gsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'GROQ_API_KEY=gsk_«|a|30»', 'GROQ_API_KEY='],
    },
  }),
  prefixed({
    id: 'together-api-key',
    description: 'Together AI API key',
    family: 'llm',
    envVar: 'TOGETHER_API_KEY',
    prefix: 'tgp_v1_',
    body: '[A-Za-z0-9_-]{40,64}',
    keywords: ['tgp_v1_'],
    minEntropy: 4.0,
    examples: {
      positive: ['TOGETHER_API_KEY=«tgp_v1_|u|43»', 'client = Together(api_key="«tgp_v1_|u|43»")'],
      negative: ['TOGETHER_API_KEY=tgp_v1_your_api_key_here', 'TOGETHER_API_KEY=tgp_v1_...', 'key = "tgp_v1_«|u|20»"'],
    },
  }),
  prefixed({
    id: 'fireworks-api-key',
    description: 'Fireworks AI API key',
    family: 'llm',
    envVar: 'FIREWORKS_API_KEY',
    prefix: 'fw_',
    body: '[A-Za-z0-9]{20,64}',
    keywords: ['fw_'],
    minEntropy: 3.5,
    // `fw_` also starts identifiers (`fw_updatechecksumtable…`): a generated key mixes cases and digits.
    validate: (value) => hasCaseAndDigits(bodyAfter('fw_', value)),
    examples: {
      positive: ['FIREWORKS_API_KEY=«fw_|a|24»', 'llm = Fireworks(api_key="«fw_|a|24»", model="accounts/fireworks/models/llama-v3p1-70b-instruct")'],
      negative: ['FIREWORKS_API_KEY=fw_...', 'handler = fw_updatechecksumtablesnapshot', 'FIREWORKS_API_KEY=fw_«|a|10»'],
    },
  }),
  prefixed({
    id: 'xai-api-key',
    description: 'xAI (Grok) API key',
    family: 'llm',
    envVar: 'XAI_API_KEY',
    prefix: 'xai-',
    body: '[A-Za-z0-9_]{80}',
    keywords: ['xai-'],
    minEntropy: 4.0,
    examples: {
      positive: ['XAI_API_KEY=«xai-|a|80»', 'client = OpenAI(base_url="https://api.x.ai/v1", api_key="«xai-|a|80»")'],
      negative: ['XAI_API_KEY=xai-...', 'XAI_API_KEY=xai-«|a|40»', 'model = "xai-grok-beta"'],
    },
  }),
  prefixed({
    id: 'perplexity-api-key',
    description: 'Perplexity API key',
    family: 'llm',
    envVar: 'PERPLEXITY_API_KEY',
    prefix: 'pplx-',
    body: '[A-Za-z0-9]{48}',
    keywords: ['pplx-'],
    minEntropy: 4.0,
    examples: {
      positive: ['PERPLEXITY_API_KEY=«pplx-|a|48»', "const client = new OpenAI({ apiKey: '«pplx-|a|48»', baseURL: 'https://api.perplexity.ai' });"],
      negative: ['PERPLEXITY_API_KEY=pplx-your-key', 'PERPLEXITY_API_KEY=pplx-«|a|32»', 'PERPLEXITY_API_KEY='],
    },
  }),
  prefixed({
    id: 'openrouter-api-key',
    description: 'OpenRouter API key',
    family: 'llm',
    envVar: 'OPENROUTER_API_KEY',
    prefix: 'sk-or-v1-',
    body: '[a-f0-9]{64}',
    keywords: ['sk-or-v1-'],
    minEntropy: 3.0,
    examples: {
      positive: ['OPENROUTER_API_KEY=«sk-or-v1-|h|64»', 'llm = ChatOpenAI(api_key="«sk-or-v1-|h|64»", base_url="https://openrouter.ai/api/v1")'],
      negative: ['OPENROUTER_API_KEY=sk-or-v1-...', 'OPENROUTER_API_KEY=sk-or-v1-«|h|40»', 'OPENROUTER_API_KEY=sk-or-v1-<redacted>'],
    },
  }),
  prefixed({
    id: 'replicate-api-token',
    description: 'Replicate API token',
    family: 'llm',
    envVar: 'REPLICATE_API_TOKEN',
    prefix: 'r8_',
    body: '[A-Za-z0-9]{37}',
    keywords: ['r8_'],
    minEntropy: 3.5,
    validate: (value) => hasCaseAndDigits(bodyAfter('r8_', value)),
    examples: {
      positive: ['REPLICATE_API_TOKEN=«r8_|a|37»', 'client = replicate.Client(api_token="«r8_|a|37»")'],
      negative: ['REPLICATE_API_TOKEN=r8_xxxxxxxxxxxxx', 'REPLICATE_API_TOKEN=r8_YOUR_TOKEN_HERE', 'REPLICATE_API_TOKEN=r8_«|a|20»'],
    },
  }),
  prefixed({
    id: 'huggingface-access-token',
    description: 'Hugging Face access token',
    family: 'llm',
    envVar: 'HF_TOKEN',
    prefix: 'hf_',
    body: '[A-Za-z]{34}',
    keywords: ['hf_'],
    minEntropy: 3.5,
    // Tokens mix upper and lower case; `hf_` + 34 lower-case letters is an identifier.
    validate: (value) => hasCaseAndDigits(bodyAfter('hf_', value)),
    examples: {
      positive: ['HF_TOKEN=«hf_|L|17»«|z|17»', 'login(token="«hf_|z|17»«|L|17»")', 'huggingface:\n  token: «hf_|L|10»«|z|24»'],
      negative: ['HF_TOKEN=hf_...', 'HF_TOKEN=hf_«|z|34»', 'HF_TOKEN=hf_«|L|10»«|z|10»', 'token = os.environ["HF_TOKEN"]'],
    },
  }),
  prefixed({
    id: 'huggingface-org-token',
    description: 'Hugging Face organization API token',
    family: 'llm',
    envVar: 'HF_TOKEN',
    prefix: 'api_org_',
    body: '[A-Za-z]{34}',
    keywords: ['api_org_'],
    minEntropy: 3.5,
    validate: (value) => hasCaseAndDigits(bodyAfter('api_org_', value)),
    examples: {
      positive: ['HUGGINGFACE_ORG_TOKEN=«api_org_|L|17»«|z|17»', 'headers = {"Authorization": "Bearer «api_org_|z|20»«|L|14»"}'],
      negative: ['HUGGINGFACE_ORG_TOKEN=api_org_...', 'route = api_org_«|z|34»'],
    },
  }),
  prefixed({
    id: 'elevenlabs-api-key',
    description: 'ElevenLabs API key',
    family: 'llm',
    envVar: 'ELEVENLABS_API_KEY',
    prefix: 'sk_',
    body: '[a-f0-9]{48}',
    keywords: ['sk_'],
    minEntropy: 3.0,
    examples: {
      positive: ['ELEVENLABS_API_KEY=«sk_|h|48»', 'client = ElevenLabs(api_key="«sk_|h|48»")'],
      negative: ['ELEVENLABS_API_KEY=sk_...', 'ELEVENLABS_API_KEY=sk_«|h|32»', 'STRIPE_KEY=sk_live_«|h|24»'],
    },
  }),
  prefixed({
    id: 'langsmith-api-key',
    description: 'LangSmith API key',
    family: 'llm',
    envVar: 'LANGSMITH_API_KEY',
    // `pt` personal access token, `sk` service key: 32 hex + `_` + 10 hex.
    prefix: 'lsv2_(?:pt|sk)_',
    body: '[a-f0-9]{32}_[a-f0-9]{10}',
    keywords: ['lsv2_pt_', 'lsv2_sk_'],
    minEntropy: 3.0,
    examples: {
      positive: ['LANGCHAIN_API_KEY=«lsv2_pt_|h|32|_»«|h|10»', 'os.environ["LANGSMITH_API_KEY"] = "«lsv2_sk_|h|32|_»«|h|10»"'],
      negative: ['LANGSMITH_API_KEY=lsv2_pt_...', 'LANGCHAIN_API_KEY=ls__«|h|32»', 'LANGSMITH_API_KEY=lsv2_xx_«|h|32|_»«|h|10»'],
    },
  }),
  prefixed({
    id: 'voyage-api-key',
    description: 'Voyage AI API key',
    family: 'llm',
    envVar: 'VOYAGE_API_KEY',
    prefix: 'pa-',
    body: '[A-Za-z0-9_-]{43}',
    keywords: ['pa-'],
    minEntropy: 4.0,
    // `pa-` is short and common in CSS classes and slugs: a key mixes upper, lower case and digits.
    validate: (value) => mixesClasses(3)(bodyAfter('pa-', value)),
    examples: {
      positive: ['VOYAGE_API_KEY=«pa-|u|43»', 'vo = voyageai.Client(api_key="«pa-|u|43»")'],
      negative: ['VOYAGE_API_KEY=pa-...', 'VOYAGE_API_KEY=pa-your-voyage-key-here', 'class="pa-left-column-wrapper-with-rounded-corners"'],
    },
  }),
  prefixed({
    id: 'jina-api-key',
    description: 'Jina AI API key',
    family: 'llm',
    envVar: 'JINA_API_KEY',
    prefix: 'jina_',
    body: '[a-f0-9]{32}[A-Za-z0-9_-]{24,32}',
    keywords: ['jina_'],
    minEntropy: 4.0,
    examples: {
      positive: ['JINA_API_KEY=«jina_|h|32»«|u|28»', 'headers = {"Authorization": "Bearer «jina_|h|32»«|a|28»"}'],
      negative: ['JINA_API_KEY=jina_...', 'JINA_API_KEY=jina_*', 'from jina_embeddings_v3_base_model import JinaEmbeddingsV3Model'],
    },
  }),
  prefixed({
    id: 'langfuse-secret-key',
    description: 'Langfuse secret key',
    family: 'llm',
    envVar: 'LANGFUSE_SECRET_KEY',
    // `pk-lf-` public keys are meant to be shared; only `sk-lf-` grants write access.
    prefix: 'sk-lf-',
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    keywords: ['sk-lf-'],
    examples: {
      positive: ['LANGFUSE_SECRET_KEY=«sk-lf-|h|8|-»«|h|4|-»«|h|4|-»«|h|4|-»«|h|12»', 'langfuse = Langfuse(secret_key="«sk-lf-|h|8|-»«|h|4|-»«|h|4|-»«|h|4|-»«|h|12»", public_key="pk-lf-1")'],
      negative: ['LANGFUSE_SECRET_KEY=sk-lf-...', 'LANGFUSE_PUBLIC_KEY=pk-lf-«|h|8|-»«|h|4|-»«|h|4|-»«|h|4|-»«|h|12»', 'LANGFUSE_SECRET_KEY=sk-lf-xxx'],
    },
  }),
  prefixed({
    id: 'anyscale-api-key',
    description: 'Anyscale Endpoints API key',
    family: 'llm',
    envVar: 'ANYSCALE_API_KEY',
    prefix: 'esecret_',
    body: '[A-Za-z0-9]{20,64}',
    keywords: ['esecret_'],
    minEntropy: 3.5,
    validate: (value) => hasCaseAndDigits(bodyAfter('esecret_', value)),
    examples: {
      positive: ['ANYSCALE_API_KEY=«esecret_|a|26»', 'client = openai.OpenAI(base_url="https://api.endpoints.anyscale.com/v1", api_key="«esecret_|a|26»")'],
      negative: ['ANYSCALE_API_KEY=esecret_...', 'ANYSCALE_API_KEY=esecret_«|a|8»'],
    },
  }),
  prefixed({
    id: 'cerebras-api-key',
    description: 'Cerebras API key',
    family: 'llm',
    envVar: 'CEREBRAS_API_KEY',
    prefix: 'csk-',
    body: '[a-z0-9]{48}',
    keywords: ['csk-'],
    minEntropy: 3.5,
    validate: (value) => hasCaseAndDigits(bodyAfter('csk-', value)),
    examples: {
      positive: ['CEREBRAS_API_KEY=«csk-|l|48»', 'client = Cerebras(api_key="«csk-|l|48»")'],
      negative: ['CEREBRAS_API_KEY=csk-...', 'CEREBRAS_API_KEY=csk-test', 'CEREBRAS_API_KEY=csk-«|l|20»'],
    },
  }),
  prefixed({
    id: 'helicone-api-key',
    description: 'Helicone API key',
    family: 'llm',
    envVar: 'HELICONE_API_KEY',
    // Four dash-separated groups of seven; EU keys carry a region marker after the prefix.
    prefix: 'sk-helicone-(?:[a-z]{2}-)?',
    body: '[a-z0-9]{7}-[a-z0-9]{7}-[a-z0-9]{7}-[a-z0-9]{7}',
    keywords: ['sk-helicone-'],
    minEntropy: 3.5,
    examples: {
      positive: ['HELICONE_API_KEY=«sk-helicone-|l|7|-»«|l|7|-»«|l|7|-»«|l|7»', 'default_headers={"Helicone-Auth": "Bearer «sk-helicone-|l|7|-»«|l|7|-»«|l|7|-»«|l|7»"}'],
      negative: ['HELICONE_API_KEY=sk-helicone-XXXXXXX-XXXXXX', 'HELICONE_API_KEY=sk-helicone-...', 'HELICONE_API_KEY=sk-helicone-«|l|7»'],
    },
  }),
  prefixed({
    id: 'nvidia-api-key',
    description: 'NVIDIA API key (build.nvidia.com / NGC)',
    family: 'llm',
    envVar: 'NVIDIA_API_KEY',
    prefix: 'nvapi-',
    body: '[A-Za-z0-9_-]{64}',
    keywords: ['nvapi-'],
    minEntropy: 4.0,
    examples: {
      positive: ['NVIDIA_API_KEY=«nvapi-|u|64»', 'client = OpenAI(base_url="https://integrate.api.nvidia.com/v1", api_key="«nvapi-|u|64»")'],
      negative: ['NVIDIA_API_KEY=nvapi-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'NVIDIA_API_KEY=nvapi-«|u|20»', 'NVIDIA_API_KEY=nvapi-...'],
    },
  }),
  prefixed({
    id: 'llamacloud-api-key',
    description: 'LlamaCloud (LlamaParse) API key',
    family: 'llm',
    envVar: 'LLAMA_CLOUD_API_KEY',
    prefix: 'llx-',
    body: '[A-Za-z0-9]{40,64}',
    keywords: ['llx-'],
    minEntropy: 4.0,
    validate: (value) => hasCaseAndDigits(bodyAfter('llx-', value)),
    examples: {
      positive: ['LLAMA_CLOUD_API_KEY=«llx-|a|48»', 'parser = LlamaParse(api_key="«llx-|a|48»", result_type="markdown")'],
      negative: ['LLAMA_CLOUD_API_KEY=llx-...', 'LLAMA_CLOUD_API_KEY=llx-your-llama-key-here', 'LLAMA_CLOUD_API_KEY=llx-«|a|16»'],
    },
  }),
];

export const llmDetectors: readonly Detector[] = [...llmPrefixedDetectors, ...llmContextDetectors];
