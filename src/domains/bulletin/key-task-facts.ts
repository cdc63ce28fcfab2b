/**
 * Per key task, what the bulletin prints beside it: each indicator's target label with its actual
 * value and progress from the ledger as of a day (indicatorActuals), and the month's progress
 * report unless it was returned (a returned report counts as none, as for the light).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { targetText } from '../ledger/indicator-wording.js';
import { indicatorActuals } from '../progress/indicator-actuals.js';
import type { IndicatorFacts, MonthReport } from './snapshot.js';
import { reportCounts } from '../progress/counted-reports.js';

export async function keyTaskIndicators(options: {
  db: Kysely<Database>;
  taskIds: number[];
  asOf: string;
}): Promise<Map<number, IndicatorFacts[]>> {
  const { db, taskIds, asOf } = options;
  const byTask = new Map<number, IndicatorFacts[]>();
  if (taskIds.length === 0) return byTask;
  const rows = await db
    .selectFrom('indicators')
    .selectAll()
    .where('task_id', 'in', taskIds)
    .orderBy('id')
    .execute();
  const actuals = new Map(
    (await indicatorActuals({ db, taskIds, asOf })).map((a) => [a.indicatorId, a]),
  );
  for (const row of rows) {
    const actual = actuals.get(row.id);
    byTask.set(row.task_id, [
      ...(byTask.get(row.task_id) ?? []),
      {
        label: targetText(row),
        subject: row.subject,
        unit: row.unit,
        actual: actual?.actual ?? 0,
        progress: actual?.progress ?? 0,
      },
    ]);
  }
  return byTask;
}

export async function monthReports(options: {
  db: Kysely<Database>;
  taskIds: number[];
  month: string;
}): Promise<Map<number, MonthReport>> {
  if (options.taskIds.length === 0) return new Map();
  const rows = await options.db
    .selectFrom('progress_reports')
    .select(['task_id', 'state', 'done', 'problems', 'next_steps'])
    .where('task_id', 'in', options.taskIds)
    .where('month', '=', options.month)
    .where(reportCounts)
    .execute();
  return new Map(
    rows.map((r) => [
      r.task_id,
      { state: r.state, done: r.done, problems: r.problems, nextSteps: r.next_steps },
    ]),
  );
}
