// The detector catalog: every detector KeyGuard runs, in priority order for equal-length overlaps.

import type { Detector } from '../types';
import { agentToolsDetectors } from './agent-tools';
import { cloudDetectors } from './cloud';
import { developerDetectors } from './developer';
import { genericDetectors } from './generic';
import { llmDetectors } from './llm';
import { messagingPaymentsDetectors } from './messaging-payments';
import { vectorDataDetectors } from './vector-data';

export const catalog: readonly Detector[] = [
  ...llmDetectors,
  ...vectorDataDetectors,
  ...agentToolsDetectors,
  ...cloudDetectors,
  ...developerDetectors,
  ...messagingPaymentsDetectors,
  ...genericDetectors,
];
