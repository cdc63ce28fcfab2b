/**
 * Files an existing plan of a subordinate unit under a parent plan (parent_plan_id), so its tasks
 * can be aligned with the parent's key tasks. The child's issuing unit must sit below the parent's
 * and both must be for the same year (422); a plan already filed under another parent is a
 * conflict (409); linking it again to the same parent changes nothing and records nothing.
 */
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database, Plan } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { isBelow } from './unit-tree.js';

const field = [{ field: 'body.childPlanId', message: 'not a subordinate plan' }];

export async function linkChildPlan(options: {
  db: Kysely<Database>;
  actor: Actor;
  parent: Plan;
  child: Plan;
  now: Date;
}): Promise<{ changed: boolean }> {
  const { db, parent, child } = options;
  const units = await db.selectFrom('units').select(['id', 'parent_id']).execute();
  if (
    child.issuing_unit_id === null ||
    !isBelow(units, child.issuing_unit_id, parent.issuing_unit_id)
  )
    throw new AppError(
      'unprocessable',
      '下级工作要点的发文单位必须是上级发文单位的下级 / the child plan must be issued by a unit below the parent’s',
      field,
    );
  if (child.year !== parent.year)
    throw new AppError(
      'unprocessable',
      `年度不一致（${child.year} / ${parent.year}）/ the plans are for different years`,
      field,
    );
  if (child.parent_plan_id === parent.id) return { changed: false };
  if (child.parent_plan_id !== null)
    throw new AppError(
      'conflict',
      `该工作要点已对接上级工作要点 ${child.parent_plan_id} / the plan is already filed under plan ${child.parent_plan_id}`,
    );
  await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('plans')
      .set({
        parent_plan_id: parent.id,
        version: sql<number>`version + 1`,
        updated_at: options.now.toISOString(),
      })
      .where('id', '=', child.id)
      .where('parent_plan_id', 'is', null)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n)
      throw new AppError('conflict', '该工作要点刚被修改，请重试 / the plan just changed; retry');
    await recordAudit(trx, {
      actor: options.actor,
      planId: null,
      entity: 'plan',
      entityId: child.id,
      action: 'link_parent',
      before: { parentPlanId: null },
      after: { parentPlanId: parent.id },
    });
  });
  return { changed: true };
}
