/**
 * Status lights for a set of tasks, from their stored tracking facts (db/totals/): least indicator
 * progress and milestone counts, whether each has a progress report for the month, and for a
 * recurring obligation its current occurrence; then the pure rule. A task with evidence dated after
 * the day asked for counts its indicators from the ledger as of that day.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { indicatorActuals } from './indicator-actuals.js';
import { recurringFacts } from '../task/tracking-facts.js';
import { lightThresholds } from './light-settings.js';
import { dayOf, statusLight, type LightInput, type LightResult } from './status-light.js';
import { reportCounts } from './counted-reports.js';

export interface LightTask {
  id: number;
  status: string;
  start_date: string | null;
  due_date: string | null;
  planYear: number;
}

/** The stored facts a light reads (task_facts columns). */
export interface StoredFacts {
  indicator_progress: number | null;
  milestones: number | null;
  milestones_done: number | null;
  oldest_open_milestone: string | null;
  latest_entry_date: string | null;
}

/** The light rule's inputs from a task's stored facts, as of a day. */
export function lightInputOf(
  task: LightTask,
  facts: StoredFacts | undefined,
  options: { today: string; reported: boolean; indicatorProgress?: number | null },
): LightInput {
  const { today } = options;
  const progress: number[] = [];
  const indicatorProgress =
    options.indicatorProgress !== undefined
      ? options.indicatorProgress
      : (facts?.indicator_progress ?? null);
  if (indicatorProgress !== null) progress.push(indicatorProgress);
  const milestones = Number(facts?.milestones ?? 0);
  if (milestones > 0) progress.push(Number(facts?.milestones_done ?? 0) / milestones);
  const oldest = facts?.oldest_open_milestone ?? null;
  return {
    status: task.status,
    start: task.start_date,
    due: task.due_date,
    planYear: task.planYear,
    progress: progress.length === 0 ? null : Math.min(...progress),
    reportedThisMonth: options.reported,
    today,
    milestoneOverdueDays: oldest !== null && oldest < today ? dayOf(today) - dayOf(oldest) : 0,
  };
}

/** Facts whose evidence runs past the day: their indicator progress is counted as of it. */
export const factsAfter = (facts: StoredFacts | undefined, today: string) =>
  facts?.latest_entry_date != null && facts.latest_entry_date > today;

export async function taskLights(options: {
  db: Kysely<Database>;
  tasks: LightTask[];
  today: string;
}): Promise<Map<number, LightResult>> {
  const { db, tasks, today } = options;
  const lights = new Map<number, LightResult>();
  if (tasks.length === 0) return lights;
  const ids = tasks.map((t) => t.id);
  const [facts, recurring, reported] = await Promise.all([
    db.selectFrom('task_facts').selectAll().where('task_id', 'in', ids).execute(),
    recurringFacts({ db, tasks, today }),
    db
      .selectFrom('progress_reports')
      .select('task_id')
      .where('task_id', 'in', ids)
      .where('month', '=', today.slice(0, 7))
      .where(reportCounts)
      .execute(),
  ]);
  const factsOf = new Map(facts.map((f) => [f.task_id, f]));
  const recounted = await recountedProgress(db, facts, today);
  const reportedIds = new Set(reported.map((r) => r.task_id));
  for (const task of tasks) {
    const input = lightInputOf(task, factsOf.get(task.id), {
      today,
      reported: reportedIds.has(task.id),
      ...(recounted.has(task.id) ? { indicatorProgress: recounted.get(task.id) ?? null } : {}),
    });
    const occurrences = recurring.get(task.id);
    if (occurrences)
      input.occurrence = { light: occurrences.current?.light ?? null, missed: occurrences.missed };
    lights.set(task.id, statusLight(input, lightThresholds()));
  }
  return lights;
}

/** Least indicator progress as of the day, for tasks with evidence dated after it. */
async function recountedProgress(
  db: Kysely<Database>,
  facts: (StoredFacts & { task_id: number })[],
  today: string,
): Promise<Map<number, number | null>> {
  const taskIds = facts.filter((f) => factsAfter(f, today)).map((f) => f.task_id);
  const least = new Map<number, number | null>();
  for (const a of await indicatorActuals({ db, taskIds, asOf: today }))
    least.set(a.taskId, Math.min(least.get(a.taskId) ?? 1, a.progress));
  return least;
}
