/** Query parameters shared by list endpoints; lists answer {"items":[...],"total":N}. */
import { z } from 'zod';
import { limits } from '../limits.js';

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(limits.maxPageSize).default(limits.defaultPageSize),
  offset: z.coerce.number().int().min(0).default(0),
});

export interface Page<T> {
  items: T[];
  total: number;
}
