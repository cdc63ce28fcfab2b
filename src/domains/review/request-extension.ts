/**
 * The owner's request for more time on a task (延期申请). Checked against the task as it stands in
 * the same transaction; one pending request per task (a partial unique index backs the check when
 * two requests race). The original due date is recorded as the first approved extension kept it.
 */
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError, notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { checkExtensionRequest, originalDue } from './extension-rules.js';
import { firstApprovedOriginal, type ExtensionRow } from './get-extension.js';
import type { RequestExtensionInput } from './review.schema.js';

const alreadyPending = () =>
  new AppError(
    'conflict',
    '该任务已有待审批的延期申请 / the task already has a pending extension request',
  );

export async function requestExtension(options: {
  db: Kysely<Database>;
  actor: Actor;
  taskId: number;
  input: RequestExtensionInput;
  today: string;
  now: Date;
}): Promise<ExtensionRow> {
  const { actor, taskId, input } = options;
  return options.db.transaction().execute(async (trx) => {
    const task = await trx
      .selectFrom('tasks')
      .select(['status', 'due_date', 'plan_id'])
      .where('id', '=', taskId)
      .executeTakeFirst();
    if (!task) throw notFound({ zh: '任务', en: 'task' }, taskId);
    const check = checkExtensionRequest({
      status: task.status,
      currentDue: task.due_date,
      requestedDue: input.requestedDue,
      today: options.today,
    });
    if (!check.ok) {
      const { field, zh, en } = check.problem;
      throw new AppError('unprocessable', `${zh} / ${en}`, [{ field, message: en }]);
    }
    const pending = await trx
      .selectFrom('extension_requests')
      .select('id')
      .where('task_id', '=', taskId)
      .where('state', '=', 'pending')
      .executeTakeFirst();
    if (pending) throw alreadyPending();
    const row = await trx
      .insertInto('extension_requests')
      .values({
        task_id: taskId,
        current_due: check.currentDue,
        requested_due: input.requestedDue,
        original_due: originalDue(await firstApprovedOriginal(trx, taskId), check.currentDue),
        reason: input.reason,
        state: 'pending',
        requested_by: actor.userId,
        requested_at: options.now.toISOString(),
      })
      .onConflict((oc) => oc.column('task_id').where('state', '=', sql.lit('pending')).doNothing())
      .returningAll()
      .executeTakeFirst();
    // Another request for the task was made between our check and insert.
    if (!row) throw alreadyPending();
    await recordAudit(trx, {
      actor,
      planId: task.plan_id,
      entity: 'extension_request',
      entityId: row.id,
      action: 'request',
      after: row,
    });
    return row;
  });
}
