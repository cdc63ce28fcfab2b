/**
 * Plan routes: list, detail, import (upload → stored draft), edit plan/section/item/key task, publish,
 * close. Every write is versioned (If-Match) and audited.
 */
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessOf, authorize } from '../../platform/auth/access.js';
import { AppError } from '../../platform/errors.js';
import { expectedVersion, sendVersioned, versionBody } from '../../platform/http/versioning.js';
import { assertMayImport, importNoticeUpload } from './import-notice-upload.js';
import { OFFICE_MAX_BYTES } from '../import/readers/limits.js';
import { changePlanState } from './change-plan-state.js';
import { findPlans } from './find-plans.js';
import { getPlanDetail } from './get-plan-detail.js';
import { getPlan } from './get-plan.js';
import { planPolicy } from './plan.policy.js';
import { calendarDate } from '../../platform/clock.js';
import { presentPlanDetail, presentPlanSummary } from './plan.presenter.js';
import {
  idParams,
  importQuery,
  planListQuery,
  planListResponse,
  planResponse,
  updateItemBody,
  updateKeyTaskBody,
  updatePlanBody,
  updateSectionBody,
} from './plan.schema.js';
import { planIdOf, updatePlanRecord } from './update-plan-record.js';

export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;
  await app.register(multipart, { limits: { fileSize: OFFICE_MAX_BYTES, files: 1, fields: 5 } });
  const today = () => calendarDate(app.clock());
  const detail = async (id: number) => presentPlanDetail(await getPlanDetail({ db, id }), today());
  const guard = async (
    request: FastifyRequest,
    planId: number,
    action: 'read' | 'update' | 'publish' | 'close',
  ) => {
    const access = await accessOf(db, request);
    authorize(planPolicy, access, action, await getPlan({ db, id: planId }));
    return access;
  };

  app.get(
    '/api/plans',
    {
      config: { shape: 'list' },
      schema: { tags: ['plans'], querystring: planListQuery, response: { 200: planListResponse } },
    },
    async (request) => {
      const { rows, total } = await findPlans({
        db,
        access: await accessOf(db, request),
        ...request.query,
      });
      return { items: rows.map((row) => presentPlanSummary(row, today())), total };
    },
  );

  app.get(
    '/api/plans/:id',
    { schema: { tags: ['plans'], params: idParams, response: { 200: planResponse } } },
    async (request, reply) => {
      await guard(request, request.params.id, 'read');
      return sendVersioned(reply, await detail(request.params.id));
    },
  );

  app.post(
    '/api/plans/import',
    {
      // 429 while the notice reader is busy with other uploads.
      config: { status: 201, errors: [429] },
      schema: { tags: ['plans'], consumes: ['multipart/form-data'], querystring: importQuery },
    },
    async (request, reply) => {
      const access = await accessOf(db, request);
      assertMayImport(access.actor);
      if (request.query.parentPlanId)
        authorize(
          planPolicy,
          access,
          'read',
          await getPlan({ db, id: request.query.parentPlanId }),
        );
      const { planId } = await importNoticeUpload({
        db,
        request,
        access,
        ...request.query,
      });
      return sendVersioned(reply, await detail(planId));
    },
  );

  app.patch(
    '/api/plans/:id',
    { schema: { tags: ['plans'], params: idParams, body: updatePlanBody } },
    async (request, reply) => {
      const access = await guard(request, request.params.id, 'update');
      const { version, docNumber, noticeTitle, issueDate, ...rest } = request.body;
      const changes = {
        ...rest,
        ...(docNumber !== undefined ? { doc_number: docNumber } : {}),
        ...(noticeTitle !== undefined ? { notice_title: noticeTitle } : {}),
        ...(issueDate !== undefined ? { issue_date: issueDate } : {}),
      };
      await updatePlanRecord({
        db,
        actor: access.actor,
        table: 'plans',
        id: request.params.id,
        expected: expectedVersion(request, version),
        changes,
        now: app.clock(),
      });
      return sendVersioned(reply, await detail(request.params.id));
    },
  );

  for (const action of ['publish', 'close'] as const) {
    app.post(
      `/api/plans/:id/${action}`,
      { schema: { tags: ['plans'], params: idParams, body: versionBody } },
      async (request, reply) => {
        const access = await guard(request, request.params.id, action);
        await changePlanState({
          db,
          actor: access.actor,
          id: request.params.id,
          action,
          expected: expectedVersion(request, request.body?.version),
          now: app.clock(),
        });
        return sendVersioned(reply, await detail(request.params.id));
      },
    );
  }

  app.patch(
    '/api/sections/:id',
    { schema: { tags: ['plans'], params: idParams, body: updateSectionBody } },
    async (request) => {
      const planId = await planIdOf(db, 'plan_sections', request.params.id);
      const access = await guard(request, planId, 'update');
      const expected = expectedVersion(request, request.body.version);
      await updatePlanRecord({
        db,
        actor: access.actor,
        table: 'plan_sections',
        id: request.params.id,
        expected,
        changes: { heading: request.body.heading },
        now: app.clock(),
      });
      return detail(planId);
    },
  );

  app.patch(
    '/api/key-tasks/:id',
    { schema: { tags: ['plans'], params: idParams, body: updateKeyTaskBody } },
    async (request) => {
      const planId = await planIdOf(db, 'key_tasks', request.params.id);
      const access = await guard(request, planId, 'update');
      await updatePlanRecord({
        db,
        actor: access.actor,
        table: 'key_tasks',
        id: request.params.id,
        expected: expectedVersion(request, request.body.version),
        changes: { text: request.body.text },
        now: app.clock(),
      });
      return detail(planId);
    },
  );

  app.patch(
    '/api/items/:id',
    { schema: { tags: ['plans'], params: idParams, body: updateItemBody } },
    async (request) => {
      const planId = await planIdOf(db, 'plan_items', request.params.id);
      const access = await guard(request, planId, 'update');
      const { version, ...changes } = request.body;
      if (Object.keys(changes).length === 0)
        throw new AppError('bad_request', '没有要修改的字段 / nothing to change', [
          { field: 'body', message: 'empty' },
        ]);
      await updatePlanRecord({
        db,
        actor: access.actor,
        table: 'plan_items',
        id: request.params.id,
        expected: expectedVersion(request, version),
        changes,
        now: app.clock(),
      });
      return detail(planId);
    },
  );
};
