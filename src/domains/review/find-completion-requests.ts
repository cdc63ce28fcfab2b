/** A task's completion requests (办结申请), newest first. */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { Page } from '../../platform/http/paging.js';
import { completionRows, type CompletionRow } from './get-completion-request.js';

export async function findCompletionRequests(options: {
  db: Kysely<Database>;
  taskId: number;
  limit: number;
  offset: number;
}): Promise<Page<CompletionRow>> {
  const { db, taskId } = options;
  const counted = await db
    .selectFrom('completion_requests')
    .select((eb) => eb.fn.countAll<number | string>().as('total'))
    .where('task_id', '=', taskId)
    .executeTakeFirst();
  const items = await completionRows(db)
    .where('c.task_id', '=', taskId)
    .orderBy('c.id', 'desc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  return { items, total: Number(counted?.total ?? 0) };
}
