/** Inputs of the assessment routes. */
import { z } from 'zod';
import { calendarDateSchema } from '../../platform/calendar-date.js';
import { schemeRules } from './assessment-scheme.js';
import { positiveInt, positiveIntParam } from '../../platform/positive-int.js';

export const planParams = z.object({ id: positiveIntParam });

export const assessmentQuery = z.object({
  /** The day scored; the plan year's end or today, whichever is earlier, when absent. */
  asOf: calendarDateSchema.optional(),
});

export const schemeBody = schemeRules.extend({ version: positiveInt.optional() });
