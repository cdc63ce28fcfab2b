/**
 * An indicator's path to its target: the actual value and progress at each month end of the plan
 * year so far, recomputed from the ledger (indicatorActuals with asOf) rather than stored, so a
 * voided entry disappears from every month it was counted in.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { notFound } from '../../platform/errors.js';
import { indicatorActuals } from '../progress/indicator-actuals.js';
import { monthEnds } from './month-ends.js';

export async function indicatorHistory(options: {
  db: Kysely<Database>;
  indicatorId: number;
  today: string;
}) {
  const { db, indicatorId } = options;
  const indicator = await db
    .selectFrom('indicators')
    .innerJoin('tasks', 'tasks.id', 'indicators.task_id')
    .innerJoin('plans', 'plans.id', 'tasks.plan_id')
    .select([
      'indicators.id',
      'indicators.task_id',
      'indicators.comparator',
      'indicators.value',
      'indicators.min_value',
      'indicators.max_value',
      'indicators.unit',
      'indicators.subject',
      'plans.year',
    ])
    .where('indicators.id', '=', indicatorId)
    .executeTakeFirst();
  if (!indicator) throw notFound({ zh: '指标', en: 'indicator' }, indicatorId);
  const points = [];
  for (const { month, asOf } of monthEnds(indicator.year, options.today)) {
    const actuals = await indicatorActuals({ db, taskIds: [indicator.task_id], asOf });
    const found = actuals.find((a) => a.indicatorId === indicator.id);
    points.push({ month, asOf, actual: found?.actual ?? 0, progress: found?.progress ?? 0 });
  }
  return { indicator, points };
}
