/**
 * Tables as .xlsx downloads: a plan's responsibility table (重点工作任务表) for anyone who may read
 * the plan, with its lights and actuals as of a day (统计日期: the picked `asOf`, else the plan's
 * last day once its year is over, else today); the information-work ranking of a month or a year for anyone
 * who may read that ranking.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessOf, authorize } from '../../platform/auth/access.js';
import { calendarDate } from '../../platform/clock.js';
import { infoRankingPolicy } from '../info-work/info-work.policy.js';
import { rankingQuery } from '../info-work/info-work.schema.js';
import { rankInfoUnits, rankingPeriod, rankingRoot } from '../info-work/rank-info-units.js';
import { getPlan } from '../plan/get-plan.js';
import { planPolicy } from '../plan/plan.policy.js';
import { idParams } from '../plan/plan.schema.js';
import { effectiveAsOf } from '../plan/plan-period.js';
import { asOfQuery } from '../progress/as-of.schema.js';
import { getResponsibilityTable } from './get-responsibility-table.js';
import { infoRankingWorkbook, periodLabel } from './info-ranking-workbook.js';
import { responsibilityWorkbook } from './responsibility-workbook.js';
import { XLSX_TYPE } from '../documents/download.js';
import { sendXlsx } from '../documents/send-xlsx.js';

const xlsx = { produces: [XLSX_TYPE] };

export const tableExportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;

  app.get(
    '/api/plans/:id/table.xlsx',
    { config: xlsx, schema: { tags: ['plans'], params: idParams, querystring: asOfQuery } },
    async (request, reply) => {
      const plan = await getPlan({ db, id: request.params.id });
      authorize(planPolicy, await accessOf(db, request), 'read', plan);
      const today = calendarDate(app.clock());
      const asOf = effectiveAsOf({ asOf: request.query.asOf, planYear: plan.year, today });
      const table = await getResponsibilityTable({ db, plan, asOf });
      return sendXlsx(reply, `重点工作任务表-${plan.title}`, await responsibilityWorkbook(table));
    },
  );

  app.get(
    '/api/info-rankings.xlsx',
    { config: xlsx, schema: { tags: ['info-work'], querystring: rankingQuery } },
    async (request, reply) => {
      const access = await accessOf(db, request);
      const root = await rankingRoot(db, request.query.unitId, access.actor.unitId);
      authorize(infoRankingPolicy, access, 'read', { root });
      const period = rankingPeriod(request.query, calendarDate(app.clock()));
      const { scores } = await rankInfoUnits({ db, root, period });
      const name = `信息工作排名-${periodLabel(period)}`;
      return sendXlsx(reply, name, await infoRankingWorkbook({ period, scores }));
    },
  );
};
