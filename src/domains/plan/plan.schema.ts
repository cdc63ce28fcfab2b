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

const day = z.string().meta({ format: 'date', example: '2017-12-31' });

/** Every plan JSON carries its year as a period and the day its figures count as of by default. */
const planPeriodFields = {
  period: z.object({ start: day, end: day }),
  defaultAsOf: day.describe(
    '缺省统计日期：年度已过为年末，否则今天 / the default as-of day: the plan’s last day once its year is over, else today',
  ),
};

export const planResponse = z.looseObject(planPeriodFields);

export const planListResponse = z.looseObject({
  items: z.array(z.looseObject(planPeriodFields)),
  total: z.number().int().min(0),
});
