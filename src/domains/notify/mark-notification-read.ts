/**
 * Marks one notification read. Reading it again changes nothing and records nothing: the first
 * read time is the one that counts.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import { getNotification, type NotificationRow } from './get-notification.js';

export async function markNotificationRead(options: {
  db: Kysely<Database>;
  actor: Actor;
  id: number;
  now: Date;
}): Promise<NotificationRow> {
  const { actor, id } = options;
  return options.db.transaction().execute(async (trx) => {
    const before = await getNotification({ db: trx, id });
    if (before.read_at !== null) return before;
    const after = await trx
      .updateTable('notifications')
      .set({ read_at: options.now.toISOString() })
      .where('id', '=', id)
      .where('read_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    // Read meanwhile in another tab: nothing left to record.
    if (!after) return getNotification({ db: trx, id });
    await recordAudit(trx, {
      actor,
      planId: null,
      entity: 'notification',
      entityId: id,
      action: 'read',
      before: { read_at: before.read_at },
      after: { read_at: after.read_at },
    });
    return after;
  });
}
