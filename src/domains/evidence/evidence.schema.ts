/** Inputs of the evidence routes: attachments, ledger export and indicator history. */
import { z } from 'zod';
import { positiveIntParam } from '../../platform/positive-int.js';

export const idParams = z.object({ id: positiveIntParam });
