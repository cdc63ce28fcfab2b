/**
 * Marks a task done inside a confirmation's transaction, at the version read here, and audits it
 * as the task's `complete` event like a direct completion (assessment takes the completion day
 * from that event). A task no longer open is a conflict: the request is then returned instead.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { AppError, notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';

const notOpen = (status: string) =>
  new AppError(
    'conflict',
    `任务已不在办理中（${status}），请退回该申请 / the task is ${status}; return the request instead`,
    [{ field: 'task.status', message: status }],
  );

export async function completeTask(
  trx: Kysely<Database>,
  options: { actor: Actor; taskId: number; now: Date },
): Promise<void> {
  const { taskId } = options;
  const before = await trx
    .selectFrom('tasks')
    .selectAll()
    .where('id', '=', taskId)
    .executeTakeFirst();
  if (!before) throw notFound({ zh: '任务', en: 'task' }, taskId);
  if (before.status !== 'open') throw notOpen(before.status);
  const after = await updateVersioned(trx, 'tasks', {
    id: taskId,
    version: before.version,
    // Completed or edited by someone else between our read and write.
    onStale: () => notOpen('changed'),
    set: { status: 'done', updated_at: options.now.toISOString() },
  });
  await recordAudit(trx, {
    actor: options.actor,
    planId: before.plan_id,
    entity: 'task',
    entityId: taskId,
    action: 'complete',
    before,
    after,
  });
}
