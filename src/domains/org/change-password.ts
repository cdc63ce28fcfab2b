/**
 * Passwords: a user changes their own (the current one first), an administrator sets a new one
 * for someone else, which that person must change at the next log-in. Either way the account's
 * other sessions end, in the transaction of the audited write (the audit event moves the data
 * generation, so no cached credential outlives it). Hashes never reach the audit trail.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import { digest } from '../../platform/auth/credentials.js';
import { hashPassword, verifyPassword } from '../../platform/auth/password.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';

/** Deletes the account's sessions, all but the one with this cookie value (if any). */
async function endOtherSessions(
  trx: Kysely<Database>,
  userId: number,
  keepToken: string | null,
): Promise<number> {
  let query = trx.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepToken !== null) query = query.where('id', '!=', digest(keepToken));
  return Number((await query.executeTakeFirst()).numDeletedRows);
}

async function writePassword(
  trx: Kysely<Database>,
  userId: number,
  hash: string,
  mustChange: boolean,
): Promise<void> {
  await trx
    .updateTable('users')
    .set((eb) => ({
      password_hash: hash,
      must_change_password: mustChange ? 1 : 0,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', userId)
    .execute();
}

/** The user's own change: the current password must be right and the new one different. */
export async function changeOwnPassword(options: {
  db: Kysely<Database>;
  actor: Actor;
  currentPassword: string;
  newPassword: string;
  /** The session cookie of the request, which stays logged in. */
  sessionToken: string | null;
}): Promise<void> {
  const { db, actor } = options;
  const user = await db
    .selectFrom('users')
    .select(['id', 'password_hash'])
    .where('id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(options.currentPassword, user.password_hash)))
    throw new AppError('bad_request', '当前密码不正确 / the current password is wrong', [
      { field: 'body.currentPassword', message: '当前密码不正确' },
    ]);
  if (options.newPassword === options.currentPassword)
    throw new AppError(
      'bad_request',
      '新密码不能与当前密码相同 / the new password must differ from the current one',
      [{ field: 'body.newPassword', message: '新密码不能与当前密码相同' }],
    );
  const hash = await hashPassword(options.newPassword);
  await db.transaction().execute(async (trx) => {
    await writePassword(trx, user.id, hash, false);
    const sessionsEnded = await endOtherSessions(trx, user.id, options.sessionToken);
    await recordAudit(trx, {
      actor,
      planId: null,
      entity: 'user',
      entityId: user.id,
      action: 'change_password',
      after: { passwordChanged: true, mustChangePassword: false, sessionsEnded },
    });
  });
}

/** An administrator's reset: a new password the user must change at the next log-in. */
export async function resetPassword(options: {
  db: Kysely<Database>;
  actor: Actor;
  userId: number;
  password: string;
  /** The acting session's cookie: resetting one's own password keeps that session. */
  sessionToken: string | null;
}): Promise<void> {
  const { db, actor, userId } = options;
  const hash = await hashPassword(options.password);
  await db.transaction().execute(async (trx) => {
    await writePassword(trx, userId, hash, true);
    const keep = userId === actor.userId ? options.sessionToken : null;
    const sessionsEnded = await endOtherSessions(trx, userId, keep);
    await recordAudit(trx, {
      actor,
      planId: null,
      entity: 'user',
      entityId: userId,
      action: 'reset_password',
      after: { passwordChanged: true, mustChangePassword: true, sessionsEnded },
    });
  });
}
