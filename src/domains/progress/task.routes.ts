/**
 * Task routes: lists with filters and lights, the task page, create, edit/reassign, complete; the
 * tracking routes (assignees, occurrences, milestones) are registered from here as sub-plugins.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessOf, authorize, type Access } from '../../platform/auth/access.js';
import { calendarDate } from '../../platform/clock.js';
import { cachedJson } from '../../platform/http/response-cache.js';
import { expectedVersion, sendVersioned, versionBody } from '../../platform/http/versioning.js';
import { getCachedPlan, getPlan } from '../plan/get-plan.js';
import { authorizeTask } from '../task/authorize-task.js';
import { planPolicy } from '../plan/plan.policy.js';
import { createTask } from '../task/create-task.js';
import { milestoneRoutes } from '../task/milestone.routes.js';
import { findTasks } from './find-tasks.js';
import { getTaskAccess } from '../task/get-task-access.js';
import { getTask } from './get-task.js';
import { presentTask, presentTaskPage } from './task.presenter.js';
import { taskPolicy } from '../task/task.policy.js';
import {
  createTaskBody,
  planParams,
  taskListQuery,
  taskParams,
  type TaskListQuery,
  updateTaskBody,
} from '../task/task.schema.js';
import { trackingRoutes } from './tracking.routes.js';
import {
  asOfQuery,
  cachedAs,
  taskListResponse,
  taskPageResponse,
  type TaskListJson,
} from './as-of.schema.js';
import { effectiveAsOf } from '../plan/plan-period.js';
import { changesOf, updateTask } from '../task/update-task.js';

/** Task lists are cached (cachedJson): a revalidation with their ETag answers 304. */
const cachedList = { shape: 'list', status: [200, 304] } as const;

/** Lists take the filters and the 统计日期 their lights count as of. */
const listQuery = taskListQuery.extend(asOfQuery.shape);

export const taskRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(trackingRoutes);
  await app.register(milestoneRoutes);
  const { db } = app.store;
  const today = () => calendarDate(app.clock());
  const page = async (request: Parameters<typeof accessOf>[1], id: number, asOf?: string) =>
    getTask({ db, access: await accessOf(db, request), id, today: today(), asOf });
  /** The year of a plan a filter names, when the reader may see it (else the day is today). */
  const planYear = async (access: Access, planId: number | undefined) => {
    if (planId === undefined) return undefined;
    const plan = await db
      .selectFrom('plans')
      .select(['year', 'issuing_unit_id', 'state'])
      .where('id', '=', planId)
      .executeTakeFirst();
    return plan && planPolicy.read(access, plan) ? plan.year : undefined;
  };
  const list = async (access: Access, query: TaskListQuery, asOf: string) => {
    const { items, total } = await findTasks({ db, access, query, today: asOf });
    return { items: items.map(presentTask), total, asOf };
  };

  app.get(
    '/api/tasks',
    {
      config: cachedList,
      schema: { tags: ['tasks'], querystring: listQuery, response: { 200: taskListResponse } },
    },
    async (request, reply) => {
      // Without a plan filter the lights count as of today (tasks of several years).
      const { asOf, planId } = request.query;
      const access = await accessOf(db, request);
      const day = effectiveAsOf({ asOf, planYear: await planYear(access, planId), today: today() });
      return cachedAs<TaskListJson>(
        cachedJson(request, reply, { variant: day }, async () => list(access, request.query, day)),
      );
    },
  );

  app.get(
    '/api/plans/:id/tasks',
    {
      config: cachedList,
      schema: {
        tags: ['tasks'],
        params: planParams,
        querystring: listQuery,
        response: { 200: taskListResponse },
      },
    },
    async (request, reply) => {
      const plan = await getCachedPlan(request, request.params.id);
      const day = effectiveAsOf({ asOf: request.query.asOf, planYear: plan.year, today: today() });
      return cachedAs<TaskListJson>(
        cachedJson(request, reply, { variant: day, planId: plan.id }, async () => {
          const access = await accessOf(db, request);
          authorize(planPolicy, access, 'read', plan);
          return list(access, { ...request.query, planId: plan.id }, day);
        }),
      );
    },
  );

  app.get(
    '/api/tasks/:id',
    {
      schema: {
        tags: ['tasks'],
        params: taskParams,
        querystring: asOfQuery,
        response: { 200: taskPageResponse },
      },
    },
    async (request, reply) => {
      const access = await accessOf(db, request);
      authorize(taskPolicy, access, 'read', await getTaskAccess({ db, taskId: request.params.id }));
      const task = await page(request, request.params.id, request.query.asOf);
      return sendVersioned(reply, presentTaskPage(task));
    },
  );

  app.post(
    '/api/plans/:id/tasks',
    {
      config: { status: 201 },
      schema: { tags: ['tasks'], params: planParams, body: createTaskBody },
    },
    async (request, reply) => {
      const access = await accessOf(db, request);
      const plan = await getPlan({ db, id: request.params.id });
      authorize(planPolicy, access, 'createTask', plan);
      const id = await createTask({
        db,
        actor: access.actor,
        planId: plan.id,
        planYear: plan.year,
        input: request.body,
        now: app.clock(),
      });
      return sendVersioned(reply, presentTaskPage(await page(request, id)));
    },
  );

  app.patch(
    '/api/tasks/:id',
    { schema: { tags: ['tasks'], params: taskParams, body: updateTaskBody } },
    async (request, reply) => {
      // Task access carries the plan's year: the plan row need not be read again.
      const { actor, task } = await authorizeTask(db, request, request.params.id, 'update');
      const expected = expectedVersion(request, request.body.version);
      const changes = changesOf(request.body, task.plan.year);
      await updateTask({
        db,
        actor,
        id: task.id,
        expected,
        changes,
        action: 'update',
        now: app.clock(),
      });
      return sendVersioned(reply, presentTaskPage(await page(request, task.id)));
    },
  );

  app.post(
    '/api/tasks/:id/complete',
    { schema: { tags: ['tasks'], params: taskParams, body: versionBody } },
    async (request, reply) => {
      const access = await accessOf(db, request);
      const task = await getTaskAccess({ db, taskId: request.params.id });
      authorize(taskPolicy, access, 'complete', task);
      const expected = expectedVersion(request, request.body?.version);
      await updateTask({
        db,
        actor: access.actor,
        id: task.id,
        expected,
        changes: { status: 'done' },
        action: 'complete',
        now: app.clock(),
      });
      return sendVersioned(reply, presentTaskPage(await page(request, task.id)));
    },
  );
};
