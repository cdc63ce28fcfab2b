/**
 * The base query for task lists and pages: tasks with owner, leader, department and key task
 * resolved, limited to plans the actor may read (drafts only for administrators).
 */
import type { Kysely } from 'kysely';
import type { Access } from '../../platform/auth/access.js';
import type { Database } from '../../platform/db/schema.js';

export function taskRows(db: Kysely<Database>, access: Access) {
  let query = db
    .selectFrom('tasks')
    .innerJoin('plans', 'plans.id', 'tasks.plan_id')
    .leftJoin('people as owner', 'owner.id', 'tasks.owner_person_id')
    .leftJoin('people as leader', 'leader.id', 'tasks.leader_person_id')
    .leftJoin('units as department', 'department.id', 'tasks.department_unit_id')
    .leftJoin('key_tasks', 'key_tasks.id', 'tasks.key_task_id')
    .selectAll('tasks')
    .select([
      'plans.year as plan_year',
      'plans.state as plan_state',
      'plans.issuing_unit_id',
      'owner.name as owner_name',
      'leader.name as leader_name',
      'department.name as department_name',
      'key_tasks.no as key_task_no',
    ]);
  if (access.actor.role !== 'admin') query = query.where('plans.state', '!=', 'draft');
  if (!access.scope.all) {
    const units = access.scope.unitIds;
    query =
      units.length === 0
        ? query.where('tasks.id', '<', 0)
        : query.where('plans.issuing_unit_id', 'in', units);
  }
  return query;
}

export type TaskRow = Awaited<ReturnType<ReturnType<typeof taskRows>['execute']>>[number];
