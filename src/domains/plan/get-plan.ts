/** One plan by id, or not_found. */
import type { Kysely } from 'kysely';
import { prepared } from '../../platform/db/prepared.js';
import { notFound } from '../../platform/errors.js';
import type { Database, Plan } from '../../platform/db/schema.js';

const planById = prepared((db, p: { id: number }) =>
  db.selectFrom('plans').selectAll().where('id', '=', p.id),
);

export async function getPlan(options: { db: Kysely<Database>; id: number }): Promise<Plan> {
  const [plan] = await planById(options.db, options);
  if (!plan) throw notFound({ zh: '工作要点', en: 'plan' }, options.id);
  return plan;
}
