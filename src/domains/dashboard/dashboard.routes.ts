/**
 * The plan dashboard (督办看板) for whoever may read the plan. It is the most expensive read of the
 * product and is opened often, so its JSON is cached per data generation and day (cachedJson):
 * any audited write or a new day computes it afresh.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessOf, authorize } from '../../platform/auth/access.js';
import { calendarDate } from '../../platform/clock.js';
import { cachedJson } from '../../platform/http/response-cache.js';
import { getPlan } from '../plan/get-plan.js';
import { planPolicy } from '../plan/plan.policy.js';
import { presentDashboard } from './dashboard.presenter.js';
import { planParams } from './dashboard.schema.js';
import { getPlanDashboard } from './get-plan-dashboard.js';

export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;

  app.get(
    '/api/plans/:id/dashboard',
    // Cached (cachedJson): a revalidation with its ETag answers 304.
    { config: { status: [200, 304] }, schema: { tags: ['dashboard'], params: planParams } },
    async (request, reply) => {
      const today = calendarDate(app.clock());
      return cachedJson(request, reply, today, async () => {
        const plan = await getPlan({ db, id: request.params.id });
        authorize(planPolicy, await accessOf(db, request), 'read', plan);
        return presentDashboard(await getPlanDashboard({ db, plan, today }));
      });
    },
  );
};
