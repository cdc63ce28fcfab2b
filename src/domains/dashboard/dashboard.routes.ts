/**
 * The plan dashboard (督办看板) for whoever may read the plan, as of a day (统计日期: the picked
 * `asOf`, else the plan's last day once its year is over, else today). It is the most expensive
 * read of the product and is opened often, so its JSON is cached per generation of the plan's
 * chain and the organisation's, and as-of day (cachedJson): a write to this plan or to people and
 * units, or a new day for a plan that counts as of today, computes it afresh.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessOf, authorize } from '../../platform/auth/access.js';
import { calendarDate } from '../../platform/clock.js';
import { cachedJson } from '../../platform/http/response-cache.js';
import { getCachedPlan } from '../plan/get-plan.js';
import { planPolicy } from '../plan/plan.policy.js';
import { presentDashboard } from './dashboard.presenter.js';
import { asOfQuery, cachedAs } from '../progress/as-of.schema.js';
import { effectiveAsOf } from '../plan/plan-period.js';
import { dashboardResponse, planParams, type DashboardJson } from './dashboard.schema.js';
import { getPlanDashboard } from './get-plan-dashboard.js';

export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;

  app.get(
    '/api/plans/:id/dashboard',
    // Cached (cachedJson): a revalidation with its ETag answers 304.
    {
      config: { status: [200, 304] },
      schema: {
        tags: ['dashboard'],
        params: planParams,
        querystring: asOfQuery,
        response: { 200: dashboardResponse },
      },
    },
    async (request, reply) => {
      const today = calendarDate(app.clock());
      const plan = await getCachedPlan(request, request.params.id);
      const asOf = effectiveAsOf({ asOf: request.query.asOf, planYear: plan.year, today });
      // Keyed by the as-of day; `today` is in the answer too, so the day read is part of the key.
      return cachedAs<DashboardJson>(
        cachedJson(request, reply, { variant: `${asOf}|${today}`, planId: plan.id }, async () => {
          authorize(planPolicy, await accessOf(db, request), 'read', plan);
          return presentDashboard(await getPlanDashboard({ db, plan, today, asOf }));
        }),
      );
    },
  );
};
