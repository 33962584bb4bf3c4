// LLM and AI APIs whose keys have no distinctive prefix (32 hex, 40 alphanumerics, `sk-` + hex shared by
// several vendors): recognised by the provider's name in the assignment target or the SDK call. Each entry has
// a negative with the same value under a neutral name, because the value alone proves nothing.

import type { Detector } from '../types';
import { hasBothCases, mixesClasses, named } from './llm-shapes';

const HEX32 = '[a-f0-9]{32}';
const HEX40 = '[a-f0-9]{40}';
const HEX64 = '[a-f0-9]{64}';
const hasCaseAndDigits = mixesClasses(2);

export const llmContextDetectors: readonly Detector[] = [
  named({
    id: 'azure-openai-api-key',
    description: 'Azure OpenAI API key',
    family: 'llm',
    envVar: 'AZURE_OPENAI_API_KEY',
    // OpenAI's own keys start with `sk-`, so 32 hex (classic Azure resource keys) or the 84-character Azure AI
    // services keys next to an OpenAI name are Azure's.
    names: ['openai', 'aoai'],
    keyNamed: true,
    value: `${HEX32}|[A-Za-z0-9]{84}`,
    minEntropy: 3.0,
    examples: {
      positive: [
        'AZURE_OPENAI_API_KEY=«|h|32»',
        'client = AzureOpenAI(api_key="«|h|32»", api_version="2024-06-01", azure_endpoint="https://contoso.openai.azure.com")',
        'openai:\n  api_key: "«|h|32»"',
        'AZURE_OPENAI_KEY="«|a|84»"',
      ],
      negative: [
        'AZURE_OPENAI_API_KEY=',
        'AZURE_OPENAI_API_KEY=<your-azure-openai-key>',
        'etag = "«|h|32»"',
        'AZURE_OPENAI_DEPLOYMENT_ID="«|h|8»"',
        'api_key=os.environ["AZURE_OPENAI_API_KEY"]',
      ],
    },
  }),
  named({
    id: 'cohere-api-key',
    description: 'Cohere API key',
    family: 'llm',
    envVar: 'CO_API_KEY',
    names: ['cohere', 'co_api_key'],
    wordStart: true,
    value: '[A-Za-z0-9]{40}',
    minEntropy: 3.5,
    validate: hasBothCases,
    examples: {
      positive: [
        'COHERE_API_KEY=«|a|40»',
        'co = cohere.ClientV2(api_key="«|a|40»")',
        'co = cohere.Client("«|a|40»")',
        'CO_API_KEY: «|a|40»',
        'static { System.setProperty("co.api.key", "«|a|40»"); }',
        '{"cell_type": "code", "source": ["import cohere\\n", "co = cohere.Client(\\"«|a|40»\\")\\n"]}',
      ],
      negative: ['COHERE_API_KEY=your-cohere-key', 'COHERE_API_KEY=«|a|30»', 'revision = "«|a|40»"', 'DISCO_API_KEY=«|a|40»', 'cohere_commit = "«|h|40»"', 'co = cohere.ClientV2(api_key=os.environ["CO_API_KEY"])'],
    },
  }),
  named({
    id: 'mistral-api-key',
    description: 'Mistral AI API key',
    family: 'llm',
    envVar: 'MISTRAL_API_KEY',
    names: ['mistral'],
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3.5,
    validate: hasBothCases,
    examples: {
      positive: ['MISTRAL_API_KEY=«|a|32»', '<add key="MistralKey" value="«|a|32»" />', 'env:\n  - name: MISTRAL_API_KEY\n    value: «|a|32»', 'client = Mistral(api_key="«|a|32»")', "const mistral = new Mistral({ apiKey: '«|a|32»' });"],
      negative: ['MISTRAL_API_KEY=your-mistral-key', 'MISTRAL_API_KEY=', 'mistral_trace_id = "«|h|32»"', 'session_id = "«|a|32»"', 'model = "mistral-large-latest"'],
    },
  }),
  named({
    id: 'together-legacy-api-key',
    description: 'Together AI API key (legacy hex format)',
    family: 'llm',
    envVar: 'TOGETHER_API_KEY',
    names: ['together'],
    keyNamed: true,
    value: HEX64,
    minEntropy: 3.0,
    examples: {
      positive: ['TOGETHER_API_KEY=«|h|64»', 'client = Together(api_key="«|h|64»")'],
      negative: ['TOGETHER_API_KEY=your-together-key', 'sha256 = "«|h|64»"', 'TOGETHER_API_KEY=«|h|40»'],
    },
  }),
  named({
    id: 'deepseek-api-key',
    description: 'DeepSeek API key',
    family: 'llm',
    envVar: 'DEEPSEEK_API_KEY',
    // `sk-` + 32 hex is shared with other vendors' keys: the DeepSeek name decides.
    names: ['deepseek'],
    value: `sk-${HEX32}`,
    minEntropy: 3.0,
    examples: {
      positive: ['DEEPSEEK_API_KEY=«sk-|h|32»', 'ENV["DEEPSEEK_KEY"] ||= "«sk-|h|32»"', 'const deepseekKey = "«sk-|h|32»";', 'deepseek:\n  api_key: «sk-|h|32»'],
      negative: ['DEEPSEEK_API_KEY=sk-...', 'DEEPSEEK_API_KEY=sk-«|h|20»', 'upstream_key = "«sk-|h|32»"'],
    },
  }),
  named({
    id: 'stability-api-key',
    description: 'Stability AI API key',
    family: 'llm',
    envVar: 'STABILITY_API_KEY',
    // Same shape as a pre-2024 OpenAI user key (`sk-` + 48): the Stability name decides.
    names: ['stability', 'dreamstudio'],
    value: 'sk-[A-Za-z0-9]{48}',
    minEntropy: 3.5,
    examples: {
      positive: ['STABILITY_API_KEY=«sk-|a|48»', 'stability_api = client.StabilityInference(key="«sk-|a|48»", verbose=True)'],
      negative: ['STABILITY_API_KEY=sk-...', 'STABILITY_API_KEY=sk-«|a|20»', 'STABILITY_HOST=grpc.stability.ai:443'],
    },
  }),
  named({
    id: 'elevenlabs-legacy-api-key',
    description: 'ElevenLabs API key (legacy hex format)',
    family: 'llm',
    envVar: 'ELEVENLABS_API_KEY',
    names: ['elevenlabs', 'eleven_api_key', 'eleven_labs', 'xi-api-key', 'xi_api_key'],
    keyNamed: true,
    value: HEX32,
    minEntropy: 3.0,
    examples: {
      positive: ['ELEVENLABS_API_KEY=«|h|32»', 'headers = {"xi-api-key": "«|h|32»"}', 'client = ElevenLabs(api_key="«|h|32»")'],
      negative: ['ELEVENLABS_API_KEY=', 'voice_id = "«|h|32»"', 'ELEVENLABS_API_KEY=«|h|20»'],
    },
  }),
  named({
    id: 'assemblyai-api-key',
    description: 'AssemblyAI API key',
    family: 'llm',
    envVar: 'ASSEMBLYAI_API_KEY',
    names: ['assemblyai', 'assembly_ai', 'assembly-ai'],
    keyNamed: true,
    value: HEX32,
    minEntropy: 3.0,
    examples: {
      positive: ['ASSEMBLYAI_API_KEY=«|h|32»', '"CONFIG[\\"assemblyai_key\\"] = \\"«|h|32»\\"\\n",', 'assemblyai.settings.api_key = "«|h|32»"', "const client = new AssemblyAI({ apiKey: '«|h|32»' });"],
      negative: ['ASSEMBLYAI_API_KEY=your_api_key', 'transcript_id = "«|h|32»"', 'ASSEMBLYAI_API_KEY=os.getenv("ASSEMBLYAI_API_KEY")'],
    },
  }),
  named({
    id: 'deepgram-api-key',
    description: 'Deepgram API key',
    family: 'llm',
    envVar: 'DEEPGRAM_API_KEY',
    names: ['deepgram'],
    keyNamed: true,
    value: HEX40,
    minEntropy: 3.0,
    examples: {
      positive: ['DEEPGRAM_API_KEY=«|h|40»', 'deepgram = DeepgramClient("«|h|40»")', '{"deepgram_api_key": "«|h|40»"}'],
      negative: ['DEEPGRAM_API_KEY=', 'commit = "«|h|40»"', 'DEEPGRAM_API_KEY=«|h|32»', 'deepgram_request_id = "«|h|40»"'],
    },
  }),
  named({
    id: 'wandb-api-key',
    description: 'Weights & Biases API key',
    family: 'llm',
    envVar: 'WANDB_API_KEY',
    names: ['wandb', 'weights_and_biases'],
    keyNamed: true,
    value: HEX40,
    minEntropy: 3.0,
    examples: {
      positive: ['WANDB_API_KEY=«|h|40»', 'wandb.login(key="«|h|40»")', 'env:\n  WANDB_API_KEY: "«|h|40»"'],
      negative: ['WANDB_API_KEY=$WANDB_API_KEY', 'WANDB_API_KEY=«|h|32»', 'git_sha = "«|h|40»"'],
    },
  }),
  named({
    id: 'comet-api-key',
    description: 'Comet ML API key',
    family: 'llm',
    envVar: 'COMET_API_KEY',
    names: ['comet_api_key', 'comet_ml', 'cometml', 'comet.api_key'],
    value: '[A-Za-z0-9]{25}',
    minEntropy: 3.5,
    validate: hasBothCases,
    examples: {
      positive: ['COMET_API_KEY=«|a|25»', 'experiment = comet_ml.Experiment(api_key="«|a|25»", project_name="vision")'],
      negative: ['COMET_API_KEY=', 'experiment_key = "«|a|25»"', 'COMET_API_KEY=«|a|12»'],
    },
  }),
  named({
    id: 'clarifai-pat',
    description: 'Clarifai personal access token',
    family: 'llm',
    envVar: 'CLARIFAI_PAT',
    names: ['clarifai'],
    keyNamed: true,
    value: HEX32,
    minEntropy: 3.0,
    examples: {
      positive: ['CLARIFAI_PAT=«|h|32»', 'clarifai_pat = "«|h|32»"', 'env:\n  CLARIFAI_PAT: "«|h|32»"'],
      negative: ['CLARIFAI_PAT=', 'CLARIFAI_USER_ID=clarifai', 'model_version_id = "«|h|32»"', 'CLARIFAI_MODEL_VERSION_ID = "«|h|32»"'],
    },
  }),
  named({
    id: 'ai21-api-key',
    description: 'AI21 Labs API key',
    family: 'llm',
    envVar: 'AI21_API_KEY',
    names: ['ai21'],
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3.5,
    validate: hasBothCases,
    examples: {
      positive: ['AI21_API_KEY=«|a|32»', 'client = AI21Client(api_key="«|a|32»")'],
      negative: ['AI21_API_KEY=your-ai21-key', 'request_id = "«|a|32»"', 'AI21_API_KEY=«|a|16»'],
    },
  }),
  named({
    id: 'portkey-api-key',
    description: 'Portkey API key',
    family: 'llm',
    envVar: 'PORTKEY_API_KEY',
    names: ['portkey'],
    value: '[A-Za-z0-9+/=]{24,64}',
    minEntropy: 3.5,
    validate: hasBothCases,
    examples: {
      positive: ['PORTKEY_API_KEY=«|a|32»', 'portkey = Portkey(api_key="«|a|32»", virtual_key="openai-prod")'],
      negative: ['PORTKEY_API_KEY=', 'PORTKEY_GATEWAY_URL=https://api.portkey.ai/v1', 'trace_id = "«|a|32»"'],
    },
  }),
  named({
    id: 'unstructured-api-key',
    description: 'Unstructured API key',
    family: 'llm',
    envVar: 'UNSTRUCTURED_API_KEY',
    names: ['unstructured'],
    value: '[A-Za-z0-9]{24,64}',
    minEntropy: 3.5,
    validate: hasBothCases,
    examples: {
      positive: ['UNSTRUCTURED_API_KEY=«|a|30»', 'client = UnstructuredClient(api_key_auth="«|a|30»")'],
      negative: ['UNSTRUCTURED_API_KEY=', 'UNSTRUCTURED_API_URL=https://api.unstructuredapp.io/general/v0/general', 'job_id = "«|a|30»"'],
    },
  }),
  named({
    id: 'privateai-api-key',
    description: 'Private AI API key',
    family: 'llm',
    envVar: 'PRIVATE_AI_API_KEY',
    names: ['private_ai', 'privateai', 'private-ai'],
    value: '[a-z0-9]{32}',
    minEntropy: 3.5,
    validate: hasCaseAndDigits,
    examples: {
      positive: ['PRIVATE_AI_API_KEY=«|l|32»', 'client = PAIClient(url="https://api.private-ai.com/community", api_key="x")\nprivateai_key = "«|l|32»"'],
      negative: ['PRIVATE_AI_API_KEY=', 'PRIVATE_AI_URL=https://api.private-ai.com/community/v4', 'cache_id = "«|l|32»"'],
    },
  }),
  named({
    id: 'moonshot-api-key',
    description: 'Moonshot AI (Kimi) API key',
    family: 'llm',
    envVar: 'MOONSHOT_API_KEY',
    // Same shape as a pre-2024 OpenAI user key (`sk-` + 48): the Moonshot / Kimi name decides.
    names: ['moonshot', 'kimi'],
    wordStart: true,
    value: 'sk-[A-Za-z0-9]{48}',
    minEntropy: 3.5,
    examples: {
      positive: ['MOONSHOT_API_KEY=«sk-|a|48»', 'kimi:\n  api_key: "«sk-|a|48»"'],
      negative: ['MOONSHOT_API_KEY=sk-...', 'MOONSHOT_BASE_URL=https://api.moonshot.cn/v1', 'api_key = "«sk-|a|20»"  # kimi'],
    },
  }),
  named({
    id: 'dashscope-api-key',
    description: 'Alibaba Cloud Model Studio (DashScope / Qwen) API key',
    family: 'llm',
    envVar: 'DASHSCOPE_API_KEY',
    names: ['dashscope', 'bailian'],
    value: `sk-${HEX32}`,
    minEntropy: 3.0,
    examples: {
      positive: ['DASHSCOPE_API_KEY=«sk-|h|32»', 'dashscope.api_key = "«sk-|h|32»"'],
      negative: ['DASHSCOPE_API_KEY=sk-xxx', 'DASHSCOPE_API_KEY=', 'cache_key = "«sk-|h|32»"'],
    },
  }),
  {
    ...named({
      id: 'siliconflow-api-key',
      description: 'SiliconFlow API key',
      family: 'llm',
      envVar: 'SILICONFLOW_API_KEY',
      names: ['siliconflow', 'silicon_flow'],
      value: 'sk-[a-z]{48}',
      minEntropy: 3.5,
      examples: {
        positive: ['SILICONFLOW_API_KEY=«sk-|z|48»', 'client = OpenAI(base_url="https://api.siliconflow.cn/v1", api_key="x")\nsiliconflow_key = "«sk-|z|48»"'],
        negative: ['SILICONFLOW_API_KEY=sk-...', 'SILICONFLOW_API_KEY=your-siliconflow-api-key', 'token = "«sk-|z|48»"'],
      },
    }),
    // `sk-` + 48 lower-case letters reads as a kebab-case identifier to the central prose filter; the name in the
    // pattern already supplies the context that filter stands in for.
    byContext: false,
  },
  named({
    id: 'zhipu-api-key',
    description: 'Zhipu AI (BigModel / GLM) API key',
    family: 'llm',
    envVar: 'ZHIPUAI_API_KEY',
    // `<32 hex id>.<16 secret>`.
    names: ['zhipu', 'bigmodel'],
    value: `${HEX32}\\.[A-Za-z0-9]{16}`,
    minEntropy: 3.5,
    examples: {
      positive: ['ZHIPUAI_API_KEY=«|h|32|.»«|a|16»', 'client = ZhipuAI(api_key="«|h|32|.»«|a|16»")'],
      negative: ['ZHIPUAI_API_KEY=', 'ZHIPU_API_KEY=your-zhipu-key', 'version = "«|h|32|.»«|a|16»"'],
    },
  }),
  named({
    id: 'kaggle-api-key',
    description: 'Kaggle API key',
    family: 'llm',
    envVar: 'KAGGLE_KEY',
    names: ['kaggle'],
    keyNamed: true,
    value: HEX32,
    minEntropy: 3.0,
    examples: {
      positive: ['KAGGLE_KEY=«|h|32»', 'os.environ["KAGGLE_KEY"] = "«|h|32»"'],
      negative: ['KAGGLE_USERNAME=datasci', 'KAGGLE_KEY=', 'dataset_hash = "«|h|32»"', 'kaggle_dataset_md5 = "«|h|32»"'],
    },
  }),
  named({
    id: 'neptune-api-token',
    description: 'Neptune.ai API token',
    family: 'llm',
    envVar: 'NEPTUNE_API_TOKEN',
    // Base64 of a JSON document carrying the API address and key.
    names: ['neptune'],
    value: 'eyJ[A-Za-z0-9+/_-]{60,600}={0,2}',
    minEntropy: 4.0,
    examples: {
      positive: ['NEPTUNE_API_TOKEN=«eyJhcGlfYWRkcmVzcyI6|b|120|==»', 'env:\n  NEPTUNE_API_TOKEN: "«eyJhcGlfYWRkcmVzcyI6|u|120»"'],
      negative: ['NEPTUNE_API_TOKEN=', 'NEPTUNE_PROJECT=workspace/project', 'payload = "«eyJhcGlfYWRkcmVzcyI6|u|120»"'],
    },
  }),
  named({
    id: 'fal-api-key',
    description: 'fal.ai API key',
    family: 'llm',
    envVar: 'FAL_KEY',
    // `<key id (UUID)>:<32 hex secret>`.
    names: ['fal'],
    wholeWord: true,
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:[a-f0-9]{32}',
    minEntropy: 3.0,
    examples: {
      positive: ['FAL_KEY=«|h|8|-»«|h|4|-»«|h|4|-»«|h|4|-»«|h|12|:»«|h|32»', "fal.config({ credentials: '«|h|8|-»«|h|4|-»«|h|4|-»«|h|4|-»«|h|12|:»«|h|32»' });"],
      negative: ['FAL_KEY=', 'FAL_KEY=your-fal-key', 'pair = "«|h|8|-»«|h|4|-»«|h|4|-»«|h|4|-»«|h|12|:»«|h|32»"'],
    },
  }),
  named({
    id: 'modal-token-secret',
    description: 'Modal token secret',
    family: 'llm',
    envVar: 'MODAL_TOKEN_SECRET',
    // Token ids (`ak-`) name the token; the `as-` secret authenticates it.
    names: ['modal'],
    wordStart: true,
    value: 'as-[A-Za-z0-9]{20,24}',
    minEntropy: 3.5,
    validate: (value) => hasCaseAndDigits(value.slice(3)),
    examples: {
      positive: ['MODAL_TOKEN_SECRET=«as-|a|22»', 'env:\n  MODAL_TOKEN_ID: ak-x\n  MODAL_TOKEN_SECRET: «as-|a|22»'],
      negative: ['MODAL_TOKEN_SECRET=', 'MODAL_TOKEN_ID=«ak-|a|22»', 'alias = "«as-|a|22»"'],
    },
  }),
  named({
    id: 'dify-api-key',
    description: 'Dify app or knowledge-base API key',
    family: 'llm',
    envVar: 'DIFY_API_KEY',
    // `app-` + 24 for an app's API, `dataset-` + 24 for the knowledge base.
    names: ['dify'],
    value: '(?:app|dataset)-[A-Za-z0-9]{24}',
    minEntropy: 3.5,
    validate: (value) => hasCaseAndDigits(value.slice(value.indexOf('-') + 1)),
    examples: {
      positive: ['DIFY_API_KEY=«app-|a|24»', 'headers = {"Authorization": f"Bearer {key}"}\ndify_dataset_key = "«dataset-|a|24»"'],
      negative: ['DIFY_API_KEY=app-...', 'DIFY_API_URL=https://api.dify.ai/v1', 'slug = "«app-|a|24»"'],
    },
  }),
];

