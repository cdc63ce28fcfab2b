/**
 * The information-work bulletin (月信息工作通报) and the grassroots report (深入基层情况) of a
 * plan's issuing unit, frozen from the same use cases their own pages call: the month's ranking
 * of the units under it (rankInfoUnits, buildInfoBulletin), and the year's days per person in it
 * and below it as of the month's last day (grassrootsTotals).
 */
import type { Kysely } from 'kysely';
import type { UnitScope } from '../../platform/auth/unit-scope.js';
import type { Database, Plan } from '../../platform/db/schema.js';
import { isBelow } from '../cascade/unit-tree.js';
import { grassrootsTotals } from '../grassroots/grassroots-totals.js';
import { buildInfoBulletin } from '../info-work/info-bulletin.js';
import { rankInfoUnits } from '../info-work/rank-info-units.js';
import type { GrassrootsSnapshot, InfoWorkSnapshot, PlanFacts } from './snapshot.js';

interface SnapshotOptions {
  db: Kysely<Database>;
  plan: Plan;
  facts: PlanFacts;
  month: string;
  asOf: string;
}

export async function infoWorkSnapshot(options: SnapshotOptions): Promise<InfoWorkSnapshot> {
  const { db, plan, month } = options;
  const ranking = await rankInfoUnits({ db, root: plan.issuing_unit_id, period: month });
  return {
    kind: 'info-work',
    month,
    asOf: options.asOf,
    plan: options.facts,
    bulletin: buildInfoBulletin(month, ranking.facts, ranking.scores),
  };
}

/** The plan's issuing unit and every unit below it; a plan of no unit covers all. */
async function planScope(db: Kysely<Database>, root: number | null): Promise<UnitScope> {
  if (root === null) return { all: true };
  const units = await db.selectFrom('units').select(['id', 'parent_id']).execute();
  const below = units.filter((u) => u.id === root || isBelow(units, u.id, root)).map((u) => u.id);
  return { all: false, unitIds: below, below };
}

export async function grassrootsSnapshot(options: SnapshotOptions): Promise<GrassrootsSnapshot> {
  const { db, plan, month, asOf } = options;
  const scope = await planScope(db, plan.issuing_unit_id);
  const totals = await grassrootsTotals({ db, scope, year: plan.year, today: asOf });
  const units = new Map(
    (await db.selectFrom('units').select(['id', 'name']).execute()).map((u) => [u.id, u.name]),
  );
  return {
    kind: 'grassroots',
    month,
    asOf,
    plan: options.facts,
    people: totals.map((p) => ({
      name: p.personName,
      unit: p.unitId === null ? null : (units.get(p.unitId) ?? null),
      category: p.category,
      minimum: p.minimum,
      days: p.days,
      expected: p.expected,
      status: p.status,
    })),
  };
}
