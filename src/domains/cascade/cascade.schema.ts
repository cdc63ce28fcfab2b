/** Inputs of the cascade routes: recipients, child plans, task alignment. */
import { z } from 'zod';
import { positiveInt, positiveIntParam } from '../../platform/positive-int.js';

const id = positiveIntParam;

export const planParams = z.object({ id });
export const taskParams = z.object({ id });
export const keyTaskParams = z.object({ id, no: positiveIntParam });

/** A notice rarely addresses more than a few dozen units; the cap keeps one request bounded. */
export const recipientsBody = z.object({
  unitIds: z.array(positiveInt).max(500),
});
export type RecipientsInput = z.infer<typeof recipientsBody>;

export const childBody = z.object({ childPlanId: positiveInt });

export const alignmentBody = z.object({ keyTaskId: positiveInt.nullable() });
