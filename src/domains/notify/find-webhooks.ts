/** The configured webhooks, oldest first. */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

export async function findWebhooks(options: {
  db: Kysely<Database>;
  limit: number;
  offset: number;
}) {
  const { db } = options;
  const [items, count] = await Promise.all([
    db
      .selectFrom('webhooks')
      .selectAll()
      .orderBy('id')
      .limit(options.limit)
      .offset(options.offset)
      .execute(),
    db
      .selectFrom('webhooks')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}
