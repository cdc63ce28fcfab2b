/** The tasks of one plan in table order, with owner, department, leader and key task resolved. */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { getPlan } from './get-plan.js';

export async function findPlanTasks(options: { db: Kysely<Database>; planId: number }) {
  const { db, planId } = options;
  await getPlan({ db, id: planId });
  return db
    .selectFrom('tasks')
    .leftJoin('people as owner', 'owner.id', 'tasks.owner_person_id')
    .leftJoin('people as leader', 'leader.id', 'tasks.leader_person_id')
    .leftJoin('units as department', 'department.id', 'tasks.department_unit_id')
    .leftJoin('key_tasks', 'key_tasks.id', 'tasks.key_task_id')
    .selectAll('tasks')
    .select([
      'owner.name as owner_name',
      'leader.name as leader_name',
      'department.name as department_name',
      'key_tasks.no as key_task_no',
    ])
    .where('tasks.plan_id', '=', planId)
    .orderBy('tasks.no')
    .execute();
}

export type PlanTaskRow = Awaited<ReturnType<typeof findPlanTasks>>[number];
