/** Read-only plan routes: the plan list and a plan's tasks. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findPlanTasks } from './find-plan-tasks.js';
import { findPlans } from './find-plans.js';
import { presentPlanSummary, presentTask } from './plan.presenter.js';

export const planRoutes: FastifyPluginAsyncZod = (app) => {
  app.get('/api/plans', { schema: { tags: ['plans'] } }, async () => {
    const rows = await findPlans({ db: app.store.db });
    return { plans: rows.map(presentPlanSummary) };
  });

  app.get(
    '/api/plans/:id/tasks',
    { schema: { tags: ['plans'], params: z.object({ id: z.coerce.number().int().positive() }) } },
    async (request) => {
      const rows = await findPlanTasks({ db: app.store.db, planId: request.params.id });
      return { tasks: rows.map(presentTask) };
    },
  );
  return Promise.resolve();
};
