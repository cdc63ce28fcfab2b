/**
 * Aligns a task of a child plan with one key task (重点工作) of the plan it is filed under, or
 * clears the alignment (null). The key task must belong to the child's parent plan (422).
 * The change and the audit event are written in one transaction.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';

export interface AlignmentRow {
  task_id: number;
  key_task_id: number;
  key_task_no: number;
  key_task_text: string;
  parent_plan_id: number;
}

export async function setTaskAlignment(options: {
  db: Kysely<Database>;
  actor: Actor;
  taskId: number;
  parentPlanId: number | null;
  keyTaskId: number | null;
  now: Date;
}): Promise<void> {
  const { db, taskId, keyTaskId } = options;
  if (keyTaskId !== null) {
    const keyTask = await db
      .selectFrom('key_tasks')
      .select('id')
      .where('id', '=', keyTaskId)
      .where('plan_id', '=', options.parentPlanId ?? 0)
      .executeTakeFirst();
    if (!keyTask)
      throw new AppError(
        'unprocessable',
        `重点工作 ${keyTaskId} 不属于上级工作要点 / key task ${keyTaskId} is not in the parent plan`,
        [{ field: 'body.keyTaskId', message: 'not a key task of the parent plan' }],
      );
  }
  await db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('task_alignments')
      .select('key_task_id')
      .where('task_id', '=', taskId)
      .executeTakeFirst();
    if (keyTaskId === null)
      await trx.deleteFrom('task_alignments').where('task_id', '=', taskId).execute();
    else {
      const row = {
        key_task_id: keyTaskId,
        created_by: options.actor.userId,
        created_at: options.now.toISOString(),
      };
      // An upsert, so two racing writers on PostgreSQL cannot both insert.
      await trx
        .insertInto('task_alignments')
        .values({ task_id: taskId, ...row })
        .onConflict((oc) => oc.column('task_id').doUpdateSet(row))
        .execute();
    }
    await recordAudit(trx, {
      actor: options.actor,
      planId: null,
      entity: 'task',
      entityId: taskId,
      action: 'align',
      before: { keyTaskId: before?.key_task_id ?? null },
      after: { keyTaskId },
    });
  });
}

export async function getTaskAlignment(options: {
  db: Kysely<Database>;
  taskId: number;
}): Promise<AlignmentRow | undefined> {
  return options.db
    .selectFrom('task_alignments as a')
    .innerJoin('key_tasks as k', 'k.id', 'a.key_task_id')
    .select([
      'a.task_id',
      'a.key_task_id',
      'k.no as key_task_no',
      'k.text as key_task_text',
      'k.plan_id as parent_plan_id',
    ])
    .where('a.task_id', '=', options.taskId)
    .executeTakeFirst();
}
