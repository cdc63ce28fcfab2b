/** Contact points whose member is in the actor's scope, oldest first. */
import type { Kysely } from 'kysely';
import type { UnitScope } from '../../platform/auth/unit-scope.js';
import type { Database } from '../../platform/db/schema.js';
import type { Page } from '../../platform/http/paging.js';
import type { ContactPointRow } from './grassroots.presenter.js';

export async function findContactPoints(options: {
  db: Kysely<Database>;
  scope: UnitScope;
}): Promise<Page<ContactPointRow>> {
  const { db, scope } = options;
  if (!scope.all && scope.unitIds.length === 0) return { items: [], total: 0 };
  let query = db
    .selectFrom('grassroots_contact_points')
    .innerJoin('people', 'people.id', 'grassroots_contact_points.person_id')
    .selectAll('grassroots_contact_points');
  if (!scope.all) query = query.where('people.unit_id', 'in', scope.unitIds);
  const items = await query.orderBy('grassroots_contact_points.id').execute();
  return { items, total: items.length };
}
