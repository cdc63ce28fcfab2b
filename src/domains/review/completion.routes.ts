/**
 * Completion-request routes (办结申请): the task's owner (or an administrator) asks with a note;
 * the supervising leader (or an administrator) confirms, and the task is done, or returns it with
 * a comment. Reading follows the task. Decisions are versioned; every write is audited. The
 * request's files are under evidence/ (/api/completion-requests/:id/attachments).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pageQuery } from '../../platform/http/paging.js';
import { expectedVersion, sendVersioned } from '../../platform/http/versioning.js';
import { authorizeTask } from '../task/authorize-task.js';
import { presentCompletion } from './completion.presenter.js';
import {
  confirmCompletionBody,
  requestCompletionBody,
  returnCompletionBody,
} from './completion.schema.js';
import { decideCompletion } from './decide-completion.js';
import { findCompletionRequests } from './find-completion-requests.js';
import { getCompletionRequest } from './get-completion-request.js';
import { requestCompletion } from './request-completion.js';
import { idParams } from './review.schema.js';

export const completionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;
  const tags = ['completion-requests'];

  app.get(
    '/api/tasks/:id/completion-requests',
    { config: { shape: 'list' }, schema: { tags, params: idParams, querystring: pageQuery } },
    async (request) => {
      await authorizeTask(db, request, request.params.id, 'read');
      const found = await findCompletionRequests({
        db,
        taskId: request.params.id,
        ...request.query,
      });
      return { ...found, items: found.items.map(presentCompletion) };
    },
  );

  app.post(
    '/api/tasks/:id/completion-requests',
    { config: { status: 201 }, schema: { tags, params: idParams, body: requestCompletionBody } },
    async (request, reply) => {
      const access = await authorizeTask(db, request, request.params.id, 'report');
      const row = await requestCompletion({
        db,
        actor: access.actor,
        taskId: request.params.id,
        input: request.body,
        now: app.clock(),
      });
      return sendVersioned(reply, presentCompletion(row));
    },
  );

  app.get(
    '/api/completion-requests/:id',
    { schema: { tags, params: idParams } },
    async (request, reply) => {
      const row = await getCompletionRequest({ db, id: request.params.id });
      await authorizeTask(db, request, row.task_id, 'read');
      return sendVersioned(reply, presentCompletion(row));
    },
  );

  app.post(
    '/api/completion-requests/:id/confirm',
    { schema: { tags, params: idParams, body: confirmCompletionBody } },
    async (request, reply) => {
      const found = await getCompletionRequest({ db, id: request.params.id });
      const access = await authorizeTask(db, request, found.task_id, 'review');
      const confirmed = await decideCompletion({
        db,
        actor: access.actor,
        id: found.id,
        action: 'confirm',
        comment: request.body?.comment || null,
        expected: expectedVersion(request, request.body?.version),
        now: app.clock(),
      });
      return sendVersioned(reply, presentCompletion(confirmed));
    },
  );

  app.post(
    '/api/completion-requests/:id/return',
    { schema: { tags, params: idParams, body: returnCompletionBody } },
    async (request, reply) => {
      const found = await getCompletionRequest({ db, id: request.params.id });
      const access = await authorizeTask(db, request, found.task_id, 'review');
      const returned = await decideCompletion({
        db,
        actor: access.actor,
        id: found.id,
        action: 'return',
        comment: request.body.comment,
        expected: expectedVersion(request, request.body.version),
        now: app.clock(),
      });
      return sendVersioned(reply, presentCompletion(returned));
    },
  );
};
