/**
 * Status lights (红黄绿灯), derived and never typed in. One pure rule over a task's dates, its
 * indicators' progress and whether it reported this month, with the clock passed in:
 *   done   — the task is completed;
 *   red    — overdue (past its due date and not done), or far behind pace;
 *   yellow — behind pace, or no progress report this month once the task is under way;
 *   green  — on pace.
 * Pace compares indicator progress (actual / target, 0..1) with the share of the due window that
 * has elapsed. A task without indicators is judged by its dates and reports alone.
 * A milestone (时间节点) past its due and not done makes the task at least yellow, red after
 * 30 days. A recurring obligation (每月25日前) shows the light of its current occurrence instead.
 */
export type Light = 'done' | 'green' | 'yellow' | 'red';

export interface LightThresholds {
  /** Progress this far behind the elapsed share is yellow (0.15 = 15 points). */
  behind: number;
  /** …and this far behind is red. */
  farBehind: number;
}

export const defaultThresholds: LightThresholds = { behind: 0.15, farBehind: 0.35 };

export interface LightInput {
  /** open | done | cancelled */
  status: string;
  /** Inclusive window; start null means the plan year's first day. */
  start: string | null;
  due: string | null;
  planYear: number;
  /** Least progress among the task's indicators (0..1), or null when it has none. */
  progress: number | null;
  reportedThisMonth: boolean;
  /** Today, YYYY-MM-DD. */
  today: string;
  /** Days the longest-overdue unfinished milestone is past its due; 0 or absent when none. */
  milestoneOverdueDays?: number | null;
  /** A recurring obligation: its current occurrence's light (null before the first period). */
  occurrence?: { light: Light | null; missed: number } | null;
}

export interface LightResult {
  light: Light;
  /**
   * Why, as a code the UI translates: done, overdue, far_behind, behind, no_report, on_pace,
   * not_started, ongoing, milestone_overdue; for recurring tasks occurrence_met,
   * occurrence_pending, occurrence_due, occurrence_missed.
   */
  reason: string;
  elapsed: number | null;
  /** Recurring tasks: occurrences of the year past due and unmet. */
  missed?: number;
}

/** Milestones this many days overdue turn the task red. */
export const milestoneRedDays = 30;

const dayMs = 86_400_000;
/** Days since 1970-01-01 of an ISO date. */
export const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / dayMs;

/** Share of the window elapsed by the end of today, 0..1. */
export function elapsedShare(start: string, due: string, today: string): number {
  const from = dayOf(start);
  const length = dayOf(due) - from + 1;
  if (length <= 0) return 1;
  return Math.min(1, Math.max(0, (dayOf(today) - from + 1) / length));
}

export function statusLight(
  input: LightInput,
  thresholds: LightThresholds = defaultThresholds,
): LightResult {
  if (input.status === 'done') return { light: 'done', reason: 'done', elapsed: null };
  const base = input.occurrence ? recurringLight(input.occurrence) : paceLight(input, thresholds);
  return withMilestones(base, input.milestoneOverdueDays ?? 0);
}

function paceLight(input: LightInput, thresholds: LightThresholds): LightResult {
  const start = input.start ?? `${input.planYear}-01-01`;
  if (input.today < start) return { light: 'green', reason: 'not_started', elapsed: 0 };
  if (input.due !== null && input.today > input.due)
    return { light: 'red', reason: 'overdue', elapsed: 1 };
  const elapsed = input.due === null ? null : elapsedShare(start, input.due, input.today);
  if (elapsed !== null && input.progress !== null) {
    const gap = elapsed - Math.min(1, input.progress);
    if (gap >= thresholds.farBehind) return { light: 'red', reason: 'far_behind', elapsed };
    if (gap >= thresholds.behind) return { light: 'yellow', reason: 'behind', elapsed };
  }
  if (!input.reportedThisMonth) return { light: 'yellow', reason: 'no_report', elapsed };
  return { light: 'green', reason: elapsed === null ? 'ongoing' : 'on_pace', elapsed };
}

const occurrenceReasons: Record<Light, [Light, string]> = {
  done: ['green', 'occurrence_met'],
  green: ['green', 'occurrence_pending'],
  yellow: ['yellow', 'occurrence_due'],
  red: ['red', 'occurrence_missed'],
};

function recurringLight(o: { light: Light | null; missed: number }): LightResult {
  if (o.light === null)
    return { light: 'green', reason: 'not_started', elapsed: null, missed: o.missed };
  const [light, reason] = occurrenceReasons[o.light];
  return { light, reason, elapsed: null, missed: o.missed };
}

/** An overdue milestone is at least yellow and, past 30 days, red; an overdue task stays so. */
function withMilestones(base: LightResult, overdueDays: number): LightResult {
  if (overdueDays <= 0 || base.reason === 'overdue') return base;
  if (overdueDays > milestoneRedDays) return { ...base, light: 'red', reason: 'milestone_overdue' };
  if (base.light === 'red') return base;
  return { ...base, light: 'yellow', reason: 'milestone_overdue' };
}

export { indicatorProgress } from '../../platform/db/totals/progress-rule.js';
