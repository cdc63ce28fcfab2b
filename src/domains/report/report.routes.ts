/**
 * Progress-report routes (进展情况): the task's owner (or an administrator) submits one report a
 * month, and edits and sends again one that was returned (PATCH); the supervising leader (or an
 * administrator) accepts it, with an optional 批示 (its comment), or returns it. Reading follows the
 * task. Reviews are versioned; every write is audited.
 */
import { authorizeTask } from '../task/authorize-task.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { expectedVersion, sendVersioned } from '../../platform/http/versioning.js';
import { findProgressReports } from './find-progress-reports.js';
import { getProgressReport } from './get-progress-report.js';
import { chinaMonth } from './report-month.js';
import { presentProgressReport } from './report.presenter.js';
import {
  acceptReportBody,
  idParams,
  reportListQuery,
  resubmitReportBody,
  returnReportBody,
  submitReportBody,
} from './report.schema.js';
import { resubmitProgressReport } from './resubmit-progress-report.js';
import { reviewProgressReport } from './review-progress-report.js';
import { submitProgressReport } from './submit-progress-report.js';

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;
  const tags = ['reports'];

  app.get(
    '/api/tasks/:id/reports',
    { config: { shape: 'list' }, schema: { tags, params: idParams, querystring: reportListQuery } },
    async (request) => {
      await authorizeTask(db, request, request.params.id, 'read');
      const { items, total } = await findProgressReports({
        db,
        taskId: request.params.id,
        ...request.query,
      });
      return { items: items.map(presentProgressReport), total };
    },
  );

  app.get('/api/reports/:id', { schema: { tags, params: idParams } }, async (request, reply) => {
    const report = await getProgressReport({ db, id: request.params.id });
    await authorizeTask(db, request, report.task_id, 'read');
    return sendVersioned(reply, presentProgressReport(report));
  });

  app.post(
    '/api/tasks/:id/reports',
    // 201 for the month's first report, 200 when it replaces a returned one.
    { config: { status: [201, 200] }, schema: { tags, params: idParams, body: submitReportBody } },
    async (request, reply) => {
      const access = await authorizeTask(db, request, request.params.id, 'report');
      const now = app.clock();
      const { report, created } = await submitProgressReport({
        db,
        actor: access.actor,
        taskId: request.params.id,
        input: request.body,
        currentMonth: chinaMonth(now),
        now,
      });
      void reply.status(created ? 201 : 200);
      return sendVersioned(reply, presentProgressReport(report));
    },
  );

  app.patch(
    '/api/reports/:id',
    { schema: { tags, params: idParams, body: resubmitReportBody } },
    async (request, reply) => {
      const report = await getProgressReport({ db, id: request.params.id });
      const access = await authorizeTask(db, request, report.task_id, 'report');
      const resubmitted = await resubmitProgressReport({
        db,
        actor: access.actor,
        id: report.id,
        input: request.body,
        expected: expectedVersion(request, request.body.version),
        now: app.clock(),
      });
      return sendVersioned(reply, presentProgressReport(resubmitted));
    },
  );

  app.post(
    '/api/reports/:id/accept',
    { schema: { tags, params: idParams, body: acceptReportBody } },
    async (request, reply) => {
      const report = await getProgressReport({ db, id: request.params.id });
      const access = await authorizeTask(db, request, report.task_id, 'review');
      const expected = expectedVersion(request, request.body?.version);
      const comment = request.body?.comment || null;
      const accepted = await reviewProgressReport({
        db,
        actor: access.actor,
        id: report.id,
        action: 'accept',
        comment,
        expected,
        now: app.clock(),
      });
      return sendVersioned(reply, presentProgressReport(accepted));
    },
  );

  app.post(
    '/api/reports/:id/return',
    { schema: { tags, params: idParams, body: returnReportBody } },
    async (request, reply) => {
      const report = await getProgressReport({ db, id: request.params.id });
      const access = await authorizeTask(db, request, report.task_id, 'review');
      const expected = expectedVersion(request, request.body.version);
      const returned = await reviewProgressReport({
        db,
        actor: access.actor,
        id: report.id,
        action: 'return',
        comment: request.body.comment,
        expected,
        now: app.clock(),
      });
      return sendVersioned(reply, presentProgressReport(returned));
    },
  );
};
