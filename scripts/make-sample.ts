// `npm run demo`: writes a small LLM-app project with synthetic (random, inert) keys into sample-project/,
// so the CLI has something to find without any key-shaped literal living in the repository.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandExample } from '../shared/testing/synthetic';

const root = process.argv[2] ?? 'sample-project';

const files: Record<string, string> = {
  'app/chat.py': [
    '"""Answers questions over our docs with retrieval."""',
    'from openai import OpenAI',
    'from pinecone import Pinecone',
    '',
    'client = OpenAI(api_key="«sk-proj-|u|156»")',
    'pc = Pinecone(api_key="«pcsk_|a|6|_»«|a|60»")',
    'SERPAPI_API_KEY = "«|h|64»"',
    '',
    'def answer(question: str) -> str:',
    '    return client.responses.create(model="gpt-5", input=question).output_text',
    '',
  ].join('\n'),
  'web/src/llm.ts': [
    "import Anthropic from '@anthropic-ai/sdk';",
    '',
    "export const anthropic = new Anthropic({ apiKey: '«sk-ant-api03-|u|93|AA»' });",
    "export const databaseUrl = 'postgres://app:«|a|24»@db.internal:5432/app';",
    '// Placeholders and environment lookups are not reported:',
    "export const openaiKey = process.env.OPENAI_API_KEY ?? 'sk-...';",
    '',
  ].join('\n'),
  'deploy/.env': ['AWS_ACCESS_KEY_ID=«AKIA|B|16»', 'AWS_SECRET_ACCESS_KEY=«|b|40»', 'HF_TOKEN=«hf_|L|17»«|z|17»', ''].join('\n'),
  '.env.example': ['OPENAI_API_KEY=', 'PINECONE_API_KEY=<your key>', ''].join('\n'),
};

let seed = 2026;
for (const [relative, template] of Object.entries(files)) {
  const path = join(root, relative);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, expandExample(template, seed++).text);
}
console.log(`Sample project with synthetic keys written to ${root}/`);
