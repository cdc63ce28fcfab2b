/**
 * Cascading plans (下级单位制定工作要点并对接上级重点工作): the units a notice expects to answer,
 * the child plans filed under a plan, task alignment with the parent's key tasks, and the roll-up.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessOf, authorize, type Access } from '../../platform/auth/access.js';
import { calendarDate } from '../../platform/clock.js';
import { cachedJson } from '../../platform/http/response-cache.js';
import { getPlan } from '../plan/get-plan.js';
import { getTaskAccess } from '../task/get-task-access.js';
import {
  presentAlignedTask,
  presentAlignment,
  presentChildPlan,
  presentRecipient,
  presentRollup,
} from './cascade.presenter.js';
import { cascadePlanPolicy, childLinkPolicy } from './cascade.policy.js';
import {
  alignmentBody,
  childBody,
  keyTaskParams,
  planParams,
  recipientsBody,
  taskParams,
} from './cascade.schema.js';
import { findKeyTaskAligned } from './find-aligned-tasks.js';
import { findChildPlans } from './find-child-plans.js';
import { findPlanRecipients } from './find-plan-recipients.js';
import { getPlanRollup } from './get-plan-rollup.js';
import { linkChildPlan } from './link-child-plan.js';
import { setPlanRecipients } from './set-plan-recipients.js';
import { getTaskAlignment, setTaskAlignment } from './set-task-alignment.js';

const tags = ['cascade'];
const listConfig = { shape: 'list' } as const;

export const cascadeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;
  const today = () => calendarDate(app.clock());
  const list = <T>(items: T[]) => ({ items, total: items.length });
  const recipients = async (planId: number, access: Access) =>
    list(
      (await findPlanRecipients({ db, planId, includeDrafts: access.actor.role === 'admin' })).map(
        presentRecipient,
      ),
    );

  app.get(
    '/api/plans/:id/recipients',
    { config: listConfig, schema: { tags, params: planParams } },
    async (request) => {
      const access = await accessOf(db, request);
      authorize(cascadePlanPolicy, access, 'read', await getPlan({ db, id: request.params.id }));
      return recipients(request.params.id, access);
    },
  );

  app.put(
    '/api/plans/:id/recipients',
    { config: listConfig, schema: { tags, params: planParams, body: recipientsBody } },
    async (request) => {
      const access = await accessOf(db, request);
      const plan = await getPlan({ db, id: request.params.id });
      authorize(cascadePlanPolicy, access, 'setRecipients', plan);
      await setPlanRecipients({ db, actor: access.actor, plan, unitIds: request.body.unitIds });
      return recipients(plan.id, access);
    },
  );

  app.get(
    '/api/plans/:id/children',
    { config: listConfig, schema: { tags, params: planParams } },
    async (request) => {
      const access = await accessOf(db, request);
      authorize(cascadePlanPolicy, access, 'read', await getPlan({ db, id: request.params.id }));
      return list(
        (await findChildPlans({ db, access, planId: request.params.id })).map(presentChildPlan),
      );
    },
  );

  app.post(
    '/api/plans/:id/children',
    // 201 when the plan is newly filed under the parent, 200 when it already was.
    { config: { status: [201, 200] }, schema: { tags, params: planParams, body: childBody } },
    async (request, reply) => {
      const access = await accessOf(db, request);
      const parent = await getPlan({ db, id: request.params.id });
      const child = await getPlan({ db, id: request.body.childPlanId });
      authorize(childLinkPolicy, access, 'link', { parent, child });
      const { changed } = await linkChildPlan({
        db,
        actor: access.actor,
        parent,
        child,
        now: app.clock(),
      });
      void reply.status(changed ? 201 : 200);
      const children = await findChildPlans({ db, access, planId: parent.id });
      return children.filter((c) => c.id === child.id).map(presentChildPlan)[0] ?? null;
    },
  );

  app.put(
    '/api/tasks/:id/alignment',
    { schema: { tags, params: taskParams, body: alignmentBody } },
    async (request) => {
      const access = await accessOf(db, request);
      const task = await getTaskAccess({ db, taskId: request.params.id });
      const plan = await getPlan({ db, id: task.plan_id });
      authorize(cascadePlanPolicy, access, 'align', plan);
      await setTaskAlignment({
        db,
        actor: access.actor,
        taskId: task.id,
        parentPlanId: plan.parent_plan_id,
        keyTaskId: request.body.keyTaskId,
        now: app.clock(),
      });
      return presentAlignment(task.id, await getTaskAlignment({ db, taskId: task.id }));
    },
  );

  app.get(
    '/api/plans/:id/key-tasks/:no/aligned',
    { config: listConfig, schema: { tags, params: keyTaskParams } },
    async (request) => {
      const access = await accessOf(db, request);
      authorize(cascadePlanPolicy, access, 'read', await getPlan({ db, id: request.params.id }));
      const rows = await findKeyTaskAligned({
        db,
        planId: request.params.id,
        no: request.params.no,
        today: today(),
      });
      return list(rows.map(presentAlignedTask));
    },
  );

  // The roll-up computes a light for every aligned task of every child plan (over a thousand
  // for a province's plan): cached per data generation and day, like the dashboard.
  app.get(
    '/api/plans/:id/rollup',
    { config: { status: [200, 304] }, schema: { tags, params: planParams } },
    async (request, reply) =>
      cachedJson(request, reply, { variant: today() }, async () => {
        const access = await accessOf(db, request);
        authorize(cascadePlanPolicy, access, 'read', await getPlan({ db, id: request.params.id }));
        const rollup = await getPlanRollup({ db, planId: request.params.id, today: today() });
        return presentRollup(request.params.id, rollup);
      }),
  );
};
