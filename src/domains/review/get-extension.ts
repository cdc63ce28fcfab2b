/**
 * One extension request by id, or not_found; routes use its task_id to authorise. Also where a
 * task's original due date is looked up: the first approved extension keeps it.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { ExtensionRequestTable } from '../../platform/db/tables/reviews.js';
import { foundById } from '../../platform/errors.js';

export type ExtensionRow = Selectable<ExtensionRequestTable>;

export async function getExtension(options: {
  db: Kysely<Database>;
  id: number;
}): Promise<ExtensionRow> {
  const row = await options.db
    .selectFrom('extension_requests')
    .selectAll()
    .where('id', '=', options.id)
    .executeTakeFirst();
  return foundById(row, { zh: '延期申请', en: 'extension request' }, options.id);
}

/** The due date kept by the task's first approved extension, or null if none was approved. */
export async function firstApprovedOriginal(
  db: Kysely<Database>,
  taskId: number,
): Promise<string | null> {
  const first = await db
    .selectFrom('extension_requests')
    .select('original_due')
    .where('task_id', '=', taskId)
    .where('state', '=', 'approved')
    .orderBy('decided_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return first?.original_due ?? null;
}
