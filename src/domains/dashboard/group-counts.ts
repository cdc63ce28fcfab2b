/**
 * Tasks of a plan counted in the database per department or per supervising leader: how many, and
 * how many are done, with the group's name. Lights per group are added in code afterwards.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

export interface GroupCount {
  id: number | null;
  name: string | null;
  total: number;
  done: number;
}

const doneCount = sql<number | string>`sum(case when tasks.status = 'done' then 1 else 0 end)`;

export async function groupCounts(options: {
  db: Kysely<Database>;
  planId: number;
  by: 'department' | 'leader';
}): Promise<GroupCount[]> {
  const { db, planId } = options;
  const base = db.selectFrom('tasks').where('tasks.plan_id', '=', planId);
  const rows =
    options.by === 'department'
      ? await base
          .leftJoin('units', 'units.id', 'tasks.department_unit_id')
          .select((eb) => [
            'tasks.department_unit_id as id',
            'units.name as name',
            eb.fn.countAll<number | string>().as('total'),
            doneCount.as('done'),
          ])
          .groupBy(['tasks.department_unit_id', 'units.name'])
          .execute()
      : await base
          .leftJoin('people', 'people.id', 'tasks.leader_person_id')
          .select((eb) => [
            'tasks.leader_person_id as id',
            'people.name as name',
            eb.fn.countAll<number | string>().as('total'),
            doneCount.as('done'),
          ])
          .groupBy(['tasks.leader_person_id', 'people.name'])
          .execute();
  // Sorted here: the engines order NULLs and Chinese text differently.
  return rows
    .map((r) => ({ id: r.id, name: r.name, total: Number(r.total), done: Number(r.done ?? 0) }))
    .sort((a, b) => b.total - a.total || (a.id ?? Infinity) - (b.id ?? Infinity));
}
