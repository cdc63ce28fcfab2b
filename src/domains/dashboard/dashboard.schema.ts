/** Inputs of the dashboard route. */
import { z } from 'zod';
import { positiveIntParam } from '../../platform/positive-int.js';

export const planParams = z.object({ id: positiveIntParam });

/** The dashboard: its figures as of `asOf` (统计日期); `today` is the calendar day it was read. */
export const dashboardResponse = z.looseObject({
  planId: z.number().int(),
  today: z.string().meta({ format: 'date' }),
  asOf: z.string().meta({ format: 'date', example: '2017-12-31' }),
});
export type DashboardJson = z.infer<typeof dashboardResponse>;
