/**
 * The 统计日期 (as-of date) of the reads that count: an optional `asOf` query, and the response
 * fields that say which day was used. Absent, a plan's reads count as of its default day
 * (plan/plan-period: its last day once its year is over, else today).
 */
import { z } from 'zod';
import { calendarDateSchema } from '../../platform/calendar-date.js';

const asOf = calendarDateSchema.describe(
  '统计日期：灯、逾期天数、本月报送与指标实绩按此日计算；缺省为工作要点年度已过时的年末，否则今天 / the day lights, overdue days, this month’s report and actuals count as of; by default the plan’s last day once its year is over, else today',
);

export const asOfQuery = z.object({ asOf: asOf.optional() });

const day = z.string().meta({ format: 'date', example: '2017-12-31' });

export const periodJson = z.object({ start: day, end: day });

/**
 * A cached read (cachedJson) answers with its JSON text, which Fastify sends as is: the route's
 * declared response shape documents that text, so the text stands in for the typed body.
 */
export const cachedAs = <T>(text: Promise<string | undefined>) =>
  text as unknown as Promise<T | undefined>;

/** A task list: the page, and the day its lights count as of. */
export const taskListResponse = z.looseObject({
  items: z.array(z.looseObject({})),
  total: z.number().int().min(0),
  asOf: day,
});
export type TaskListJson = z.infer<typeof taskListResponse>;

/** The task page: the task, the day it counts as of and its plan's period. */
export const taskPageResponse = z.looseObject({ asOf: day, period: periodJson });
