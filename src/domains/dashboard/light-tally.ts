/**
 * Pure arithmetic of the dashboard: counting lights, per group and overall, and how many days a
 * task is past its due date. Lights are derived in code (status-light.ts), so their counts cannot
 * come from SQL; everything else on the dashboard does.
 */
import type { Light } from '../progress/status-light.js';

export type LightCounts = Record<Light, number>;

export const noLights = (): LightCounts => ({ done: 0, green: 0, yellow: 0, red: 0 });

export function tallyLights(lights: Iterable<Light>): LightCounts {
  const counts = noLights();
  for (const light of lights) counts[light] += 1;
  return counts;
}

/** Lights counted per group key (a department or leader id; null for tasks without one). */
export function tallyBy<T>(
  items: T[],
  keyOf: (item: T) => number | null,
  lightOf: (item: T) => Light,
): Map<number | null, LightCounts> {
  const groups = new Map<number | null, LightCounts>();
  for (const item of items) {
    const key = keyOf(item);
    const counts = groups.get(key) ?? noLights();
    counts[lightOf(item)] += 1;
    groups.set(key, counts);
  }
  return groups;
}

const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** Whole days from the due date to today; 0 on the due date itself. */
export function daysOverdue(due: string, today: string): number {
  return Math.max(0, Math.round(dayOf(today) - dayOf(due)));
}

/** done / total, rounded to 4 places; 0 for a plan without tasks. */
export function completionRate(done: number, total: number): number {
  return total === 0 ? 0 : Math.round((done / total) * 10_000) / 10_000;
}
