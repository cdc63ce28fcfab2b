/**
 * How an imported target is measured from the ledger until someone edits it: people, households
 * and organisations are counted once each; events are counted; money, days and the rest are summed.
 */
import type { Target } from './draft.js';

export type Aggregation = 'sum' | 'count' | 'distinct_subjects' | 'per_person';

const countedOnce = new Set(['名', '人', '户', '家', '位', '所', '个']);
const events = new Set(['次', '场', '期', '批', '篇', '条']);

export function aggregationFor(target: Target): Aggregation {
  if (target.perPerson) return 'per_person';
  if (countedOnce.has(target.unit)) return 'distinct_subjects';
  if (events.has(target.unit)) return 'count';
  return 'sum';
}
