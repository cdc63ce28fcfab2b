/**
 * Indicators as the task's people see them: the target beside the actual value the ledger adds up
 * to, and progress toward it (indicatorActuals), never stored.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { getIndicator, type IndicatorRow } from '../ledger/get-indicator.js';
import { indicatorActuals } from './indicator-actuals.js';

export type IndicatorWithActual = IndicatorRow & { actual: number; progress: number };

export async function findIndicators(options: {
  db: Kysely<Database>;
  taskId: number;
}): Promise<IndicatorWithActual[]> {
  const { db, taskId } = options;
  const rows = await db
    .selectFrom('indicators')
    .selectAll()
    .where('task_id', '=', taskId)
    .orderBy('id')
    .execute();
  const actuals = await indicatorActuals({ db, taskIds: [taskId] });
  return rows.map((row) => {
    const found = actuals.find((a) => a.indicatorId === row.id);
    return { ...row, actual: found?.actual ?? 0, progress: found?.progress ?? 0 };
  });
}

export async function getIndicatorWithActual(options: {
  db: Kysely<Database>;
  id: number;
}): Promise<IndicatorWithActual> {
  const row = await getIndicator(options);
  const found = (await indicatorActuals({ db: options.db, taskIds: [row.task_id] })).find(
    (a) => a.indicatorId === row.id,
  );
  return { ...row, actual: found?.actual ?? 0, progress: found?.progress ?? 0 };
}
