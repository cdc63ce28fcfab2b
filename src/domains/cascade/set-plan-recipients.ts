/**
 * Replaces the units a plan's notice addresses (主送单位 resolved to concrete units, e.g.
 * 各县、市、区科协 → 天长市科协, 定远县科协 …). Every unit must exist and sit below the issuing
 * unit (422 naming the field). Before and after go to the audit trail in the same transaction.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database, Plan } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { isBelow } from './unit-tree.js';

export async function setPlanRecipients(options: {
  db: Kysely<Database>;
  actor: Actor;
  plan: Plan;
  unitIds: number[];
}): Promise<void> {
  const { db, plan } = options;
  const unitIds = [...new Set(options.unitIds)];
  const units = await db.selectFrom('units').select(['id', 'parent_id']).execute();
  unitIds.forEach((unitId, index) => {
    if (!isBelow(units, unitId, plan.issuing_unit_id))
      throw new AppError(
        'unprocessable',
        `单位 ${unitId} 不存在或不是发文单位的下级 / unit ${unitId} is not below the issuing unit`,
        [{ field: `body.unitIds.${index}`, message: 'not a subordinate unit' }],
      );
  });
  await db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('plan_recipients')
      .select('unit_id')
      .where('plan_id', '=', plan.id)
      .orderBy('unit_id')
      .execute();
    await trx.deleteFrom('plan_recipients').where('plan_id', '=', plan.id).execute();
    if (unitIds.length > 0)
      await trx
        .insertInto('plan_recipients')
        .values(unitIds.map((unit_id) => ({ plan_id: plan.id, unit_id })))
        .execute();
    await recordAudit(trx, {
      actor: options.actor,
      planId: plan.id,
      entity: 'plan',
      entityId: plan.id,
      action: 'set_recipients',
      before: { unitIds: before.map((r) => r.unit_id) },
      after: { unitIds: [...unitIds].sort((a, b) => a - b) },
    });
  });
}
