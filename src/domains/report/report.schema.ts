/** Inputs of the progress-report routes. */
import { z } from 'zod';
import { yearMonthSchema } from '../../platform/calendar-date.js';
import { pageQuery } from '../../platform/http/paging.js';
import { limits } from '../../platform/limits.js';
import { positiveInt, positiveIntParam } from '../../platform/positive-int.js';

const id = positiveIntParam;
export const idParams = z.object({ id });
export const reportListQuery = pageQuery;

const longText = z.string().trim().max(limits.textLength);
const version = positiveInt;

export const submitReportBody = z.object({
  month: yearMonthSchema,
  done: longText.min(1),
  problems: longText.optional(),
  nextSteps: longText.optional(),
});
export type SubmitReportInput = z.infer<typeof submitReportBody>;

/** A returned report sent again: its text, at the version read (or If-Match). */
export const resubmitReportBody = z.object({
  done: longText.min(1),
  problems: longText.optional(),
  nextSteps: longText.optional(),
  version: version.optional(),
});
export type ResubmitReportInput = z.infer<typeof resubmitReportBody>;

/** Nullish: Fastify hands a POST without a body to validation as null; If-Match then carries the version. */
export const acceptReportBody = z
  .object({ comment: longText.optional(), version: version.optional() })
  .nullish();
export const returnReportBody = z.object({ comment: longText.min(1), version: version.optional() });
