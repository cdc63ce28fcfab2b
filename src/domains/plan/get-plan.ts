/** One plan by id, or AppError not_found. */
import type { Kysely } from 'kysely';
import { AppError } from '../../platform/errors.js';
import type { Database, Plan } from '../../platform/db/schema.js';

export async function getPlan(options: { db: Kysely<Database>; id: number }): Promise<Plan> {
  const plan = await options.db
    .selectFrom('plans')
    .selectAll()
    .where('id', '=', options.id)
    .executeTakeFirst();
  if (!plan)
    throw new AppError('not_found', `工作要点 ${options.id} 不存在 / plan ${options.id} not found`);
  return plan;
}
