/**
 * The owner's request that a task be marked done (办结申请), with a note of what was done; files go
 * on the request afterwards (evidence/). Checked against the task in the same transaction: only
 * an open task, and one pending request per task: the partial unique index of 0016 turns a second
 * one, raced or not, into a conflict.
 */
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError, notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import type { RequestCompletionInput } from './completion.schema.js';
import { getCompletionRequest, type CompletionRow } from './get-completion-request.js';

const alreadyPending = () =>
  new AppError(
    'conflict',
    '该任务已有待审批的办结申请 / the task already has a pending completion request',
  );

const notOpen = (status: string) =>
  new AppError(
    'conflict',
    status === 'done'
      ? '任务已办结 / the task is already done'
      : `任务已${status === 'cancelled' ? '撤销' : '关闭'}，不能申请办结 / the task is ${status}`,
    [{ field: 'task.status', message: status }],
  );

export async function requestCompletion(options: {
  db: Kysely<Database>;
  actor: Actor;
  taskId: number;
  input: RequestCompletionInput;
  now: Date;
}): Promise<CompletionRow> {
  const { actor, taskId } = options;
  return options.db.transaction().execute(async (trx) => {
    const task = await trx
      .selectFrom('tasks')
      .select(['status', 'plan_id'])
      .where('id', '=', taskId)
      .executeTakeFirst();
    if (!task) throw notFound({ zh: '任务', en: 'task' }, taskId);
    if (task.status !== 'open') throw notOpen(task.status);
    const row = await trx
      .insertInto('completion_requests')
      .values({
        task_id: taskId,
        note: options.input.note,
        state: 'pending',
        requested_by: actor.userId,
        requested_at: options.now.toISOString(),
      })
      .onConflict((oc) => oc.column('task_id').where('state', '=', sql.lit('pending')).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!row) throw alreadyPending();
    await recordAudit(trx, {
      actor,
      planId: task.plan_id,
      entity: 'completion_request',
      entityId: row.id,
      action: 'request',
      after: row,
    });
    return getCompletionRequest({ db: trx, id: row.id });
  });
}
