/** A visit with the unit of its person, for the policy, or not_found. */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { foundById } from '../../platform/errors.js';
import type { GrassrootsPersonRecord } from './grassroots.policy.js';

export async function getVisit(options: {
  db: Kysely<Database>;
  id: number;
}): Promise<GrassrootsPersonRecord & { id: number }> {
  const row = await options.db
    .selectFrom('grassroots_visits')
    .innerJoin('people', 'people.id', 'grassroots_visits.person_id')
    .select(['grassroots_visits.id', 'grassroots_visits.person_id', 'people.unit_id'])
    .where('grassroots_visits.id', '=', options.id)
    .executeTakeFirst();
  return foundById(row, { zh: '下基层记录', en: 'visit' }, options.id);
}
