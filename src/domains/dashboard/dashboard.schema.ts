/** Inputs of the dashboard route. */
import { z } from 'zod';

export const planParams = z.object({ id: z.coerce.number().int().positive() });
