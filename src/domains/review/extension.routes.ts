/**
 * Extension-request routes (延期申请): the task's owner (or an administrator) asks before the due
 * date; the supervising leader (or an administrator) approves or rejects. Reading follows the
 * task. Decisions are versioned; every write is audited.
 */
import { authorizeTask } from '../task/authorize-task.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { calendarDate } from '../../platform/clock.js';
import { expectedVersion, sendVersioned } from '../../platform/http/versioning.js';
import { decideExtension } from './decide-extension.js';
import { findExtensions } from './find-extensions.js';
import { getExtension } from './get-extension.js';
import { requestExtension } from './request-extension.js';
import { presentExtension } from './review.presenter.js';
import {
  approveExtensionBody,
  extensionListQuery,
  idParams,
  rejectExtensionBody,
  requestExtensionBody,
} from './review.schema.js';

export const extensionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;
  const tags = ['extensions'];

  app.get(
    '/api/tasks/:id/extensions',
    {
      config: { shape: 'list' },
      schema: { tags, params: idParams, querystring: extensionListQuery },
    },
    async (request) => {
      await authorizeTask(db, request, request.params.id, 'read');
      const found = await findExtensions({ db, taskId: request.params.id, ...request.query });
      return { ...found, items: found.items.map(presentExtension) };
    },
  );

  app.post(
    '/api/tasks/:id/extensions',
    { config: { status: 201 }, schema: { tags, params: idParams, body: requestExtensionBody } },
    async (request, reply) => {
      const access = await authorizeTask(db, request, request.params.id, 'report');
      const now = app.clock();
      const row = await requestExtension({
        db,
        actor: access.actor,
        taskId: request.params.id,
        input: request.body,
        today: calendarDate(now),
        now,
      });
      return sendVersioned(reply, presentExtension(row));
    },
  );

  app.get('/api/extensions/:id', { schema: { tags, params: idParams } }, async (request, reply) => {
    const extension = await getExtension({ db, id: request.params.id });
    await authorizeTask(db, request, extension.task_id, 'read');
    return sendVersioned(reply, presentExtension(extension));
  });

  app.post(
    '/api/extensions/:id/approve',
    { schema: { tags, params: idParams, body: approveExtensionBody } },
    async (request, reply) => {
      const extension = await getExtension({ db, id: request.params.id });
      const access = await authorizeTask(db, request, extension.task_id, 'review');
      const approved = await decideExtension({
        db,
        actor: access.actor,
        id: extension.id,
        action: 'approve',
        comment: request.body?.comment || null,
        expected: expectedVersion(request, request.body?.version),
        now: app.clock(),
      });
      return sendVersioned(reply, presentExtension(approved));
    },
  );

  app.post(
    '/api/extensions/:id/reject',
    { schema: { tags, params: idParams, body: rejectExtensionBody } },
    async (request, reply) => {
      const extension = await getExtension({ db, id: request.params.id });
      const access = await authorizeTask(db, request, extension.task_id, 'review');
      const rejected = await decideExtension({
        db,
        actor: access.actor,
        id: extension.id,
        action: 'reject',
        comment: request.body.comment,
        expected: expectedVersion(request, request.body.version),
        now: app.clock(),
      });
      return sendVersioned(reply, presentExtension(rejected));
    },
  );
};
