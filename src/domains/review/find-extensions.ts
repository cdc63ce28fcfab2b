/**
 * A task's extension requests, newest first, with the task's current due date and its original
 * one (before the first approved extension) so that assessment can judge against either.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { notFound } from '../../platform/errors.js';
import { firstApprovedOriginal, type ExtensionRow } from './get-extension.js';

export async function findExtensions(options: {
  db: Kysely<Database>;
  taskId: number;
  limit: number;
  offset: number;
}): Promise<{
  items: ExtensionRow[];
  total: number;
  currentDue: string | null;
  originalDue: string | null;
}> {
  const { db, taskId } = options;
  const task = await db
    .selectFrom('tasks')
    .select('due_date')
    .where('id', '=', taskId)
    .executeTakeFirst();
  if (!task) throw notFound({ zh: '任务', en: 'task' }, taskId);
  const requests = db.selectFrom('extension_requests').where('task_id', '=', taskId);
  const counted = await requests
    .select((eb) => eb.fn.countAll<number | string>().as('total'))
    .executeTakeFirst();
  const items = await requests
    .selectAll()
    .orderBy('id', 'desc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  return {
    items,
    total: Number(counted?.total ?? 0),
    currentDue: task.due_date,
    originalDue: (await firstApprovedOriginal(db, taskId)) ?? task.due_date,
  };
}
