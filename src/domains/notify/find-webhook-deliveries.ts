/** A webhook's deliveries, newest first, each with its attempt history. */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

export async function findWebhookDeliveries(options: {
  db: Kysely<Database>;
  webhookId: number;
  state?: string | undefined;
  limit: number;
  offset: number;
}) {
  const { db } = options;
  let query = db.selectFrom('webhook_deliveries').where('webhook_id', '=', options.webhookId);
  if (options.state) query = query.where('state', '=', options.state);
  const [items, count] = await Promise.all([
    query.selectAll().orderBy('id', 'desc').limit(options.limit).offset(options.offset).execute(),
    query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const ids = items.map((d) => d.id);
  const attempts =
    ids.length === 0
      ? []
      : await db
          .selectFrom('webhook_attempts')
          .selectAll()
          .where('delivery_id', 'in', ids)
          .orderBy('delivery_id')
          .orderBy('attempt')
          .execute();
  return {
    items: items.map((d) => ({ ...d, history: attempts.filter((a) => a.delivery_id === d.id) })),
    total: Number(count.n),
  };
}
