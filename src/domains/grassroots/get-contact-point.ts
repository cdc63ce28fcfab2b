/** A contact point with the unit of its member, which places it for the policy, or not_found. */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { notFound } from '../../platform/errors.js';
import type { GrassrootsPersonRecord } from './grassroots.policy.js';
import type { ContactPointRow } from './grassroots.presenter.js';

export async function getContactPoint(options: {
  db: Kysely<Database>;
  id: number;
}): Promise<{ point: ContactPointRow; member: GrassrootsPersonRecord }> {
  const row = await options.db
    .selectFrom('grassroots_contact_points')
    .innerJoin('people', 'people.id', 'grassroots_contact_points.person_id')
    .selectAll('grassroots_contact_points')
    .select('people.unit_id as person_unit_id')
    .where('grassroots_contact_points.id', '=', options.id)
    .executeTakeFirst();
  if (!row) throw notFound({ zh: '联系服务点', en: 'contact point' }, options.id);
  // The policy places a contact point by its member's unit, not by the unit it serves.
  const { person_unit_id, ...point } = row;
  return { point, member: { person_id: point.person_id, unit_id: person_unit_id } };
}
