/** Inputs of the dashboard route. */
import { z } from 'zod';
import { positiveIntParam } from '../../platform/positive-int.js';

export const planParams = z.object({ id: positiveIntParam });
