/**
 * Ranks the units under a unit for a month (YYYY-MM) or a year (YYYY; this year when neither is
 * asked for) under that year's scheme; a year applies the quota deductions and the top-unit bonus
 * (info-scoring.ts).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { getInfoScheme, type InfoScheme } from './get-info-scheme.js';
import { scoreUnits, type UnitScore } from './info-scoring.js';
import { loadInfoFacts, loadUnitLinks, rootOf, type InfoFacts } from './load-info-facts.js';

export interface InfoRanking {
  scheme: InfoScheme;
  facts: InfoFacts;
  scores: UnitScore[];
}

/** The named unit, else the top of the actor's unit tree, else (no unit) every unit. */
export async function rankingRoot(
  db: Kysely<Database>,
  named: number | undefined,
  actorUnitId: number | null,
): Promise<number | null> {
  if (named !== undefined) return named;
  if (actorUnitId === null) return null;
  return rootOf(await loadUnitLinks(db), actorUnitId);
}

/** The period asked for (?month= YYYY-MM or ?year= YYYY), else this year as of `today`. */
export function rankingPeriod(
  query: { month?: string | undefined; year?: number | undefined },
  today: string,
): string {
  return query.month ?? String(query.year ?? Number(today.slice(0, 4)));
}

export async function rankInfoUnits(options: {
  db: Kysely<Database>;
  root: number | null;
  period: string;
}): Promise<InfoRanking> {
  const { db, period } = options;
  const scheme = await getInfoScheme({ db, year: Number(period.slice(0, 4)) });
  const facts = await loadInfoFacts({ db, root: options.root, period });
  const scores = scoreUnits(scheme.rules, facts, period.length === 4 ? 'year' : 'month');
  return { scheme, facts, scores };
}
