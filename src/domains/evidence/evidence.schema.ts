/** Inputs of the evidence routes: attachments, ledger export and indicator history. */
import { z } from 'zod';

export const idParams = z.object({ id: z.coerce.number().int().positive() });
