/**
 * Marks the inbox seen: saves the light every inbox task shows now, so the next look lists only the
 * lights that turned red or yellow after this moment. One row per user, replaced each time.
 */
import type { Kysely } from 'kysely';
import type { Access } from '../../platform/auth/access.js';
import type { Database } from '../../platform/db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import { serializeLights } from './inbox-rules.js';
import { inboxLights } from './inbox-tasks.js';

export async function markInboxSeen(options: {
  db: Kysely<Database>;
  access: Access;
  today: string;
  now: Date;
}): Promise<{ seenAt: string; tasks: number }> {
  const { db, access } = options;
  const { current } = await inboxLights(options);
  const values = {
    user_id: access.actor.userId,
    seen_at: options.now.toISOString(),
    lights: serializeLights(current),
  };
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('inbox_views')
      .values(values)
      .onConflict((oc) =>
        oc.column('user_id').doUpdateSet({ seen_at: values.seen_at, lights: values.lights }),
      )
      .execute();
    await recordAudit(trx, {
      actor: access.actor,
      planId: null,
      entity: 'inbox_view',
      entityId: access.actor.userId,
      action: 'seen',
      after: values,
    });
    return { seenAt: values.seen_at, tasks: current.length };
  });
}
