/** Inputs of the extension-request, month-close and inbox routes. */
import { z } from 'zod';
import { calendarDateSchema, yearMonthSchema } from '../../platform/calendar-date.js';
import { pageQuery } from '../../platform/http/paging.js';
import { limits } from '../../platform/limits.js';
import { positiveInt, positiveIntParam } from '../../platform/positive-int.js';

const id = positiveIntParam;
const version = positiveInt;
const comment = z.string().trim().max(limits.textLength);

export const idParams = z.object({ id });
export const extensionListQuery = pageQuery;

export const requestExtensionBody = z.object({
  requestedDue: calendarDateSchema,
  reason: z.string().trim().min(1).max(2000),
});
export type RequestExtensionInput = z.infer<typeof requestExtensionBody>;

/** Nullish: Fastify hands a POST without a body to validation as null; If-Match then carries the version. */
export const approveExtensionBody = z
  .object({ comment: comment.optional(), version: version.optional() })
  .nullish();
export const rejectExtensionBody = z.object({
  comment: comment.min(1),
  version: version.optional(),
});

export const monthParams = z.object({ month: yearMonthSchema });
