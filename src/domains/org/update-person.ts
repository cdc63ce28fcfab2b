/** Renames a person, moves them to another unit or changes their title, at the version read. */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { staleVersion, type ExpectedVersion } from '../../platform/versioning.js';
import { recordAudit } from '../audit/record-audit.js';
import { getPerson, type PersonRow } from './get-person.js';
import { getUnit } from './get-unit.js';
import type { PersonChanges } from './org.schema.js';

export async function updatePerson(options: {
  db: Kysely<Database>;
  actor: Actor;
  id: number;
  changes: PersonChanges;
  expected: ExpectedVersion;
}): Promise<PersonRow> {
  const { actor, id, changes, expected } = options;
  return options.db.transaction().execute(async (trx) => {
    const before = await getPerson({ db: trx, id });
    if (before.version !== expected.version) throw staleVersion(expected, before.version);
    if (changes.unitId !== undefined && changes.unitId !== before.unit_id) {
      await getUnit({ db: trx, id: changes.unitId, field: 'body.unitId' });
    }
    const after = await updateVersioned(trx, 'people', {
      id,
      expected,
      set: {
        name: changes.name ?? before.name,
        unit_id: changes.unitId ?? before.unit_id,
        title: changes.title === undefined ? before.title : changes.title,
      },
    });
    await recordAudit(trx, {
      actor,
      planId: null,
      entity: 'person',
      entityId: id,
      action: 'update',
      before,
      after,
    });
    return after;
  });
}
