/** Loads what the task policy needs about a task (every owner included), or throws not_found. */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { notFound } from '../../platform/errors.js';
import { withPrimary } from '../plan/task-assignees.js';
import type { TaskAccessRecord } from './task.policy.js';

export async function getTaskAccess(options: {
  db: Kysely<Database>;
  taskId: number;
}): Promise<TaskAccessRecord & { id: number; plan_id: number; owners: number[] }> {
  const row = await options.db
    .selectFrom('tasks')
    .innerJoin('plans', 'plans.id', 'tasks.plan_id')
    .select([
      'tasks.id',
      'tasks.plan_id',
      'tasks.owner_person_id',
      'tasks.leader_person_id',
      'plans.issuing_unit_id',
      'plans.state',
    ])
    .where('tasks.id', '=', options.taskId)
    .executeTakeFirst();
  if (!row) throw notFound({ zh: '任务', en: 'task' }, options.taskId);
  const listed = await options.db
    .selectFrom('task_assignees')
    .select('person_id')
    .where('task_id', '=', row.id)
    .where('kind', '=', 'owner')
    .orderBy('position')
    .execute();
  const owners = listed.map((o) => o.person_id).filter((id): id is number => id !== null);
  return {
    id: row.id,
    plan_id: row.plan_id,
    owner_person_id: row.owner_person_id,
    leader_person_id: row.leader_person_id,
    owners: withPrimary(row.owner_person_id, owners),
    plan: { issuing_unit_id: row.issuing_unit_id, state: row.state },
  };
}
