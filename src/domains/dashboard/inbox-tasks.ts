/**
 * The tasks a leader's inbox (待办) covers: those the actor supervises as leader (an administrator:
 * every task in scope) in plans still in force, with their current status lights.
 */
import type { Kysely } from 'kysely';
import type { Access } from '../../platform/auth/access.js';
import type { Database } from '../../platform/db/schema.js';
import { defaultAsOf } from '../plan/plan-period.js';
import type { Light } from '../progress/status-light.js';
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

/** The inbox's tasks in plan order, and the light each shows as of its plan's day (统计日期). */
export async function inboxLights(options: {
  db: Kysely<Database>;
  access: Access;
  today: string;
}): Promise<{ tasks: TaskRow[]; current: CurrentLight[] }> {
  const { db, today } = options;
  const tasks = (await inboxTaskRows(db, options.access).execute()).sort(
    (a, b) => a.plan_id - b.plan_id || a.no - b.no || a.id - b.id,
  );
  const lights = new Map<number, { light: Light; reason: string }>();
  // Each plan's lights as of its own day: a plan whose year is over, as of its last day.
  for (const year of new Set(tasks.map((t) => t.plan_year))) {
    const ofYear = await taskLights({
      db,
      tasks: tasks.filter((t) => t.plan_year === year).map((t) => ({ ...t, planYear: year })),
      today: defaultAsOf(year, today),
    });
    for (const [id, light] of ofYear) lights.set(id, light);
  }
  const current: CurrentLight[] = [];
  for (const task of tasks) {
    const light = lights.get(task.id);
    if (light) current.push({ taskId: task.id, light: light.light, reason: light.reason });
  }
  return { tasks, current };
}
