/** One plan by id, or not_found. */
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { planGeneration } from '../../platform/http/response-cache.js';
import { Lru } from '../../platform/lru.js';
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

const plans = new Lru<string, Plan>(1000);

/**
 * The plan a cached read shows, kept while its chain and the organisation's stand still (every
 * change to a plan row is audited on one of them), so that a cache hit reads no plan row.
 */
export async function getCachedPlan(request: FastifyRequest, id: number): Promise<Plan> {
  const key = await planGeneration(request, id);
  let plan = plans.get(key);
  if (!plan) {
    plan = await getPlan({ db: request.server.store.db, id });
    plans.set(key, plan);
  }
  return plan;
}
