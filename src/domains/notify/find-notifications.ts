/** An account's own notifications, newest first, optionally only the unread ones. */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

export async function findNotifications(options: {
  db: Kysely<Database>;
  userId: number;
  unread?: boolean | undefined;
  limit: number;
  offset: number;
}) {
  let query = options.db.selectFrom('notifications').where('user_id', '=', options.userId);
  if (options.unread) query = query.where('read_at', 'is', null);
  const [items, count] = await Promise.all([
    query.selectAll().orderBy('id', 'desc').limit(options.limit).offset(options.offset).execute(),
    query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}
