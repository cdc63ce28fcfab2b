/**
 * Days at the grassroots per person for a year, for everyone in the actor's scope who is held to a
 * minimum: summed in the database by person and month (voided visits and visits starting after
 * today excluded), then judged by the pace rule (grassroots-pace.ts) against the year's minimums.
 */
import { sql, type Kysely } from 'kysely';
import type { UnitScope } from '../../platform/auth/unit-scope.js';
import type { Database } from '../../platform/db/schema.js';
import {
  monthlyCumulative,
  paceOf,
  type GrassrootsCategory,
  type PaceStatus,
} from './grassroots-pace.js';
import { getMinimums } from './minimums.js';

export interface PersonTotal {
  personId: number;
  personName: string;
  unitId: number | null;
  category: GrassrootsCategory;
  minimum: number;
  days: number;
  expected: number;
  status: PaceStatus;
  /** Cumulative days at the end of each month, January to December. */
  monthly: number[];
}

const isCategory = (value: string): value is GrassrootsCategory =>
  value === 'leading' || value === 'staff';

export async function grassrootsTotals(options: {
  db: Kysely<Database>;
  scope: UnitScope;
  year: number;
  today: string;
}): Promise<PersonTotal[]> {
  const { db, scope, year, today } = options;
  if (!scope.all && scope.unitIds.length === 0) return [];
  let people = db
    .selectFrom('person_grassroots_roles')
    .innerJoin('people', 'people.id', 'person_grassroots_roles.person_id');
  if (!scope.all) people = people.where('people.unit_id', 'in', scope.unitIds);
  const held = await people
    .select(['people.id', 'people.name', 'people.unit_id', 'person_grassroots_roles.category'])
    .orderBy('people.id')
    .execute();
  if (held.length === 0) return [];
  const last = `${year}-12-31` < today ? `${year}-12-31` : today;
  const month = sql<string>`substr(start_date, 1, 7)`;
  const sums = await db
    .selectFrom('grassroots_visits')
    .select((eb) => ['person_id', month.as('month'), eb.fn.sum<number | string>('days').as('days')])
    .where('voided_at', 'is', null)
    .where('start_date', '>=', `${year}-01-01`)
    .where('start_date', '<=', last)
    .where(
      'person_id',
      'in',
      held.map((p) => p.id),
    )
    .groupBy(['person_id', month])
    .execute();
  const minimums = await getMinimums({ db, year });
  return held.flatMap((person) => {
    if (!isCategory(person.category)) return [];
    const months = sums
      .filter((s) => s.person_id === person.id)
      .map((s) => ({ month: s.month, days: Number(s.days) }));
    const monthly = monthlyCumulative(year, months);
    const days = monthly[11] ?? 0;
    const minimum = minimums[person.category];
    return [
      {
        personId: person.id,
        personName: person.name,
        unitId: person.unit_id,
        category: person.category,
        minimum,
        days,
        ...paceOf({ minimum, days, year, today }),
        monthly,
      },
    ];
  });
}
