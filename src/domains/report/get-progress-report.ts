/** One progress report by id, or not_found; routes use its task_id to authorise. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, ProgressReportTable } from '../../platform/db/schema.js';
import { foundById } from '../../platform/errors.js';

export type ProgressReportRow = Selectable<ProgressReportTable>;

export async function getProgressReport(options: {
  db: Kysely<Database>;
  id: number;
}): Promise<ProgressReportRow> {
  const row = await options.db
    .selectFrom('progress_reports')
    .selectAll()
    .where('id', '=', options.id)
    .executeTakeFirst();
  return foundById(row, { zh: '进展情况', en: 'progress report' }, options.id);
}
