/**
 * A plan's year-end assessment on a day: its scheme applied to the facts of its tasks. By
 * default the day is the plan year's last day, or today when the year is not over.
 */
import type { Kysely } from 'kysely';
import type { Database, Plan } from '../../platform/db/schema.js';
import { scoreAssessment } from './assessment-scoring.js';
import { getAssessmentScheme } from './get-assessment-scheme.js';
import { loadAssessmentFacts, loadScoringUnits } from './load-assessment-facts.js';

export function defaultAsOf(planYear: number, today: string): string {
  const yearEnd = `${planYear}-12-31`;
  return today < yearEnd ? today : yearEnd;
}

export async function getPlanAssessment(options: {
  db: Kysely<Database>;
  plan: Pick<Plan, 'id' | 'year' | 'title' | 'issuing_unit_id'>;
  asOf: string;
}) {
  const { db, plan, asOf } = options;
  const scheme = await getAssessmentScheme({ db, planId: plan.id });
  const tasks = await loadAssessmentFacts({ db, plan, asOf });
  const units = await loadScoringUnits(db, [
    ...tasks.flatMap((t) => t.unitIds),
    ...scheme.rules.bonuses.map((b) => b.unitId),
  ]);
  const scores = scoreAssessment({ rules: scheme.rules, tasks, units, asOf });
  const [issuer] = await loadScoringUnits(
    db,
    plan.issuing_unit_id === null ? [] : [plan.issuing_unit_id],
  );
  return { plan, issuer: issuer?.name ?? null, scheme, tasks, scores };
}

export type PlanAssessment = Awaited<ReturnType<typeof getPlanAssessment>>;
