/** Lists the plans an actor may read, with the counts and people a list page shows. */
import type { Kysely } from 'kysely';
import type { Access } from '../../platform/auth/access.js';
import type { Database, Plan } from '../../platform/db/schema.js';

export interface PlanSummaryRow {
  plan: Plan;
  taskCount: number;
  owners: string[];
  leaders: string[];
}

export async function findPlans(options: {
  db: Kysely<Database>;
  access: Access;
  limit: number;
  offset: number;
}) {
  const { db, access } = options;
  let query = db.selectFrom('plans');
  if (access.actor.role !== 'admin') query = query.where('state', '!=', 'draft');
  if (!access.scope.all) {
    const units = access.scope.unitIds;
    query =
      units.length === 0 ? query.where('id', '<', 0) : query.where('issuing_unit_id', 'in', units);
  }
  const [plans, total] = await Promise.all([
    query
      .selectAll()
      .orderBy('year', 'desc')
      .orderBy('id')
      .limit(options.limit)
      .offset(options.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: await withPeople(db, plans), total: Number(total.n) };
}

async function withPeople(db: Kysely<Database>, plans: Plan[]): Promise<PlanSummaryRow[]> {
  if (plans.length === 0) return [];
  const people = await db
    .selectFrom('tasks')
    .leftJoin('people as owner', 'owner.id', 'tasks.owner_person_id')
    .leftJoin('people as leader', 'leader.id', 'tasks.leader_person_id')
    .select(['tasks.plan_id', 'owner.name as owner', 'leader.name as leader'])
    .where(
      'tasks.plan_id',
      'in',
      plans.map((p) => p.id),
    )
    .orderBy('tasks.plan_id')
    .orderBy('tasks.no')
    .execute();
  return plans.map((plan) => {
    const rows = people.filter((r) => r.plan_id === plan.id);
    return {
      plan,
      taskCount: rows.length,
      owners: distinct(rows.map((r) => r.owner)),
      leaders: distinct(rows.map((r) => r.leader)),
    };
  });
}

function distinct(names: (string | null)[]): string[] {
  return [...new Set(names.filter((n): n is string => n !== null))];
}
