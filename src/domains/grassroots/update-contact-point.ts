/** Renames, moves or reassigns a contact point at the version read; before and after are audited. */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { notFound } from '../../platform/errors.js';
import { staleVersion, type ExpectedVersion } from '../../platform/versioning.js';
import { recordAudit } from '../audit/record-audit.js';
import { assertUnit } from './create-contact-point.js';
import type { ContactPointRow } from './grassroots.presenter.js';
import type { ContactPointChanges } from './grassroots.schema.js';

export async function updateContactPoint(options: {
  db: Kysely<Database>;
  actor: Actor;
  id: number;
  expected: ExpectedVersion;
  changes: ContactPointChanges;
}): Promise<ContactPointRow> {
  const { db, id, changes, expected } = options;
  await assertUnit(db, changes.unitId);
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('grassroots_contact_points')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!before) throw notFound({ zh: '联系服务点', en: 'contact point' }, id);
    if (before.version !== expected.version) throw staleVersion(expected, before.version);
    const after = await updateVersioned(trx, 'grassroots_contact_points', {
      id,
      expected,
      set: {
        name: changes.name ?? before.name,
        unit_id: changes.unitId === undefined ? before.unit_id : changes.unitId,
        address: changes.address === undefined ? before.address : changes.address,
        person_id: changes.personId ?? before.person_id,
      },
    });
    await recordAudit(trx, {
      actor: options.actor,
      planId: null,
      entity: 'grassroots_contact_point',
      entityId: id,
      action: 'update',
      before,
      after,
    });
    return after;
  });
}
