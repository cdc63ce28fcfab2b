/** One indicator by id, or not_found; routes use its task_id to authorise against the task. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, IndicatorTable } from '../../platform/db/schema.js';
import { prepared } from '../../platform/db/prepared.js';
import { foundById } from '../../platform/errors.js';

export type IndicatorRow = Selectable<IndicatorTable>;

const indicatorById = prepared((db, p: { id: number }) =>
  db.selectFrom('indicators').selectAll().where('id', '=', p.id),
);

export async function getIndicator(options: {
  db: Kysely<Database>;
  id: number;
}): Promise<IndicatorRow> {
  const [row] = await indicatorById(options.db, options);
  return foundById(row, { zh: '指标', en: 'indicator' }, options.id);
}
