/**
 * Reading the evidence in bulk: the ledger (台账) as an .xlsx for one indicator or a whole plan,
 * and an indicator's month-end history for a chart of the path to target. Both follow read
 * permission on the task or plan.
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessOf, authorize } from '../../platform/auth/access.js';
import { calendarDate } from '../../platform/clock.js';
import { getIndicator } from '../ledger/get-indicator.js';
import { getPlan } from '../plan/get-plan.js';
import { planPolicy } from '../plan/plan.policy.js';
import { XLSX_TYPE } from '../documents/download.js';
import { sendXlsx } from '../documents/send-xlsx.js';
import { getTaskAccess } from '../task/get-task-access.js';
import { taskPolicy } from '../task/task.policy.js';
import { presentHistory } from './evidence.presenter.js';
import { idParams } from './evidence.schema.js';
import { findExportRows } from './find-export-rows.js';
import { indicatorHistory } from './indicator-history.js';
import { ledgerWorkbook } from './ledger-workbook.js';

const xlsx = { produces: [XLSX_TYPE] };

export const evidenceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;
  const readTask = async (request: FastifyRequest, taskId: number) =>
    authorize(taskPolicy, await accessOf(db, request), 'read', await getTaskAccess({ db, taskId }));
  const tags = ['ledger'];

  app.get(
    '/api/indicators/:id/ledger.xlsx',
    { config: xlsx, schema: { tags, params: idParams } },
    async (request, reply) => {
      const indicator = await getIndicator({ db, id: request.params.id });
      await readTask(request, indicator.task_id);
      const rows = await findExportRows({ db, scope: { indicatorId: indicator.id } });
      return sendXlsx(reply, `台账-${indicator.subject}`, await ledgerWorkbook(rows));
    },
  );

  app.get(
    '/api/plans/:id/ledger.xlsx',
    { config: xlsx, schema: { tags, params: idParams } },
    async (request, reply) => {
      const plan = await getPlan({ db, id: request.params.id });
      authorize(planPolicy, await accessOf(db, request), 'read', plan);
      const rows = await findExportRows({ db, scope: { planId: plan.id } });
      return sendXlsx(reply, `台账-${plan.title}`, await ledgerWorkbook(rows));
    },
  );

  app.get(
    '/api/indicators/:id/history',
    { schema: { tags: ['indicators'], params: idParams } },
    async (request) => {
      const indicator = await getIndicator({ db, id: request.params.id });
      await readTask(request, indicator.task_id);
      const today = calendarDate(app.clock());
      return presentHistory(await indicatorHistory({ db, indicatorId: indicator.id, today }));
    },
  );
};
