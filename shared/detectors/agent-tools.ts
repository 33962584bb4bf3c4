// agent-tools detectors.

import type { Detector } from '../types';

export const agentToolsDetectors: readonly Detector[] = [];
