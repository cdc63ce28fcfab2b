/** People in the actor's scope, by unit and by name fragment, a page at a time. */
import type { Kysely } from 'kysely';
import type { UnitScope } from '../../platform/auth/unit-scope.js';
import type { Database } from '../../platform/db/schema.js';
import { containsText } from '../../platform/db/text-search.js';
import type { Page } from '../../platform/http/paging.js';
import type { PersonRow } from './get-person.js';

export interface PeopleFilter {
  unitId?: number | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
}

export async function findPeople(options: {
  db: Kysely<Database>;
  scope: UnitScope;
  filter: PeopleFilter;
}): Promise<Page<PersonRow>> {
  const { db, scope, filter } = options;
  if (!scope.all && scope.unitIds.length === 0) return { items: [], total: 0 };
  let query = db.selectFrom('people');
  if (!scope.all) query = query.where('unit_id', 'in', scope.unitIds);
  if (filter.unitId !== undefined) query = query.where('unit_id', '=', filter.unitId);
  // Names are stored without spaces; search the same way.
  if (filter.q) query = query.where(containsText(db, 'name', filter.q.replace(/\s+/gu, '')));
  const [items, total] = await Promise.all([
    query.selectAll().orderBy('id').limit(filter.limit).offset(filter.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}
