/**
 * Logs an account out everywhere: deletes its sessions and, when asked, revokes its API tokens.
 * Runs inside the caller's transaction so that a disabled account cannot keep a live credential.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

export async function endUserAccess(
  trx: Kysely<Database>,
  userId: number,
  options: { revokeTokens: boolean },
): Promise<{ sessionsEnded: number; tokensRevoked: number }> {
  const sessions = await trx
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  const tokens = options.revokeTokens
    ? await trx
        .updateTable('api_tokens')
        .set({ revoked_at: new Date().toISOString() })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst()
    : { numUpdatedRows: 0n };
  return {
    sessionsEnded: Number(sessions.numDeletedRows),
    tokensRevoked: Number(tokens.numUpdatedRows),
  };
}
