/** Revokes an API token: it stops authenticating at once. Revoking twice changes nothing. */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import { getToken } from './get-token.js';

export async function revokeToken(options: {
  db: Kysely<Database>;
  actor: Actor;
  id: number;
}): Promise<void> {
  const { actor, id } = options;
  await options.db.transaction().execute(async (trx) => {
    const before = await getToken({ db: trx, id });
    if (before.revoked_at !== null) return;
    const revokedAt = new Date().toISOString();
    await trx
      .updateTable('api_tokens')
      .set({ revoked_at: revokedAt })
      .where('id', '=', id)
      .execute();
    const after = { ...before, revoked_at: revokedAt };
    await recordAudit(trx, {
      actor,
      planId: null,
      entity: 'api_token',
      entityId: id,
      action: 'revoke',
      before,
      after,
    });
  });
}
