/**
 * The plans filed under a parent plan, with their issuing unit, task counts and how many tasks are
 * aligned; only those the reader may read (drafts for administrators only, within their scope).
 */
import type { Kysely } from 'kysely';
import type { Access } from '../../platform/auth/access.js';
import type { Database } from '../../platform/db/schema.js';
import { planPolicy } from '../plan/plan.policy.js';

export interface ChildPlanRow {
  id: number;
  title: string;
  year: number;
  state: string;
  version: number;
  parent_plan_id: number | null;
  issuing_unit_id: number | null;
  unit_name: string | null;
  tasks: number | string;
  aligned: number | string;
}

export async function findChildPlans(options: {
  db: Kysely<Database>;
  access: Access;
  planId: number;
}): Promise<ChildPlanRow[]> {
  const rows = await options.db
    .selectFrom('plans as c')
    .leftJoin('units as u', 'u.id', 'c.issuing_unit_id')
    .leftJoin('tasks as t', 't.plan_id', 'c.id')
    .leftJoin('task_alignments as a', 'a.task_id', 't.id')
    .select((eb) => [
      'c.id',
      'c.title',
      'c.year',
      'c.state',
      'c.version',
      'c.parent_plan_id',
      'c.issuing_unit_id',
      'u.name as unit_name',
      eb.fn.count<number | string>('t.id').as('tasks'),
      eb.fn.count<number | string>('a.task_id').as('aligned'),
    ])
    .where('c.parent_plan_id', '=', options.planId)
    .groupBy(['c.id', 'c.title', 'c.year', 'c.state', 'c.version', 'c.parent_plan_id'])
    .groupBy(['c.issuing_unit_id', 'u.name'])
    .orderBy('c.id')
    .execute();
  return rows.filter((row) => planPolicy.read(options.access, row));
}
