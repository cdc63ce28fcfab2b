/**
 * Which status lights a leader's inbox (待办) calls out: tasks now red or yellow whose light is not
 * the one the leader saw when they last marked the inbox seen. Turning green or done is good news
 * and needs no action, so it is not listed. Pure: lights in, changes out.
 */
import { z } from 'zod';
import type { Light } from '../progress/status-light.js';

export interface CurrentLight {
  taskId: number;
  light: Light;
  reason: string;
}

export interface LightChange extends CurrentLight {
  /** The light seen last time, or null if the task was not in the inbox then (or never looked). */
  from: Light | null;
}

const stored = z.record(z.string(), z.enum(['done', 'green', 'yellow', 'red']));

/** The lights saved by the last "seen"; unreadable text counts as never having looked. */
export function parseSeenLights(text: string | null): Map<number, Light> {
  if (text === null) return new Map();
  try {
    const parsed = stored.safeParse(JSON.parse(text));
    if (!parsed.success) return new Map();
    return new Map(Object.entries(parsed.data).map(([id, light]) => [Number(id), light]));
  } catch {
    return new Map();
  }
}

export function serializeLights(current: CurrentLight[]): string {
  return JSON.stringify(Object.fromEntries(current.map((c) => [String(c.taskId), c.light])));
}

export function changedLights(seen: Map<number, Light>, current: CurrentLight[]): LightChange[] {
  return current
    .filter((c) => (c.light === 'red' || c.light === 'yellow') && seen.get(c.taskId) !== c.light)
    .map((c) => ({ ...c, from: seen.get(c.taskId) ?? null }));
}

/*
 * What an owner and an office must do, for the inbox of every role. Pure: dates in (China
 * calendar days, YYYY-MM-DD; months YYYY-MM), answers out.
 */

/** Deadlines and milestones this many days ahead (today included) are "due soon". */
export const dueSoonDays = 14;

const dayMs = 86_400_000;

/** The day `days` after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/** The month before the one `today` falls in (January → the previous December). */
export function previousMonth(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** The last day of a month (YYYY-MM). */
export function monthEnd(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
}

export interface ReportingTask {
  /** open | done | cancelled */
  status: string;
  planYear: number;
  /** null: from the first day of the plan's year. */
  start: string | null;
}

/**
 * A task owes a progress report for the month: it is open, the month lies in its plan's year and
 * the task had started by the month's end.
 */
export function owesReport(task: ReportingTask, month: string): boolean {
  return (
    task.status === 'open' &&
    Number(month.slice(0, 4)) === task.planYear &&
    (task.start ?? `${task.planYear}-01-01`) <= monthEnd(month)
  );
}

/**
 * The month whose report an owner should write now: today's month, while today lies inside the
 * plan's year and the task has started by today; null once reported (a returned report counts as
 * none) or when nothing is owed.
 */
export function reportDue(task: ReportingTask, today: string, reported: boolean): string | null {
  const month = today.slice(0, 7);
  if (reported || !owesReport(task, month)) return null;
  return (task.start ?? `${task.planYear}-01-01`) <= today ? month : null;
}

/** A due date from today to `days` days ahead: not past, not yet far. */
export function isDueSoon(due: string | null, today: string, days = dueSoonDays): boolean {
  return due !== null && due >= today && due <= addDays(today, days);
}

/**
 * The ended months of the plans' years, up to today's, that are not closed (月结), oldest first:
 * a year with no plan owes no month close, and a past year's plan owes all twelve.
 */
export function monthsToClose(
  today: string,
  closed: ReadonlySet<string>,
  planYears: Iterable<number>,
): string[] {
  const thisYear = Number(today.slice(0, 4));
  const years = [...new Set(planYears)].filter((y) => y <= thisYear).sort((a, b) => a - b);
  const months: string[] = [];
  for (const year of years) {
    const last = year < thisYear ? 12 : Number(today.slice(5, 7)) - 1;
    for (let m = 1; m <= last; m++) {
      const month = `${year}-${String(m).padStart(2, '0')}`;
      if (!closed.has(month)) months.push(month);
    }
  }
  return months;
}
