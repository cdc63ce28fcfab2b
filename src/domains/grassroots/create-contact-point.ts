/**
 * Assigns a contact point (常委联系服务点) to a standing-committee member; the unit it serves, if
 * named, must exist (422 naming unitId).
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import type { ContactPointRow } from './grassroots.presenter.js';
import type { ContactPointInput } from './grassroots.schema.js';

export async function assertUnit(db: Kysely<Database>, unitId: number | null | undefined) {
  if (unitId === null || unitId === undefined) return;
  const unit = await db
    .selectFrom('units')
    .select('id')
    .where('id', '=', unitId)
    .executeTakeFirst();
  if (!unit)
    throw new AppError('unprocessable', `单位 ${unitId} 不存在 / unit ${unitId} not found`, [
      { field: 'body.unitId', message: `unit ${unitId} not found` },
    ]);
}

export async function createContactPoint(options: {
  db: Kysely<Database>;
  actor: Actor;
  input: ContactPointInput;
}): Promise<ContactPointRow> {
  const { db, actor, input } = options;
  await assertUnit(db, input.unitId);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('grassroots_contact_points')
      .values({
        name: input.name,
        unit_id: input.unitId ?? null,
        address: input.address ?? null,
        person_id: input.personId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actor,
      planId: null,
      entity: 'grassroots_contact_point',
      entityId: row.id,
      action: 'create',
      after: row,
    });
    return row;
  });
}
