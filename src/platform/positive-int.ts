/**
 * Ids, versions and ordinal numbers in requests. They are stored in 32-bit integer columns, and
 * PostgreSQL refuses a larger number in a query, so a larger one is refused here, with a message,
 * instead of failing there.
 */
import { z } from 'zod';

export const MAX_STORED_INT = 2_147_483_647;

/** A positive whole number in a JSON body. */
export const positiveInt = z.number().int().positive().max(MAX_STORED_INT);

/** A positive whole number in a path or query string. */
export const positiveIntParam = z.coerce.number().int().positive().max(MAX_STORED_INT);
