// LLM and AI model APIs.

import type { Detector } from '../types';
import { prefixed } from './builders';

export const llmDetectors: readonly Detector[] = [
  prefixed({
    id: 'openai-api-key',
    description: 'OpenAI API key',
    family: 'llm',
    envVar: 'OPENAI_API_KEY',
    // Project, service-account and admin keys; the body is base64url and often carries the `T3BlbkFJ` marker.
    prefix: 'sk-(?:proj|svcacct|admin)-',
    body: '[A-Za-z0-9_-]{40,250}',
    keywords: ['sk-proj-', 'sk-svcacct-', 'sk-admin-'],
    minEntropy: 3.5,
    examples: {
      positive: [
        'client = OpenAI(api_key="«sk-proj-|u|156»")',
        "const openai = new OpenAI({ apiKey: '«sk-svcacct-|u|120»' });",
        'OPENAI_ADMIN_KEY=«sk-admin-|u|80»',
      ],
      negative: [
        'client = OpenAI(api_key="sk-proj-...")',
        'OPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        "const key = 'sk-proj-«|u|12»';",
        'api_key = os.environ["OPENAI_API_KEY"]',
      ],
    },
  }),
  prefixed({
    id: 'openai-legacy-api-key',
    description: 'OpenAI API key (legacy format)',
    family: 'llm',
    envVar: 'OPENAI_API_KEY',
    prefix: 'sk-',
    body: '(?:[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|[A-Za-z0-9]{48})',
    keywords: ['sk-'],
    minEntropy: 3.5,
    examples: {
      positive: ['openai.api_key = "«sk-|a|20|T3BlbkFJ»«|a|20»"', 'OPENAI_API_KEY=«sk-|a|48»'],
      negative: ['openai.api_key = "sk-your-key-here"', 'OPENAI_API_KEY=«sk-|a|30»', 'id = "task-«|a|48»"'],
    },
  }),
  prefixed({
    id: 'anthropic-api-key',
    description: 'Anthropic API key',
    family: 'llm',
    envVar: 'ANTHROPIC_API_KEY',
    prefix: 'sk-ant-api\\d\\d-',
    body: '[A-Za-z0-9_-]{80,100}AA',
    keywords: ['sk-ant-api'],
    examples: {
      positive: ['client = anthropic.Anthropic(api_key="«sk-ant-api03-|u|93|AA»")', 'ANTHROPIC_API_KEY: «sk-ant-api03-|u|93|AA»'],
      negative: ['ANTHROPIC_API_KEY: sk-ant-api03-...', 'key = "sk-ant-api03-«|u|20»"'],
    },
  }),
  prefixed({
    id: 'anthropic-admin-key',
    description: 'Anthropic Admin API key',
    family: 'llm',
    envVar: 'ANTHROPIC_ADMIN_KEY',
    prefix: 'sk-ant-admin\\d\\d-',
    body: '[A-Za-z0-9_-]{80,100}AA',
    keywords: ['sk-ant-admin'],
    examples: {
      positive: ['ANTHROPIC_ADMIN_KEY="«sk-ant-admin01-|u|93|AA»"'],
      negative: ['ANTHROPIC_ADMIN_KEY="sk-ant-admin01-<your-admin-key>"'],
    },
  }),
];
