/**
 * What the status light needs from recurring obligations, for a set of tasks at once: the
 * current occurrence of each recurring task with the count missed. (Milestone counts are stored
 * facts: db/totals/.)
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

function groupByTask<T extends { task_id: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.task_id);
    if (group) group.push(row);
    else groups.set(row.task_id, [row]);
  }
  return groups;
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
