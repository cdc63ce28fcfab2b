/**
 * GET /api/audit — the audit trail. System administrators (no unit) see all of it; anyone else asks
 * for the history of one task they may read (entity=task&entityId=N), which is why the route lives
 * with the tasks and not beside the chain in audit/.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessOf, authorize } from '../../platform/auth/access.js';
import { dateOrInstantSchema } from '../../platform/calendar-date.js';
import { AppError } from '../../platform/errors.js';
import { pageQuery } from '../../platform/http/paging.js';
import { getTaskAccess } from './get-task-access.js';
import { taskPolicy } from './task.policy.js';
import { findAuditEvents } from '../audit/find-audit-events.js';
import { presentAuditEvent } from '../audit/audit.presenter.js';
import { positiveIntParam } from '../../platform/positive-int.js';

const auditQuery = pageQuery.extend({
  entity: z.string().max(50).optional(),
  entityId: positiveIntParam.optional(),
  actorUserId: positiveIntParam.optional(),
  from: dateOrInstantSchema.optional(),
  to: dateOrInstantSchema.optional(),
});

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/audit',
    { config: { shape: 'list' }, schema: { tags: ['audit'], querystring: auditQuery } },
    async (request) => {
      const access = await accessOf(app.store.db, request);
      const filter = request.query;
      // The whole trail spans every unit: only an administrator over all units reads it unfiltered.
      if (access.actor.role !== 'admin' || !access.scope.all) {
        if (filter.entity !== 'task' || filter.entityId === undefined) {
          throw new AppError(
            'forbidden',
            '只有系统管理员可以查看全部审计记录 / only system administrators see the whole audit trail',
          );
        }
        authorize(
          taskPolicy,
          access,
          'read',
          await getTaskAccess({ db: app.store.db, taskId: filter.entityId }),
        );
      }
      const { rows, total } = await findAuditEvents({ db: app.store.db, filter });
      return { items: rows.map(presentAuditEvent), total };
    },
  );
};
