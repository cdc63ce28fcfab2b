/**
 * Visits of the people in the actor's scope, newest first, by person, year and month of the
 * start date (a month alone is this year's). Voided visits stay in the store and are listed only
 * when asked for.
 */
import type { Kysely } from 'kysely';
import type { UnitScope } from '../../platform/auth/unit-scope.js';
import type { Database } from '../../platform/db/schema.js';
import type { Page } from '../../platform/http/paging.js';
import type { VisitRow } from './grassroots.presenter.js';
import type { VisitQuery } from './grassroots.schema.js';

export async function findVisits(options: {
  db: Kysely<Database>;
  scope: UnitScope;
  query: VisitQuery;
  /** YYYY-MM-DD in China time: a month asked for without a year is this year's. */
  today: string;
}): Promise<Page<VisitRow & { person_name: string }>> {
  const { db, scope, query } = options;
  const year =
    query.year ?? (query.month === undefined ? undefined : Number(options.today.slice(0, 4)));
  if (!scope.all && scope.unitIds.length === 0) return { items: [], total: 0 };
  let visits = db
    .selectFrom('grassroots_visits')
    .innerJoin('people', 'people.id', 'grassroots_visits.person_id');
  if (!scope.all) visits = visits.where('people.unit_id', 'in', scope.unitIds);
  if (!query.includeVoided) visits = visits.where('grassroots_visits.voided_at', 'is', null);
  if (query.personId !== undefined)
    visits = visits.where('grassroots_visits.person_id', '=', query.personId);
  if (year !== undefined) {
    const prefix =
      query.month === undefined ? `${year}-` : `${year}-${String(query.month).padStart(2, '0')}-`;
    visits = visits.where('grassroots_visits.start_date', 'like', `${prefix}%`);
  }
  const counted = await visits
    .select((eb) => eb.fn.countAll<number | string>().as('total'))
    .executeTakeFirst();
  const items = await visits
    .selectAll('grassroots_visits')
    .select('people.name as person_name')
    .orderBy('grassroots_visits.start_date', 'desc')
    .orderBy('grassroots_visits.id', 'desc')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return { items, total: Number(counted?.total ?? 0) };
}
