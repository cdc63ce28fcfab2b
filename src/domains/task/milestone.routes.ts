/**
 * Milestone routes (时间节点): read with the task; administrators add and edit them; an owner of
 * the task (or an administrator) marks one done with evidence. Writes are versioned and audited.
 */
import { authorizeTask } from './authorize-task.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { calendarDate } from '../../platform/clock.js';
import { expectedVersion, sendVersioned } from '../../platform/http/versioning.js';
import { completeMilestone } from './complete-milestone.js';
import { createMilestone } from './create-milestone.js';
import { findMilestones } from './find-milestones.js';
import { getMilestone } from './get-milestone.js';
import { presentMilestone } from './tracking.presenter.js';
import {
  completeMilestoneBody,
  createMilestoneBody,
  milestoneParams,
  updateMilestoneBody,
} from './tracking.schema.js';
import { updateMilestone } from './update-milestone.js';

export const milestoneRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;
  const today = () => calendarDate(app.clock());
  const tags = ['milestones'];

  app.get(
    '/api/tasks/:id/milestones',
    { config: { shape: 'list' }, schema: { tags, params: milestoneParams } },
    async (request) => {
      await authorizeTask(db, request, request.params.id, 'read');
      const items = await findMilestones({ db, taskId: request.params.id });
      return { items: items.map((m) => presentMilestone(m, today())), total: items.length };
    },
  );

  app.post(
    '/api/tasks/:id/milestones',
    {
      config: { status: 201 },
      schema: { tags, params: milestoneParams, body: createMilestoneBody },
    },
    async (request, reply) => {
      const access = await authorizeTask(db, request, request.params.id, 'manageMilestones');
      const row = await createMilestone({
        db,
        actor: access.actor,
        taskId: request.params.id,
        input: request.body,
      });
      return sendVersioned(reply, presentMilestone(row, today()));
    },
  );

  app.patch(
    '/api/milestones/:id',
    { schema: { tags, params: milestoneParams, body: updateMilestoneBody } },
    async (request, reply) => {
      const milestone = await getMilestone({ db, id: request.params.id });
      const access = await authorizeTask(db, request, milestone.task_id, 'manageMilestones');
      const row = await updateMilestone({
        db,
        actor: access.actor,
        id: milestone.id,
        input: request.body,
        expected: expectedVersion(request, request.body.version),
      });
      return sendVersioned(reply, presentMilestone(row, today()));
    },
  );

  app.post(
    '/api/milestones/:id/done',
    { schema: { tags, params: milestoneParams, body: completeMilestoneBody } },
    async (request, reply) => {
      const milestone = await getMilestone({ db, id: request.params.id });
      const access = await authorizeTask(db, request, milestone.task_id, 'completeMilestone');
      const row = await completeMilestone({
        db,
        actor: access.actor,
        id: milestone.id,
        evidence: request.body.evidence,
        expected: expectedVersion(request, request.body.version),
        today: today(),
      });
      return sendVersioned(reply, presentMilestone(row, today()));
    },
  );
};
