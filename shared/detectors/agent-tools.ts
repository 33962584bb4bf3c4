// Tools that agents call: web search, scraping and crawling, headless browsers, code sandboxes.

import type { Detector } from '../types';
import { prefixed } from './builders';
import { bodyAfter, mixesClasses, named } from './llm-shapes';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const HEX32 = '[a-f0-9]{32}';
const HEX40 = '[a-f0-9]{40}';
const hasCaseAndDigits = mixesClasses(2);
const UUID_EXAMPLE = '«|h|8|-»«|h|4|-»«|h|4|-»«|h|4|-»«|h|12»';

export const agentToolsDetectors: readonly Detector[] = [
  named({
    id: 'serpapi-api-key',
    description: 'SerpApi API key',
    family: 'agent-tools',
    envVar: 'SERPAPI_API_KEY',
    names: ['serpapi', 'serp_api'],
    value: '[a-f0-9]{64}',
    minEntropy: 3.0,
    examples: {
      positive: ['SERPAPI_API_KEY=«|h|64»', 'search = SerpAPIWrapper(serpapi_api_key="«|h|64»")', '{"serpapi": {"api_key": "x"}, "serpapiKey": "«|h|64»"}'],
      negative: ['SERPAPI_API_KEY=', 'sha256 = "«|h|64»"', 'SERPAPI_API_KEY=«|h|32»', 'params = {"api_key": os.environ["SERPAPI_API_KEY"]}'],
    },
  }),
  prefixed({
    id: 'tavily-api-key',
    description: 'Tavily API key',
    family: 'agent-tools',
    envVar: 'TAVILY_API_KEY',
    // `tvly-` + 32, or the newer `tvly-dev-` / `tvly-prod-` forms with a longer body.
    prefix: 'tvly-',
    body: '[A-Za-z0-9_-]{24,80}',
    keywords: ['tvly-'],
    minEntropy: 3.5,
    validate: (value) => hasCaseAndDigits(bodyAfter('tvly-', value)),
    examples: {
      positive: ['TAVILY_API_KEY=«tvly-|a|32»', 'client = TavilyClient(api_key="«tvly-dev-|a|32»")', 'tavily_api_key = os.getenv("TAVILY_API_KEY", "«tvly-prod-|a|6|-»«|a|32»")'],
      negative: ['TAVILY_API_KEY=tvly-xxxxx', 'TAVILY_API_KEY="tvly-your-api-key"', 'os.environ["TAVILY_API_KEY"] = "tvly-test-key-12345"', 'placeholder: "tvly-..."'],
    },
  }),
  named({
    id: 'exa-api-key',
    description: 'Exa API key',
    family: 'agent-tools',
    envVar: 'EXA_API_KEY',
    names: ['exa', 'exa_api_key', 'exaapikey'],
    wholeWord: true,
    value: `${UUID}|${HEX32}`,
    examples: {
      positive: [`EXA_API_KEY=${UUID_EXAMPLE}`, `export const EXA_API_KEY: string = \`${UUID_EXAMPLE}\`;`, `exa = Exa(api_key="${UUID_EXAMPLE}")`, `const exa = new Exa("${UUID_EXAMPLE}");`],
      negative: ['EXA_API_KEY=', `example_id = "${UUID_EXAMPLE}"`, `hexa_id = "${UUID_EXAMPLE}"`, 'exa = Exa(api_key=os.environ["EXA_API_KEY"])'],
    },
  }),
  named({
    id: 'brave-search-api-key',
    description: 'Brave Search API key',
    family: 'agent-tools',
    envVar: 'BRAVE_SEARCH_API_KEY',
    names: ['brave'],
    value: 'BSA[A-Za-z0-9_-]{20,40}',
    minEntropy: 3.5,
    validate: (value) => hasCaseAndDigits(bodyAfter('BSA', value)),
    examples: {
      positive: ['BRAVE_SEARCH_API_KEY=«BSA|a|28»', 'headers = {"X-Subscription-Token": BRAVE_API_KEY}\nBRAVE_API_KEY = "«BSA|a|28»"', '"env": {"BRAVE_API_KEY": "«BSA|a|28»"}'],
      negative: ['BRAVE_API_KEY=', 'BRAVE_API_KEY=BSA...', 'token = "«BSA|a|28»"'],
    },
  }),
  named({
    id: 'bing-search-api-key',
    description: 'Bing Search API key',
    family: 'agent-tools',
    envVar: 'BING_SEARCH_API_KEY',
    names: ['bing'],
    wholeWord: true,
    value: HEX32,
    minEntropy: 3.0,
    examples: {
      positive: ['BING_SEARCH_V7_SUBSCRIPTION_KEY=«|h|32»', 'search = BingSearchAPIWrapper(bing_subscription_key="«|h|32»")', '{"BING_API_KEY": "«|h|32»"}'],
      negative: ['BING_SEARCH_API_KEY=', 'combing_hash = "«|h|32»"', 'BING_SEARCH_URL=https://api.bing.microsoft.com/v7.0/search'],
    },
  }),
  named({
    id: 'wolfram-alpha-app-id',
    description: 'Wolfram|Alpha AppID',
    family: 'agent-tools',
    envVar: 'WOLFRAM_ALPHA_APPID',
    names: ['wolfram'],
    value: '[A-Z0-9]{6}-[A-Z0-9]{10}',
    validate: hasCaseAndDigits,
    examples: {
      positive: ['WOLFRAM_ALPHA_APPID=«|A|6|-»«|A|10»', 'client = wolframalpha.Client("«|A|6|-»«|A|10»")', 'wolfram = WolframAlphaAPIWrapper(wolfram_alpha_appid="«|A|6|-»«|A|10»")'],
      negative: ['WOLFRAM_ALPHA_APPID=', 'WOLFRAM_ALPHA_APPID=XXXXXX-XXXXXXXXXX', 'order_ref = "«|A|6|-»«|A|10»"'],
    },
  }),
  prefixed({
    id: 'firecrawl-api-key',
    description: 'Firecrawl API key',
    family: 'agent-tools',
    envVar: 'FIRECRAWL_API_KEY',
    prefix: 'fc-',
    body: HEX32,
    keywords: ['fc-'],
    minEntropy: 3.0,
    examples: {
      positive: ['FIRECRAWL_API_KEY=«fc-|h|32»', 'app = FirecrawlApp(api_key="«fc-|h|32»")', "const app = new FirecrawlApp({ apiKey: '«fc-|h|32»' });"],
      negative: ['FIRECRAWL_API_KEY=fc-...', 'FIRECRAWL_API_KEY=fc-your-api-key-here', 'FIRECRAWL_API_KEY=fc-«|h|20»'],
    },
  }),
  named({
    id: 'browserless-api-token',
    description: 'Browserless API token',
    family: 'agent-tools',
    envVar: 'BROWSERLESS_API_KEY',
    names: ['browserless'],
    value: '[A-Za-z0-9_-]{24,64}',
    minEntropy: 3.5,
    validate: hasCaseAndDigits,
    examples: {
      positive: ['BROWSERLESS_API_KEY=«|a|48»', 'BROWSERLESS_TOKEN: "«|a|32»"'],
      negative: ['BROWSERLESS_API_KEY=', 'BROWSERLESS_URL=wss://production-sfo.browserless.io', 'session_id = "«|a|48»"'],
    },
  }),
  {
    id: 'browserless-url-token',
    description: 'Browserless API token in a connection URL',
    family: 'agent-tools',
    envVar: 'BROWSERLESS_API_KEY',
    keywords: ['browserless.io'],
    byContext: true,
    // `wss://production-sfo.browserless.io?token=…` or `…browserless.io/chromium/playwright?token=…`.
    pattern: /browserless\.io[A-Za-z0-9/._-]{0,60}\?token=(?<secret>[A-Za-z0-9_-]{24,64})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    validate: hasCaseAndDigits,
    examples: {
      positive: [
        'browser = await chromium.connect_over_cdp("wss://production-sfo.browserless.io?token=«|a|48»")',
        "const browser = await puppeteer.connect({ browserWSEndpoint: 'wss://chrome.browserless.io/chromium?token=«|a|32»' });",
      ],
      negative: [
        'endpoint = f"wss://production-sfo.browserless.io?token={BROWSERLESS_API_KEY}"',
        "browserWSEndpoint: `wss://chrome.browserless.io?token=${process.env.BROWSERLESS_TOKEN}`",
      ],
    },
  },
  named({
    id: 'serper-api-key',
    description: 'Serper (Google Search API) key',
    family: 'agent-tools',
    envVar: 'SERPER_API_KEY',
    names: ['serper'],
    value: HEX40,
    minEntropy: 3.0,
    examples: {
      positive: ['SERPER_API_KEY=«|h|40»', 'search = GoogleSerperAPIWrapper(serper_api_key="«|h|40»")'],
      negative: ['SERPER_API_KEY=', 'commit_sha = "«|h|40»"', 'SERPER_API_KEY=«|h|32»'],
    },
  }),
  named({
    id: 'scrapingbee-api-key',
    description: 'ScrapingBee API key',
    family: 'agent-tools',
    envVar: 'SCRAPINGBEE_API_KEY',
    names: ['scrapingbee'],
    value: '[A-Z0-9]{80}',
    minEntropy: 4.0,
    validate: hasCaseAndDigits,
    examples: {
      positive: ['SCRAPINGBEE_API_KEY=«|A|80»', 'client = ScrapingBeeClient(api_key="«|A|80»")'],
      negative: ['SCRAPINGBEE_API_KEY=', 'checksum = "«|A|80»"', 'SCRAPINGBEE_API_KEY=«|A|40»'],
    },
  }),
  named({
    id: 'scraperapi-api-key',
    description: 'ScraperAPI key',
    family: 'agent-tools',
    envVar: 'SCRAPERAPI_KEY',
    names: ['scraperapi', 'scraper_api'],
    value: HEX32,
    minEntropy: 3.0,
    examples: {
      positive: ['SCRAPERAPI_KEY=«|h|32»', 'client = ScraperAPIClient("«|h|32»")'],
      negative: ['SCRAPERAPI_KEY=', 'etag = "«|h|32»"'],
    },
  }),
  named({
    id: 'zenrows-api-key',
    description: 'ZenRows API key',
    family: 'agent-tools',
    envVar: 'ZENROWS_API_KEY',
    names: ['zenrows'],
    value: HEX40,
    minEntropy: 3.0,
    examples: {
      positive: ['ZENROWS_API_KEY=«|h|40»', 'client = ZenRowsClient("«|h|40»")'],
      negative: ['ZENROWS_API_KEY=', 'commit = "«|h|40»"'],
    },
  }),
  named({
    id: 'diffbot-token',
    description: 'Diffbot token',
    family: 'agent-tools',
    envVar: 'DIFFBOT_TOKEN',
    names: ['diffbot'],
    value: HEX32,
    minEntropy: 3.0,
    examples: {
      positive: ['DIFFBOT_TOKEN=«|h|32»', 'diffbot = DiffbotGraphTransformer(diffbot_api_key="«|h|32»")'],
      negative: ['DIFFBOT_TOKEN=', 'md5 = "«|h|32»"'],
    },
  }),
  named({
    id: 'agentops-api-key',
    description: 'AgentOps API key',
    family: 'agent-tools',
    envVar: 'AGENTOPS_API_KEY',
    names: ['agentops'],
    value: UUID,
    examples: {
      positive: [`AGENTOPS_API_KEY=${UUID_EXAMPLE}`, `agentops.init(api_key="${UUID_EXAMPLE}")`],
      negative: ['AGENTOPS_API_KEY=', `trace_id = "${UUID_EXAMPLE}"`, 'agentops.init(api_key=os.environ["AGENTOPS_API_KEY"])'],
    },
  }),
  prefixed({
    id: 'apify-api-token',
    description: 'Apify API token',
    family: 'agent-tools',
    envVar: 'APIFY_API_TOKEN',
    prefix: 'apify_api_',
    body: '[A-Za-z0-9]{36}',
    keywords: ['apify_api_'],
    minEntropy: 4.0,
    validate: (value) => hasCaseAndDigits(bodyAfter('apify_api_', value)),
    examples: {
      positive: ['APIFY_API_TOKEN=«apify_api_|a|36»', 'client = ApifyClient("«apify_api_|a|36»")'],
      negative: ['APIFY_API_TOKEN=apify_api_...', 'APIFY_API_TOKEN=apify_api_xxxxxxxxxxxxxxxxxxxxxxxx', 'APIFY_API_TOKEN=apify_api_SECRET123456'],
    },
  }),
  prefixed({
    id: 'e2b-api-key',
    description: 'E2B API key',
    family: 'agent-tools',
    envVar: 'E2B_API_KEY',
    prefix: 'e2b_',
    body: HEX40,
    keywords: ['e2b_'],
    minEntropy: 3.0,
    examples: {
      positive: ['E2B_API_KEY=«e2b_|h|40»', 'sandbox = Sandbox(api_key="«e2b_|h|40»")'],
      negative: ['E2B_API_KEY=e2b_...', 'from e2b_code_interpreter import Sandbox', 'E2B_API_KEY=e2b_your_key_here'],
    },
  }),
  prefixed({
    id: 'browserbase-api-key',
    description: 'Browserbase API key',
    family: 'agent-tools',
    envVar: 'BROWSERBASE_API_KEY',
    prefix: 'bb_live_',
    body: '[A-Za-z0-9_-]{20,40}',
    keywords: ['bb_live_'],
    minEntropy: 3.5,
    validate: (value) => hasCaseAndDigits(bodyAfter('bb_live_', value)),
    examples: {
      positive: ['BROWSERBASE_API_KEY=«bb_live_|u|27»', 'bb = Browserbase(api_key="«bb_live_|a|27»")'],
      negative: ['BROWSERBASE_API_KEY=bb_live_...', 'BROWSERBASE_API_KEY=bb_live_your-api-key-here', 'BROWSERBASE_API_KEY=bb_live_xxxx'],
    },
  }),
  prefixed({
    id: 'scrapegraph-api-key',
    description: 'ScrapeGraphAI API key',
    family: 'agent-tools',
    envVar: 'SGAI_API_KEY',
    prefix: 'sgai-',
    body: UUID,
    keywords: ['sgai-'],
    examples: {
      positive: [`SGAI_API_KEY=«sgai-|h|8|-»«|h|4|-»«|h|4|-»«|h|4|-»«|h|12»`, `client = Client(api_key="«sgai-|h|8|-»«|h|4|-»«|h|4|-»«|h|4|-»«|h|12»")`],
      negative: ['SGAI_API_KEY=sgai-...', 'SGAI_API_KEY=sgai-your-api-key'],
    },
  }),
  named({
    id: 'linkup-api-key',
    description: 'Linkup API key',
    family: 'agent-tools',
    envVar: 'LINKUP_API_KEY',
    names: ['linkup'],
    value: UUID,
    examples: {
      positive: [`LINKUP_API_KEY=${UUID_EXAMPLE}`, `client = LinkupClient(api_key="${UUID_EXAMPLE}")`],
      negative: ['LINKUP_API_KEY=', `search_id = "${UUID_EXAMPLE}"`, 'client = LinkupClient(api_key=os.getenv("LINKUP_API_KEY"))'],
    },
  }),
];
