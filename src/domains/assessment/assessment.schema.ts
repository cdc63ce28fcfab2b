/** Inputs of the assessment routes. */
import { z } from 'zod';
import { schemeRules } from './assessment-scheme.js';

export const planParams = z.object({ id: z.coerce.number().int().positive() });

export const assessmentQuery = z.object({
  /** The day scored; the plan year's end or today, whichever is earlier, when absent. */
  asOf: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'YYYY-MM-DD')
    .optional(),
});

export const schemeBody = schemeRules.extend({ version: z.number().int().positive().optional() });
