// Developer services: source hosting, registries, CI, observability.

import type { Detector } from '../types';
import { prefixed } from './builders';
import { hasValidCrc32Suffix } from './checksums';

export const developerDetectors: readonly Detector[] = [
  prefixed({
    id: 'github-token',
    description: 'GitHub token',
    family: 'developer',
    envVar: 'GITHUB_TOKEN',
    // Personal (ghp), OAuth (gho), user-to-server (ghu), server-to-server (ghs) and refresh (ghr) tokens.
    prefix: 'gh[pousr]_',
    body: '[A-Za-z0-9]{36}',
    keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
    validate: (value) => hasValidCrc32Suffix(value, 4),
    examples: {
      positive: ['GITHUB_TOKEN=«=crc32:ghp_»', 'token = "«=crc32:gho_»"', 'auth: «=crc32:ghs_»'],
      // A right-shaped token whose checksum does not add up is a made-up string, not a token.
      negative: ['GITHUB_TOKEN=«ghp_|a|36»', 'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
  }),
  prefixed({
    id: 'github-fine-grained-token',
    description: 'GitHub fine-grained personal access token',
    family: 'developer',
    envVar: 'GITHUB_TOKEN',
    prefix: 'github_pat_',
    body: '[A-Za-z0-9]{22}_[A-Za-z0-9]{59}',
    keywords: ['github_pat_'],
    examples: {
      positive: ['GH_TOKEN="«github_pat_|a|22|_»«|a|59»"'],
      negative: ['GH_TOKEN="github_pat_<your token>"', 'GH_TOKEN="«github_pat_|a|22|_»«|a|20»"'],
    },
  }),
];
