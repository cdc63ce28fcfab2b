/**
 * The one way a milestone changes: under optimistic locking (412/409 when someone changed it
 * since it was read), with a guard on the current row, and before/after in the audit trail.
 * Editing and marking done are both built on it.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { staleVersion, type ExpectedVersion } from '../../platform/versioning.js';
import { refreshMilestoneFacts } from '../../platform/db/totals/rebuild-totals.js';
import { recordAudit } from '../audit/record-audit.js';
import { milestoneNotFound, type MilestoneRow } from './get-milestone.js';

export type MilestoneChanges = Partial<
  Pick<MilestoneRow, 'title' | 'due_date' | 'done_at' | 'evidence' | 'done_by'>
>;

export async function changeMilestone(options: {
  db: Kysely<Database>;
  actor: Actor;
  id: number;
  expected: ExpectedVersion;
  changes: MilestoneChanges;
  action: string;
  /** Throws when the current row does not allow the change. */
  guard?: (row: MilestoneRow) => void;
}): Promise<MilestoneRow> {
  const { id, expected } = options;
  return options.db.transaction().execute(async (trx) => {
    const found = await trx
      .selectFrom('milestones')
      .selectAll()
      // The task's plan, for the audit chain; kept out of the row the trail records.
      .select((eb) =>
        eb
          .selectFrom('tasks')
          .select('plan_id')
          .whereRef('tasks.id', '=', 'milestones.task_id')
          .as('plan_id'),
      )
      .where('id', '=', id)
      .executeTakeFirst();
    if (!found) throw milestoneNotFound(id);
    const { plan_id: planId, ...before } = found;
    if (before.version !== expected.version) throw staleVersion(expected, before.version);
    options.guard?.(before);
    const after = await updateVersioned(trx, 'milestones', { id, expected, set: options.changes });
    await recordAudit(trx, {
      actor: options.actor,
      planId: planId,
      entity: 'milestone',
      entityId: id,
      action: options.action,
      before,
      after,
    });
    await refreshMilestoneFacts(trx, after.task_id);
    return after;
  });
}
