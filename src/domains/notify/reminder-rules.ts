/**
 * Who must be reminded of what today: the pure rule behind the reminder job, with the clock
 * passed in as a China calendar date. For each open task of a published plan:
 *   due_soon       — N days before the due date (settings.dueSoonDays), to the owner;
 *   report_missing — in the last days of the month, no progress report for the month yet;
 *   overdue        — 1+ days past due, to the owner, repeated every few days;
 *   escalated      — 7+ days past due also to the department head, 14+ also to the leader.
 * Every reminder has a stable key (kind, task, date bucket): the date the reminder fell due. Running
 * the job again the same day, or the next day within the same bucket, yields the same key.
 */
import { reminderSettings, type ReminderSettings } from './notify-settings.js';

export const reminderKinds = ['due_soon', 'report_missing', 'overdue', 'escalated'] as const;
export type ReminderKind = (typeof reminderKinds)[number];

/** Whom a reminder is for, resolved to accounts by recipientsOf. */
export type Audience = 'owner' | 'department_head' | 'leader';

export interface ReminderTask {
  id: number;
  /** open | done | cancelled */
  status: string;
  /** draft | published | closed */
  planState: string;
  planYear: number;
  /** null: from the first day of the plan year. */
  start: string | null;
  due: string | null;
  /** A progress report (not returned) exists for today's month. */
  reportedThisMonth: boolean;
}

export interface Reminder {
  kind: ReminderKind;
  taskId: number;
  key: string;
  /** The day (YYYY-MM-DD) or month (YYYY-MM) the reminder belongs to. */
  bucket: string;
  audiences: Audience[];
  /** Days left (due_soon) or days overdue (overdue, escalated); null for report_missing. */
  days: number | null;
}

const dayMs = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / dayMs;
export const addDays = (iso: string, days: number) =>
  new Date((dayOf(iso) + days) * dayMs).toISOString().slice(0, 10);
/** Whole days from a to b (positive when b is later). */
export const daysBetween = (a: string, b: string) => Math.round(dayOf(b) - dayOf(a));

function lastDayOfMonth(today: string): number {
  return new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)), 0)).getUTCDate();
}

const reminder = (
  kind: ReminderKind,
  taskId: number,
  bucket: string,
  audiences: Audience[],
  days: number | null,
): Reminder => ({ kind, taskId, key: `${kind}:${taskId}:${bucket}`, bucket, audiences, days });

function dueSoon(task: ReminderTask, due: string, today: string, s: ReminderSettings) {
  const left = daysBetween(today, due);
  if (left < 0) return null;
  // The nearest threshold not yet passed: 7 covers days 7..2, 1 covers days 1..0.
  const window = [...s.dueSoonDays].sort((a, b) => a - b).find((d) => left <= d);
  if (window === undefined) return null;
  return reminder('due_soon', task.id, addDays(due, -window), ['owner'], left);
}

function overdue(task: ReminderTask, due: string, today: string, s: ReminderSettings) {
  const late = daysBetween(due, today);
  if (late < 1) return null;
  const repeat = Math.floor(late / s.overdueRepeatDays) * s.overdueRepeatDays;
  // The bucket starts at the latest step reached: day 1, an escalation, or a weekly repeat.
  const step = Math.max(
    ...[1, s.escalateToHeadDays, s.escalateToLeaderDays, repeat].filter((d) => d <= late),
  );
  const audiences: Audience[] = ['owner'];
  if (late >= s.escalateToHeadDays) audiences.push('department_head');
  if (late >= s.escalateToLeaderDays) audiences.push('leader');
  const kind = audiences.length > 1 ? 'escalated' : 'overdue';
  return reminder(kind, task.id, addDays(due, step), audiences, late);
}

function reportMissing(task: ReminderTask, today: string, s: ReminderSettings) {
  if (Number(today.slice(8, 10)) <= lastDayOfMonth(today) - s.monthEndDays) return null;
  if ((task.start ?? `${task.planYear}-01-01`) > today || task.reportedThisMonth) return null;
  return reminder('report_missing', task.id, today.slice(0, 7), ['owner'], null);
}

export function computeReminders(
  tasks: readonly ReminderTask[],
  today: string,
  settings: ReminderSettings = reminderSettings,
): Reminder[] {
  const out: Reminder[] = [];
  for (const task of tasks) {
    if (task.status !== 'open' || task.planState !== 'published') continue;
    const found = [
      task.due === null ? null : dueSoon(task, task.due, today, settings),
      task.due === null ? null : overdue(task, task.due, today, settings),
      reportMissing(task, today, settings),
    ];
    for (const r of found) if (r) out.push(r);
  }
  return out;
}
