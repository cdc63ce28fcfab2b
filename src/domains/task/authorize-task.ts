/**
 * The check every task-scoped route starts with: who is acting, and may they do this to that
 * task. Throws not_found for an unknown task and forbidden for a refused action; answers with
 * what it read of the task, so that the route need not read it again.
 */
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { accessOf, authorize, type Access } from '../../platform/auth/access.js';
import type { Database } from '../../platform/db/schema.js';
import { getTaskAccess, type TaskAccess } from './get-task-access.js';
import { taskPolicy } from './task.policy.js';

export async function authorizeTask(
  db: Kysely<Database>,
  request: FastifyRequest,
  taskId: number,
  action: keyof typeof taskPolicy,
): Promise<Access & { task: TaskAccess }> {
  const access = await accessOf(db, request);
  const task = await getTaskAccess({ db, taskId });
  authorize(taskPolicy, access, action, task);
  return { ...access, task };
}
