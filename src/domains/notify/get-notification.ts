/** One notification by id, or not_found; whose it is is the policy's business. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { NotificationTable } from '../../platform/db/tables/notify.js';
import { foundById } from '../../platform/errors.js';

export type NotificationRow = Selectable<NotificationTable>;

export async function getNotification(options: {
  db: Kysely<Database>;
  id: number;
}): Promise<NotificationRow> {
  const row = await options.db
    .selectFrom('notifications')
    .selectAll()
    .where('id', '=', options.id)
    .executeTakeFirst();
  return foundById(row, { zh: '提醒', en: 'notification' }, options.id);
}
