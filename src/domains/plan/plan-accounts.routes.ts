/**
 * POST /api/plans/:id/accounts — one step after an import: an account for every person named on
 * the plan's tasks who has none (role leader for whoever leads a task, else owner), each with a
 * first password shown once in the answer and to be changed at the first log-in. The plan's
 * administrators may; people of units they do not administer are skipped, like those who already
 * have an account. Calling it again creates none.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessOf, authorize } from '../../platform/auth/access.js';
import { createAccounts } from '../org/create-accounts.js';
import { personPolicy } from '../org/org.policy.js';
import { getPlan } from './get-plan.js';
import { findPlanPeople } from './plan-people.js';
import { planPolicy } from './plan.policy.js';
import { idParams } from './plan.schema.js';

export const planAccountRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;

  app.post(
    '/api/plans/:id/accounts',
    {
      config: { status: 201 },
      schema: { tags: ['users'], params: idParams, body: z.object({}).optional() },
    },
    async (request) => {
      const access = await accessOf(db, request);
      const plan = await getPlan({ db, id: request.params.id });
      authorize(planPolicy, access, 'openAccounts', plan);
      const people = await findPlanPeople(db, plan.id);
      const managed = people.filter((p) => personPolicy.linkAccount(access, { unit_id: p.unitId }));
      const result = await createAccounts({ db, actor: access.actor, people: managed });
      return { created: result.created, skipped: people.length - result.created.length };
    },
  );
};
