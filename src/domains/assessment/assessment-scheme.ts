/**
 * The scoring scheme (考核方案) of a plan's year-end assessment: a base weight per task, points
 * deducted per overdue task and per missing monthly report, and named bonuses (加分) for a unit or
 * department. An administrator of the plan's unit edits it; a plan without a stored scheme uses
 * the default: equal weights over the plan's tasks summing to 100, 2 points per overdue task,
 * 1 point per missing report, no bonuses. Pure: no I/O.
 */
import { z } from 'zod';
import { limits } from '../../platform/limits.js';
import { positiveInt } from '../../platform/positive-int.js';

/** Points are given to the hundredth (0.5 分, 33.33 分). */
const points = z
  .number()
  .min(0)
  .max(100)
  .refine(
    (n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6,
    '最多两位小数 / at most 2 decimals',
  );

export const bonusRule = z.object({
  /** What the bonus is for, e.g. 省级表彰. */
  name: z.string().trim().min(1).max(limits.nameLength),
  unitId: positiveInt,
  points: points.refine((n) => n > 0, '加分须大于 0 / must be more than 0'),
  reason: z.string().trim().min(1).max(limits.titleLength),
});
export type BonusRule = z.infer<typeof bonusRule>;

export const schemeRules = z.object({
  /** Tasks not listed weigh 0; the listed weights sum to 100. */
  weights: z.array(z.object({ taskId: positiveInt, weight: points })).max(10_000),
  /** 逾期扣分: per task finished after its due date or still open past it. */
  overdueDeduction: points,
  /** 缺报扣分: per month a task under way has no progress report. */
  missingReportDeduction: points,
  bonuses: z.array(bonusRule).max(500),
});
export type SchemeRules = z.infer<typeof schemeRules>;

/** The total the weights must reach. */
export const WEIGHT_TOTAL = 100;

export const round2 = (n: number): number => Math.round((n + Number.EPSILON) * 100) / 100;

/**
 * Equal weights summing to exactly 100: each task gets 100/n rounded down to the hundredth and
 * the remaining hundredths go one each to the first tasks (3 tasks → 33.34, 33.33, 33.33).
 */
export function equalWeights(taskIds: number[]): SchemeRules['weights'] {
  const n = taskIds.length;
  if (n === 0) return [];
  const cents = WEIGHT_TOTAL * 100;
  const each = Math.floor(cents / n);
  const extra = cents - each * n;
  return taskIds.map((taskId, i) => ({ taskId, weight: (each + (i < extra ? 1 : 0)) / 100 }));
}

export function defaultRules(taskIds: number[]): SchemeRules {
  return {
    weights: equalWeights(taskIds),
    overdueDeduction: 2,
    missingReportDeduction: 1,
    bonuses: [],
  };
}

/** Stored JSON back to rules; anything unreadable falls back to the default. */
export function parseRules(json: string, taskIds: number[]): SchemeRules {
  const parsed = schemeRules.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : defaultRules(taskIds);
}
