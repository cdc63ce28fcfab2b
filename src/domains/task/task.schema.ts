/** Inputs of the task routes. */
import { z } from 'zod';
import { calendarDateSchema } from '../../platform/calendar-date.js';
import { limits } from '../../platform/limits.js';
import { pageQuery } from '../../platform/http/paging.js';
import { positiveInt, positiveIntParam } from '../../platform/positive-int.js';

const id = positiveIntParam;

export const taskParams = z.object({ id });
export const planParams = z.object({ id });

export const taskListQuery = pageQuery.extend({
  planId: id.optional(),
  /** Tasks of plans issued by this unit. */
  unitId: id.optional(),
  departmentId: id.optional(),
  ownerId: id.optional(),
  leaderId: id.optional(),
  light: z.enum(['done', 'green', 'yellow', 'red']).optional(),
  dueBefore: calendarDateSchema.optional(),
  q: z.string().max(100).optional(),
  sort: z.enum(['no', 'due', 'light', 'owner', 'department']).default('no'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type TaskListQuery = z.infer<typeof taskListQuery>;

const taskFields = {
  content: z.string().trim().min(1).max(limits.titleLength),
  ownerPersonId: id.nullable(),
  departmentUnitId: id.nullable(),
  leaderPersonId: id.nullable(),
  deadlineText: z.string().trim().max(50).nullable(),
  startDate: calendarDateSchema.nullable(),
  dueDate: calendarDateSchema.nullable(),
  notes: z.string().max(limits.textLength).nullable(),
};

export const createTaskBody = z.object({ ...taskFields, no: positiveInt.optional() }).partial({
  ownerPersonId: true,
  departmentUnitId: true,
  leaderPersonId: true,
  deadlineText: true,
  startDate: true,
  dueDate: true,
  notes: true,
});
export type CreateTaskInput = z.infer<typeof createTaskBody>;

export const updateTaskBody = z
  .object({ ...taskFields, version: positiveInt })
  .partial()
  .refine((b) => Object.keys(b).some((k) => k !== 'version'), {
    message: '没有要修改的字段 / nothing to change',
  });
export type UpdateTaskInput = z.infer<typeof updateTaskBody>;
