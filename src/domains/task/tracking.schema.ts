/** Inputs of the tracking routes: assignees, milestones (时间节点), occurrences. */
import { z } from 'zod';
import { calendarDateSchema } from '../../platform/calendar-date.js';
import { limits } from '../../platform/limits.js';
import { positiveInt, positiveIntParam } from '../../platform/positive-int.js';

const version = positiveInt;

/** Distinct ids in the order written; the first is the primary one. */
const idList = z
  .array(positiveInt)
  .max(50)
  .refine((ids) => new Set(ids).size === ids.length, { message: '重复 / duplicate id' });

export const milestoneParams = z.object({ id: positiveIntParam });

export const assigneesBody = z.object({
  owners: idList,
  leadDepartments: idList,
  coDepartments: idList,
  version: version.optional(),
});
export type AssigneesInput = z.infer<typeof assigneesBody>;

const title = z.string().trim().min(1).max(limits.titleLength);

export const createMilestoneBody = z.object({ title, due: calendarDateSchema });
export type CreateMilestoneInput = z.infer<typeof createMilestoneBody>;

export const updateMilestoneBody = z
  .object({ title, due: calendarDateSchema, version })
  .partial()
  .refine((b) => b.title !== undefined || b.due !== undefined, {
    message: '没有要修改的字段 / nothing to change',
  });
export type UpdateMilestoneInput = z.infer<typeof updateMilestoneBody>;

export const completeMilestoneBody = z.object({
  evidence: z.string().trim().min(1).max(limits.textLength),
  version: version.optional(),
});
