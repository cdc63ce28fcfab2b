/** Inputs of the plan routes. */
import { z } from 'zod';
import { calendarDateSchema } from '../../platform/calendar-date.js';
import { limits } from '../../platform/limits.js';
import { pageQuery } from '../../platform/http/paging.js';
import { positiveInt, positiveIntParam } from '../../platform/positive-int.js';

const id = positiveIntParam;
export const idParams = z.object({ id });
export const planListQuery = pageQuery;

export const updatePlanBody = z
  .object({
    title: z.string().trim().min(1).max(limits.titleLength),
    year: z.number().int().min(1949).max(2100),
    docNumber: z.string().trim().max(100).nullable(),
    noticeTitle: z.string().trim().max(limits.titleLength).nullable(),
    issueDate: calendarDateSchema.nullable(),
    version: positiveInt,
  })
  .partial();

export const updateSectionBody = z.object({
  heading: z.string().trim().min(1).max(limits.titleLength),
  version: positiveInt.optional(),
});

export const updateKeyTaskBody = z.object({
  text: z.string().trim().min(1).max(limits.titleLength),
  version: positiveInt.optional(),
});

export const updateItemBody = z
  .object({
    title: z.string().trim().min(1).max(limits.titleLength),
    body: z.string().max(limits.textLength),
    version: positiveInt,
  })
  .partial();

export const importQuery = z.object({
  year: z.coerce.number().int().min(1949).max(2100).optional(),
  parentPlanId: id.optional(),
});
