/**
 * Responsibility and recurring obligations of a task: administrators set its owners, lead and
 * co-operating departments (versioned on the task, audited); anyone who may read the task sees
 * its occurrences (每月25日前报送 month by month) with their lights.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessOf, authorize } from '../../platform/auth/access.js';
import { calendarDate } from '../../platform/clock.js';
import { expectedVersion, sendVersioned } from '../../platform/http/versioning.js';
import { getPlan } from '../plan/get-plan.js';
import { findOccurrences } from '../task/find-occurrences.js';
import { getTaskAccess } from '../task/get-task-access.js';
import { getTask } from './get-task.js';
import { setTaskAssignees } from '../task/set-task-assignees.js';
import { presentTaskPage } from './task.presenter.js';
import { taskPolicy } from '../task/task.policy.js';
import { taskParams } from '../task/task.schema.js';
import { presentOccurrences } from '../task/tracking.presenter.js';
import { assigneesBody } from '../task/tracking.schema.js';

export const trackingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;
  const today = () => calendarDate(app.clock());

  app.put(
    '/api/tasks/:id/assignees',
    { schema: { tags: ['tasks'], params: taskParams, body: assigneesBody } },
    async (request, reply) => {
      const access = await accessOf(db, request);
      const task = await getTaskAccess({ db, taskId: request.params.id });
      authorize(taskPolicy, access, 'assign', task);
      await setTaskAssignees({
        db,
        actor: access.actor,
        taskId: task.id,
        input: request.body,
        expected: expectedVersion(request, request.body.version),
        now: app.clock(),
      });
      const page = await getTask({ db, access, id: task.id, today: today() });
      return sendVersioned(reply, presentTaskPage(page));
    },
  );

  app.get(
    '/api/tasks/:id/occurrences',
    { config: { shape: 'list' }, schema: { tags: ['tasks'], params: taskParams } },
    async (request) => {
      const access = await accessOf(db, request);
      const task = await getTaskAccess({ db, taskId: request.params.id });
      authorize(taskPolicy, access, 'read', task);
      const plan = await getPlan({ db, id: task.plan_id });
      const occurrences = await findOccurrences({
        db,
        taskId: task.id,
        planYear: plan.year,
        today: today(),
      });
      return presentOccurrences(occurrences);
    },
  );
};
