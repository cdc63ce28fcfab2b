/** Inputs of the information-work routes. */
import { z } from 'zod';
import { calendarDateSchema, yearMonthSchema } from '../../platform/calendar-date.js';
import { pageQuery } from '../../platform/http/paging.js';
import { limits } from '../../platform/limits.js';
import { adoptionLevels, schemeRules } from './info-scheme.js';
import { positiveInt, positiveIntParam } from '../../platform/positive-int.js';

const id = positiveIntParam;
const year = z.coerce.number().int().min(2000).max(2100);

export const itemParams = z.object({ id });
export const yearParams = z.object({ year });
export const monthParams = z.object({ month: yearMonthSchema });

export const itemListQuery = pageQuery.extend({
  unitId: id.optional(),
  month: yearMonthSchema.optional(),
  year: year.optional(),
});
export type ItemListQuery = z.infer<typeof itemListQuery>;

export const createItemBody = z.object({
  title: z.string().trim().min(1).max(limits.titleLength),
  content: z.string().trim().min(1).max(limits.textLength),
  submittedOn: calendarDateSchema,
  /** The officer's own unit when absent; administrators name the unit. */
  unitId: positiveInt.optional(),
});
export type CreateItemInput = z.infer<typeof createItemBody>;

export const adoptionBody = z.object({
  level: z.enum(adoptionLevels),
  adoptedOn: calendarDateSchema,
});
export type AdoptionInput = z.infer<typeof adoptionBody>;

export const instructionBody = z.object({
  /** The leader's title or name, as written on the 批示. */
  by: z.string().trim().min(1).max(limits.nameLength),
  note: z.string().trim().min(1).max(limits.textLength),
  on: calendarDateSchema,
});
export type InstructionInput = z.infer<typeof instructionBody>;

export const schemeBody = schemeRules.extend({ version: positiveInt.optional() });

/**
 * At most one of month and year (neither: this year); unitId names the unit whose sub-units are
 * ranked.
 */
export const rankingQuery = z
  .object({ month: yearMonthSchema.optional(), year: year.optional(), unitId: id.optional() })
  .superRefine((q, ctx) => {
    if (q.month !== undefined && q.year !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['month'],
        message: 'month 与 year 只能给出其一 / give month or year, not both',
      });
  });

export const bulletinQuery = z.object({ unitId: id.optional() });
