/** Marks all of an account's unread notifications read: one write, one audit event (or none). */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { recordAudit } from '../audit/record-audit.js';

export async function markAllNotificationsRead(options: {
  db: Kysely<Database>;
  actor: Actor;
  now: Date;
}): Promise<{ updated: number }> {
  const { actor } = options;
  return options.db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('notifications')
      .set({ read_at: options.now.toISOString() })
      .where('user_id', '=', actor.userId)
      .where('read_at', 'is', null)
      .executeTakeFirst();
    const updated = Number(result.numUpdatedRows);
    if (updated > 0)
      await recordAudit(trx, {
        actor,
        planId: null,
        entity: 'notification',
        entityId: null,
        action: 'read_all',
        after: { userId: actor.userId, updated },
      });
    return { updated };
  });
}
