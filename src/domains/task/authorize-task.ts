/**
 * The check every task-scoped route starts with: who is acting, and may they do this to that
 * task. Throws not_found for an unknown task and forbidden for a refused action.
 */
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { accessOf, authorize, type Access } from '../../platform/auth/access.js';
import type { Database } from '../../platform/db/schema.js';
import { getTaskAccess } from './get-task-access.js';
import { taskPolicy } from './task.policy.js';

export async function authorizeTask(
  db: Kysely<Database>,
  request: FastifyRequest,
  taskId: number,
  action: keyof typeof taskPolicy,
): Promise<Access> {
  const access = await accessOf(db, request);
  authorize(taskPolicy, access, action, await getTaskAccess({ db, taskId }));
  return access;
}
