/** Inputs of the grassroots routes: visits, contact points, categories, minimums and totals. */
import { z } from 'zod';
import {
  calendarDateSchema,
  endNotBeforeStart,
  isCalendarDate,
} from '../../platform/calendar-date.js';
import { pageQuery } from '../../platform/http/paging.js';
import { limits } from '../../platform/limits.js';
import { spanDays } from './grassroots-pace.js';
import { positiveInt, positiveIntParam } from '../../platform/positive-int.js';

const id = positiveIntParam;
const bodyId = positiveInt;
const year = z.coerce.number().int().min(2000).max(2100);
const text = (max: number) => z.string().trim().min(1).max(max);

export const idParams = z.object({ id });
export const yearParams = z.object({ year });
export const personParams = z.object({ personId: id });

export const visitBody = z
  .object({
    personId: bodyId,
    startDate: calendarDateSchema,
    endDate: calendarDateSchema,
    /** Defaults to the whole span; half days allowed. */
    days: z.number().positive().multipleOf(0.5).optional(),
    place: text(limits.titleLength),
    contactPointId: bodyId.nullish(),
    purpose: text(limits.titleLength),
    findings: z.string().trim().max(limits.textLength).nullish(),
  })
  .superRefine(endNotBeforeStart('startDate', 'endDate'))
  .superRefine((b, ctx) => {
    if (!isCalendarDate(b.startDate) || !isCalendarDate(b.endDate) || b.endDate < b.startDate)
      return;
    if (b.days !== undefined && b.days > spanDays(b.startDate, b.endDate))
      ctx.addIssue({ code: 'custom', path: ['days'], message: 'more than the days of the span' });
  });
export type VisitInput = z.infer<typeof visitBody>;

export const voidBody = z.object({ reason: text(limits.titleLength) });

/** A month without a year is this year's (find-visits.ts). */
export const visitQuery = pageQuery.extend({
  personId: id.optional(),
  year: year.optional(),
  month: z.coerce.number().int().min(1).max(12).optional(),
  includeVoided: z
    .enum(['0', '1', 'false', 'true'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
});
export type VisitQuery = z.infer<typeof visitQuery>;

const contactPointFields = {
  name: text(limits.nameLength),
  unitId: bodyId.nullable(),
  address: z.string().trim().max(limits.titleLength).nullable(),
  personId: bodyId,
};
export const contactPointBody = z
  .object(contactPointFields)
  .partial({ unitId: true, address: true });
export type ContactPointInput = z.infer<typeof contactPointBody>;

export const contactPointPatch = z
  .object({ ...contactPointFields, version: positiveInt })
  .partial()
  .refine((b) => Object.keys(b).some((k) => k !== 'version'), {
    message: '没有要修改的字段 / nothing to change',
  });
export type ContactPointChanges = z.infer<typeof contactPointPatch>;

export const categoryBody = z.object({ category: z.enum(['leading', 'staff']) });

const minimum = z.number().min(0).max(366);
export const minimumsBody = z.object({
  leading: minimum,
  staff: minimum,
  version: z.number().int().min(0).optional(),
});

export const totalsQuery = z.object({ year: year.optional() });
