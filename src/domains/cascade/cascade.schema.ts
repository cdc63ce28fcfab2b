/** Inputs of the cascade routes: recipients, child plans, task alignment. */
import { z } from 'zod';

const id = z.coerce.number().int().positive();

export const planParams = z.object({ id });
export const taskParams = z.object({ id });
export const keyTaskParams = z.object({ id, no: z.coerce.number().int().positive() });

/** A notice rarely addresses more than a few dozen units; the cap keeps one request bounded. */
export const recipientsBody = z.object({
  unitIds: z.array(z.number().int().positive()).max(500),
});
export type RecipientsInput = z.infer<typeof recipientsBody>;

export const childBody = z.object({ childPlanId: z.number().int().positive() });

export const alignmentBody = z.object({ keyTaskId: z.number().int().positive().nullable() });
