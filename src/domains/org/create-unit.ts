/** Adds a unit at the top or under an existing parent. */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import { getUnit, type UnitRow } from './get-unit.js';
import type { UnitInput } from './org.schema.js';

export async function createUnit(options: {
  db: Kysely<Database>;
  actor: Actor;
  input: UnitInput;
}): Promise<UnitRow> {
  const { db, actor, input } = options;
  if (input.parentId !== null) await getUnit({ db, id: input.parentId, field: 'body.parentId' });
  return db.transaction().execute(async (trx) => {
    const unit = await trx
      .insertInto('units')
      .values({ name: input.name, parent_id: input.parentId, kind: input.kind })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actor,
      planId: null,
      entity: 'unit',
      entityId: unit.id,
      action: 'create',
      after: unit,
    });
    return unit;
  });
}
