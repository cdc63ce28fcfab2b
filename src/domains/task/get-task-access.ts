/**
 * Loads what the task policy needs about a task (every owner included) and its plan's year, in
 * one statement, or throws not_found. It runs before every task-scoped write and many reads.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { prepared } from '../../platform/db/prepared.js';
import type { Database } from '../../platform/db/schema.js';
import { notFound } from '../../platform/errors.js';
import { withPrimary } from '../plan/task-assignees.js';
import type { TaskAccessRecord } from './task.policy.js';

/** The task's owners in order, as 'id,id,…' (null for none). */
function ownerList(db: Kysely<Database>) {
  const list =
    db.getExecutor().adapter instanceof PostgresAdapter
      ? sql`string_agg(person_id::text, ',' order by position)`
      : sql`group_concat(person_id, ',' order by position)`;
  return sql<string | null>`(select ${list} from task_assignees
    where task_id = tasks.id and kind = 'owner' and person_id is not null)`;
}

const taskAccessRow = prepared((db, p: { taskId: number }) =>
  db
    .selectFrom('tasks')
    .innerJoin('plans', 'plans.id', 'tasks.plan_id')
    .select([
      'tasks.id',
      'tasks.plan_id',
      'tasks.owner_person_id',
      'tasks.leader_person_id',
      'plans.issuing_unit_id',
      'plans.state',
      'plans.year',
      ownerList(db).as('owner_ids'),
    ])
    .where('tasks.id', '=', p.taskId),
);

export type TaskAccess = TaskAccessRecord & {
  id: number;
  plan_id: number;
  owners: number[];
  plan: { year: number };
};

export async function getTaskAccess(options: {
  db: Kysely<Database>;
  taskId: number;
}): Promise<TaskAccess> {
  const [row] = await taskAccessRow(options.db, options);
  if (!row) throw notFound({ zh: '任务', en: 'task' }, options.taskId);
  const owners = row.owner_ids ? row.owner_ids.split(',').map(Number) : [];
  return {
    id: row.id,
    plan_id: row.plan_id,
    owner_person_id: row.owner_person_id,
    leader_person_id: row.leader_person_id,
    owners: withPrimary(row.owner_person_id, owners),
    plan: { issuing_unit_id: row.issuing_unit_id, state: row.state, year: row.year },
  };
}
