/** Adds a person (人员) to an existing unit. */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import { getUnit } from './get-unit.js';
import type { PersonRow } from './get-person.js';
import type { PersonInput } from './org.schema.js';

export async function createPerson(options: {
  db: Kysely<Database>;
  actor: Actor;
  input: PersonInput;
}): Promise<PersonRow> {
  const { db, actor, input } = options;
  await getUnit({ db, id: input.unitId, field: 'body.unitId' });
  return db.transaction().execute(async (trx) => {
    const person = await trx
      .insertInto('people')
      .values({ name: input.name, unit_id: input.unitId, title: input.title ?? null })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actor,
      planId: null,
      entity: 'person',
      entityId: person.id,
      action: 'create',
      after: person,
    });
    return person;
  });
}
