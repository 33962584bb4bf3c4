// messaging-payments detectors.

import type { Detector } from '../types';

export const messagingPaymentsDetectors: readonly Detector[] = [];
