/** Adds a milestone (时间节点) to a task; the insert and its audit event share a transaction. */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import type { MilestoneRow } from './get-milestone.js';
import type { CreateMilestoneInput } from './tracking.schema.js';

export async function createMilestone(options: {
  db: Kysely<Database>;
  actor: Actor;
  taskId: number;
  input: CreateMilestoneInput;
}): Promise<MilestoneRow> {
  return options.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('milestones')
      .values({
        task_id: options.taskId,
        title: options.input.title,
        due_date: options.input.due,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actor: options.actor,
      entity: 'milestone',
      entityId: row.id,
      action: 'create',
      after: row,
    });
    return row;
  });
}
