/**
 * The status-light thresholds in force. Set once at start-up from configuration (LIGHT_BEHIND,
 * LIGHT_FAR_BEHIND); every light computed in this process uses them.
 */
import { defaultThresholds, type LightThresholds } from './status-light.js';

let current: LightThresholds = defaultThresholds;

export function setLightThresholds(thresholds: LightThresholds): void {
  if (!(
    thresholds.behind > 0 &&
    thresholds.farBehind > thresholds.behind &&
    thresholds.farBehind <= 1
  )) {
    throw new Error('light thresholds must satisfy 0 < behind < farBehind <= 1');
  }
  current = thresholds;
}

export function lightThresholds(): LightThresholds {
  return current;
}
