/**
 * The tasks a leader's inbox (待办) covers: those the actor supervises as leader (an administrator:
 * every task in scope) in plans still in force, with their current status lights.
 */
import type { Kysely } from 'kysely';
import type { Access } from '../../platform/auth/access.js';
import type { Database } from '../../platform/db/schema.js';
import { taskLights } from '../progress/task-lights.js';
import { taskRows, type TaskRow } from '../task/task-rows.js';
import type { CurrentLight } from './inbox-rules.js';
import { inboxLeader } from '../review/review.policy.js';

export function inboxTaskRows(db: Kysely<Database>, access: Access) {
  const rows = taskRows(db, access).where('plans.state', '!=', 'closed');
  const leader = inboxLeader(access);
  if (leader.all) return rows;
  return leader.personId === null
    ? rows.where('tasks.id', '<', 0)
    : rows.where('tasks.leader_person_id', '=', leader.personId);
}

/** The inbox's tasks in plan order, and the light each shows today. */
export async function inboxLights(options: {
  db: Kysely<Database>;
  access: Access;
  today: string;
}): Promise<{ tasks: TaskRow[]; current: CurrentLight[] }> {
  const { db, today } = options;
  const tasks = (await inboxTaskRows(db, options.access).execute()).sort(
    (a, b) => a.plan_id - b.plan_id || a.no - b.no || a.id - b.id,
  );
  const lights = await taskLights({
    db,
    tasks: tasks.map((t) => ({ ...t, planYear: t.plan_year })),
    today,
  });
  const current: CurrentLight[] = [];
  for (const task of tasks) {
    const light = lights.get(task.id);
    if (light) current.push({ taskId: task.id, light: light.light, reason: light.reason });
  }
  return { tasks, current };
}
