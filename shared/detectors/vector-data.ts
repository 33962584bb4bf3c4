// vector-data detectors.

import type { Detector } from '../types';

export const vectorDataDetectors: readonly Detector[] = [];
