/**
 * Indicator (指标) and ledger (台账) routes. Indicators are managed by administrators; evidence is
 * entered and voided by whoever reports on the task (its owner, or an administrator); anyone who
 * may read the task reads both. Every write is audited; indicator edits are versioned.
 */
import { authorizeTask } from '../task/authorize-task.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { expectedVersion, sendVersioned } from '../../platform/http/versioning.js';
import { createIndicator } from '../ledger/create-indicator.js';
import { createLedgerEntry } from '../ledger/create-ledger-entry.js';
import { findIndicators, getIndicatorWithActual } from './find-indicators.js';
import { findLedgerEntries } from '../ledger/find-ledger-entries.js';
import { getIndicator } from '../ledger/get-indicator.js';
import { getLedgerEntry } from '../ledger/get-ledger-entry.js';
import { presentIndicatorOf, presentLedgerEntry } from './ledger.presenter.js';
import {
  createEntryBody,
  createIndicatorBody,
  idParams,
  ledgerQuery,
  updateIndicatorBody,
  voidEntryBody,
} from '../ledger/ledger.schema.js';
import { updateIndicator } from '../ledger/update-indicator.js';
import { voidLedgerEntry } from '../ledger/void-ledger-entry.js';

export const ledgerRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;
  const indicatorJson = async (id: number) =>
    presentIndicatorOf(await getIndicatorWithActual({ db, id }));
  const tags = ['indicators'];

  app.get(
    '/api/tasks/:id/indicators',
    { config: { shape: 'list' }, schema: { tags, params: idParams } },
    async (request) => {
      await authorizeTask(db, request, request.params.id, 'read');
      const items = await findIndicators({ db, taskId: request.params.id });
      return { items: items.map(presentIndicatorOf), total: items.length };
    },
  );

  app.post(
    '/api/tasks/:id/indicators',
    { config: { status: 201 }, schema: { tags, params: idParams, body: createIndicatorBody } },
    async (request, reply) => {
      const access = await authorizeTask(db, request, request.params.id, 'manageIndicators');
      const id = await createIndicator({
        db,
        actor: access.actor,
        taskId: request.params.id,
        input: request.body,
      });
      return sendVersioned(reply, await indicatorJson(id));
    },
  );

  app.get('/api/indicators/:id', { schema: { tags, params: idParams } }, async (request, reply) => {
    const indicator = await getIndicator({ db, id: request.params.id });
    await authorizeTask(db, request, indicator.task_id, 'read');
    return sendVersioned(reply, await indicatorJson(indicator.id));
  });

  app.patch(
    '/api/indicators/:id',
    { schema: { tags, params: idParams, body: updateIndicatorBody } },
    async (request, reply) => {
      const indicator = await getIndicator({ db, id: request.params.id });
      const access = await authorizeTask(db, request, indicator.task_id, 'manageIndicators');
      const expected = expectedVersion(request, request.body.version);
      await updateIndicator({
        db,
        actor: access.actor,
        id: indicator.id,
        expected,
        input: request.body,
      });
      return sendVersioned(reply, await indicatorJson(indicator.id));
    },
  );

  app.get(
    '/api/indicators/:id/ledger',
    {
      config: { shape: 'list' },
      schema: { tags: ['ledger'], params: idParams, querystring: ledgerQuery },
    },
    async (request) => {
      const indicator = await getIndicator({ db, id: request.params.id });
      await authorizeTask(db, request, indicator.task_id, 'read');
      const { items, total } = await findLedgerEntries({
        db,
        indicatorId: indicator.id,
        ...request.query,
      });
      return { items: items.map(presentLedgerEntry), total };
    },
  );

  app.post(
    '/api/indicators/:id/ledger',
    {
      config: { status: 201 },
      schema: { tags: ['ledger'], params: idParams, body: createEntryBody },
    },
    async (request) => {
      const indicator = await getIndicator({ db, id: request.params.id });
      const { actor, task } = await authorizeTask(db, request, indicator.task_id, 'report');
      const entry = await createLedgerEntry({
        db,
        actor,
        indicator: {
          id: indicator.id,
          taskId: indicator.task_id,
          aggregation: indicator.aggregation,
          planId: task.plan_id,
          planYear: task.plan.year,
        },
        input: request.body,
        now: app.clock(),
      });
      return presentLedgerEntry(entry);
    },
  );

  app.post(
    '/api/ledger/:id/void',
    { schema: { tags: ['ledger'], params: idParams, body: voidEntryBody } },
    async (request) => {
      const entry = await getLedgerEntry({ db, id: request.params.id });
      const access = await authorizeTask(db, request, entry.task_id, 'report');
      return presentLedgerEntry(
        await voidLedgerEntry({
          db,
          actor: access.actor,
          id: entry.id,
          reason: request.body.reason,
          now: app.clock(),
        }),
      );
    },
  );
};
