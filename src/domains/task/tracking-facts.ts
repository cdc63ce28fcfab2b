/**
 * What the status light needs from milestones and recurring obligations, for a set of tasks at
 * once: the share of milestones done and how late the oldest open one is, and the current
 * occurrence of each recurring task with the count missed.
 */
import type { Kysely } from 'kysely';
import { calendarDate } from '../../platform/clock.js';
import type { Database } from '../../platform/db/schema.js';
import { parseInstant } from '../../platform/skipped-rows.js';
import {
  currentOccurrence,
  lightOccurrences,
  occurrencesOf,
  recurrenceOf,
  type LitOccurrence,
  type Recurrence,
  type ReportFact,
} from './occurrences.js';

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

function groupByTask<T extends { task_id: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.task_id);
    if (group) group.push(row);
    else groups.set(row.task_id, [row]);
  }
  return groups;
}

export interface MilestoneFacts {
  /** Share of milestones done, 0..1. */
  share: number;
  /** Days the oldest unfinished milestone is past its due; 0 when none is. */
  overdueDays: number;
}

export async function milestoneFacts(options: {
  db: Kysely<Database>;
  taskIds: number[];
  today: string;
}): Promise<Map<number, MilestoneFacts>> {
  const facts = new Map<number, MilestoneFacts>();
  if (options.taskIds.length === 0) return facts;
  const rows = await options.db
    .selectFrom('milestones')
    .select(['task_id', 'due_date', 'done_at'])
    .where('task_id', 'in', options.taskIds)
    .execute();
  const byTask = groupByTask(rows);
  for (const [taskId, list] of byTask) {
    const late = list
      .filter((m) => m.done_at === null && m.due_date < options.today)
      .map((m) => dayNumber(options.today) - dayNumber(m.due_date));
    facts.set(taskId, {
      share: list.filter((m) => m.done_at !== null).length / list.length,
      overdueDays: late.length === 0 ? 0 : Math.max(...late),
    });
  }
  return facts;
}

export interface TaskOccurrences {
  recurrence: Recurrence;
  items: LitOccurrence[];
  current: LitOccurrence | null;
  missed: number;
}

/** Occurrences of the recurring tasks among the given ones; other tasks are left out. */
export async function recurringFacts(options: {
  db: Kysely<Database>;
  tasks: { id: number; planYear: number }[];
  today: string;
}): Promise<Map<number, TaskOccurrences>> {
  const { db, today } = options;
  const facts = new Map<number, TaskOccurrences>();
  if (options.tasks.length === 0) return facts;
  const years = new Map(options.tasks.map((t) => [t.id, t.planYear]));
  const recurring = await db
    .selectFrom('tasks')
    .select(['id', 'recurring', 'deadline_text'])
    .where('id', 'in', [...years.keys()])
    .where('recurring', 'is not', null)
    .execute();
  if (recurring.length === 0) return facts;
  const reports = await db
    .selectFrom('progress_reports')
    .select(['task_id', 'month', 'state', 'submitted_at'])
    .where(
      'task_id',
      'in',
      recurring.map((t) => t.id),
    )
    .where('state', 'in', ['submitted', 'accepted'])
    .execute();
  const byTask = groupByTask(reports);
  for (const task of recurring) {
    const year = years.get(task.id) ?? Number(today.slice(0, 4));
    const recurrence = recurrenceOf(task, year);
    if (!recurrence) continue;
    // A report whose submission time names no instant cannot show it was on time: passed over.
    const submitted: ReportFact[] = (byTask.get(task.id) ?? []).flatMap((r) => {
      const at = parseInstant(r.submitted_at);
      return at === null ? [] : [{ month: r.month, state: r.state, submittedOn: calendarDate(at) }];
    });
    const items = lightOccurrences(occurrencesOf(recurrence, year), submitted, today);
    facts.set(task.id, { recurrence, items, ...currentOccurrence(items, today) });
  }
  return facts;
}
