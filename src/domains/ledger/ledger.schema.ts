/** Inputs of the indicator and ledger routes; cross-field rules come from ledger-rules.ts. */
import { z } from 'zod';
import { calendarDateSchema } from '../../platform/calendar-date.js';
import { pageQuery } from '../../platform/http/paging.js';
import { limits } from '../../platform/limits.js';
import { targetProblem } from './ledger-rules.js';
import { positiveInt, positiveIntParam } from '../../platform/positive-int.js';

const id = positiveIntParam;
export const idParams = z.object({ id });

export const comparators = ['>=', '<=', '>', '<', '=', 'range', 'approx'] as const;
export const aggregations = ['sum', 'count', 'distinct_subjects', 'per_person'] as const;

const indicatorFields = {
  comparator: z.enum(comparators),
  value: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  unit: z.string().trim().min(1).max(20),
  subject: z.string().trim().min(1).max(limits.nameLength),
  aggregation: z.enum(aggregations),
  perPersonThreshold: z.number().positive().nullable(),
  sourceText: z.string().trim().max(limits.titleLength).nullable(),
};

export const createIndicatorBody = z
  .object(indicatorFields)
  .partial({ value: true, min: true, max: true, perPersonThreshold: true, sourceText: true })
  .superRefine((body, ctx) => {
    const problem = targetProblem(body);
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
  });
export type CreateIndicatorInput = z.infer<typeof createIndicatorBody>;

export const updateIndicatorBody = z
  .object({ ...indicatorFields, version: positiveInt })
  .partial()
  .refine((b) => Object.keys(b).some((k) => k !== 'version'), {
    message: '没有要修改的字段 / nothing to change',
  });
export type UpdateIndicatorInput = z.infer<typeof updateIndicatorBody>;

export const attributesSchema = z
  .record(z.string().min(1).max(100), z.union([z.string().max(limits.titleLength), z.number()]))
  .refine((a) => Object.keys(a).length <= 50, { message: 'at most 50 attributes' });

export const createEntryBody = z.object({
  entryDate: calendarDateSchema,
  quantity: z.number().min(0).max(1e12).default(1),
  subject: z.string().trim().min(1).max(limits.titleLength).optional(),
  attributes: attributesSchema.optional(),
  replacesId: positiveInt.optional(),
});
export type CreateEntryInput = z.infer<typeof createEntryBody>;

export const voidEntryBody = z.object({ reason: z.string().trim().min(1).max(limits.titleLength) });

export const ledgerQuery = pageQuery.extend({
  includeVoided: z
    .enum(['0', '1', 'false', 'true'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
});
