/** One plan by id, or not_found. */
import type { Kysely } from 'kysely';
import { notFound } from '../../platform/errors.js';
import type { Database, Plan } from '../../platform/db/schema.js';

export async function getPlan(options: { db: Kysely<Database>; id: number }): Promise<Plan> {
  const plan = await options.db
    .selectFrom('plans')
    .selectAll()
    .where('id', '=', options.id)
    .executeTakeFirst();
  if (!plan) throw notFound({ zh: '工作要点', en: 'plan' }, options.id);
  return plan;
}
