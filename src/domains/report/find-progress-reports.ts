/** A task's monthly progress reports (进展情况), the newest month first. */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { Page } from '../../platform/http/paging.js';
import type { ProgressReportRow } from './get-progress-report.js';

export async function findProgressReports(options: {
  db: Kysely<Database>;
  taskId: number;
  limit: number;
  offset: number;
}): Promise<Page<ProgressReportRow>> {
  const reports = options.db.selectFrom('progress_reports').where('task_id', '=', options.taskId);
  const counted = await reports
    .select((eb) => eb.fn.countAll<number | string>().as('total'))
    .executeTakeFirst();
  const items = await reports
    .selectAll()
    .orderBy('month', 'desc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  return { items, total: Number(counted?.total ?? 0) };
}
