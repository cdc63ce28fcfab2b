/**
 * The people named on a plan's tasks, for opening their accounts in one step: every owner
 * (责任人, the primary one and the listed ones) and every supervising leader (分管领导), each once,
 * in the order of the tasks. Whoever leads a task gets the leader role, everyone else owner.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

export interface PlanPerson {
  personId: number;
  name: string;
  unitId: number | null;
  role: 'leader' | 'owner';
}

export async function findPlanPeople(db: Kysely<Database>, planId: number): Promise<PlanPerson[]> {
  const tasks = await db
    .selectFrom('tasks')
    .select(['id', 'owner_person_id', 'leader_person_id'])
    .where('plan_id', '=', planId)
    .orderBy('no')
    .orderBy('id')
    .execute();
  const listed = await db
    .selectFrom('task_assignees')
    .innerJoin('tasks', 'tasks.id', 'task_assignees.task_id')
    .select(['task_assignees.task_id', 'task_assignees.person_id'])
    .where('tasks.plan_id', '=', planId)
    .where('task_assignees.kind', '=', 'owner')
    .orderBy('task_assignees.position')
    .orderBy('task_assignees.id')
    .execute();
  const order: number[] = [];
  const leaders = new Set<number>();
  for (const task of tasks) {
    if (task.leader_person_id !== null) leaders.add(task.leader_person_id);
    const owners = listed.filter((l) => l.task_id === task.id).map((l) => l.person_id);
    for (const id of [task.owner_person_id, ...owners, task.leader_person_id])
      if (id !== null && !order.includes(id)) order.push(id);
  }
  if (order.length === 0) return [];
  const people = await db
    .selectFrom('people')
    .select(['id', 'name', 'unit_id'])
    .where('id', 'in', order)
    .execute();
  const byId = new Map(people.map((p) => [p.id, p]));
  return order.flatMap((id): PlanPerson[] => {
    const p = byId.get(id);
    if (!p) return [];
    const role = leaders.has(id) ? 'leader' : 'owner';
    return [{ personId: p.id, name: p.name, unitId: p.unit_id, role }];
  });
}
