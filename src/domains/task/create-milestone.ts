/** Adds a milestone (时间节点) to a task; the insert and its audit event share a transaction. */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { refreshMilestoneFacts } from '../../platform/db/totals/rebuild-totals.js';
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
    const { plan_id: planId, ...row } = await trx
      .insertInto('milestones')
      .values({
        task_id: options.taskId,
        title: options.input.title,
        due_date: options.input.due,
      })
      .returningAll()
      // The task's plan, for the audit chain; kept out of the row the trail records.
      .returning((eb) =>
        eb
          .selectFrom('tasks')
          .select('plan_id')
          .whereRef('tasks.id', '=', 'milestones.task_id')
          .as('plan_id'),
      )
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actor: options.actor,
      planId: planId,
      entity: 'milestone',
      entityId: row.id,
      action: 'create',
      after: row,
    });
    await refreshMilestoneFacts(trx, row.task_id);
    return row;
  });
}
