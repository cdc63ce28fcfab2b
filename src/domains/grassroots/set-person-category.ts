/**
 * Holds a person to the leading-cadre (领导干部) or the staff (机关干部) minimum. Setting the same
 * category again changes nothing and records nothing.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import type { GrassrootsCategory } from './grassroots-pace.js';

export async function setPersonCategory(options: {
  db: Kysely<Database>;
  actor: Actor;
  personId: number;
  category: GrassrootsCategory;
  now: Date;
}): Promise<{ personId: number; category: GrassrootsCategory; version: number }> {
  const { personId, category } = options;
  return options.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('person_grassroots_roles')
      .selectAll()
      .where('person_id', '=', personId)
      .executeTakeFirst();
    if (before?.category === category) return { personId, category, version: before.version };
    const updated_at = options.now.toISOString();
    const after = before
      ? await trx
          .updateTable('person_grassroots_roles')
          .set({ category, updated_at, version: before.version + 1 })
          .where('person_id', '=', personId)
          .returningAll()
          .executeTakeFirstOrThrow()
      : await trx
          .insertInto('person_grassroots_roles')
          .values({ person_id: personId, category, updated_at })
          .returningAll()
          .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actor: options.actor,
      planId: null,
      entity: 'person_grassroots_role',
      entityId: personId,
      action: 'set',
      before: before ?? null,
      after,
    });
    return { personId, category, version: after.version };
  });
}
