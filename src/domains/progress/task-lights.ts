/**
 * Status lights for a set of tasks: gathers each task's dates, its least indicator progress (and
 * share of milestones done), whether it has a progress report for the current month, its overdue
 * milestones and, for a recurring obligation, its current occurrence; then applies the pure rule.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { indicatorActuals } from './indicator-actuals.js';
import { milestoneFacts, recurringFacts } from '../task/tracking-facts.js';
import { lightThresholds } from './light-settings.js';
import { statusLight, type LightResult } from './status-light.js';
import { reportCounts } from './counted-reports.js';

export interface LightTask {
  id: number;
  status: string;
  start_date: string | null;
  due_date: string | null;
  planYear: number;
}

export async function taskLights(options: {
  db: Kysely<Database>;
  tasks: LightTask[];
  today: string;
}): Promise<Map<number, LightResult>> {
  const { db, tasks, today } = options;
  const ids = tasks.map((t) => t.id);
  const month = today.slice(0, 7);
  // The four reads are independent: on PostgreSQL they run side by side on pooled connections
  // (a roll-up lights 1,400 tasks; one after another they were most of its time).
  const [actuals, milestones, recurring, reported] = await Promise.all([
    // Evidence dated after today does not count yet (a bulletin takes its lights as of month end).
    indicatorActuals({ db, taskIds: ids, asOf: today }),
    milestoneFacts({ db, taskIds: ids, today }),
    recurringFacts({ db, tasks, today }),
    ids.length === 0
      ? []
      : db
          .selectFrom('progress_reports')
          .select('task_id')
          .where('task_id', 'in', ids)
          .where('month', '=', month)
          .where(reportCounts)
          .execute(),
  ]);
  const reportedIds = new Set(reported.map((r) => r.task_id));
  const progressOf = new Map<number, number[]>();
  for (const a of actuals)
    progressOf.set(a.taskId, [...(progressOf.get(a.taskId) ?? []), a.progress]);
  const lights = new Map<number, LightResult>();
  for (const task of tasks) {
    const progress = [...(progressOf.get(task.id) ?? [])];
    const milestone = milestones.get(task.id);
    if (milestone) progress.push(milestone.share);
    const occurrences = recurring.get(task.id);
    lights.set(
      task.id,
      statusLight(
        {
          status: task.status,
          start: task.start_date,
          due: task.due_date,
          planYear: task.planYear,
          progress: progress.length === 0 ? null : Math.min(...progress),
          reportedThisMonth: reportedIds.has(task.id),
          today,
          milestoneOverdueDays: milestone?.overdueDays ?? 0,
          occurrence: occurrences
            ? { light: occurrences.current?.light ?? null, missed: occurrences.missed }
            : null,
        },
        lightThresholds(),
      ),
    );
  }
  return lights;
}
