/**
 * Password login. Unknown users and wrong passwords get the same answer after the same work, and
 * repeated failures are throttled per account and address (see platform/auth/login-throttle.ts):
 * a refusal is a rate_limited error that tells how many seconds to wait.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import { createSession, deleteSession } from '../../platform/auth/credentials.js';
import type { LoginThrottle } from '../../platform/auth/login-throttle.js';
import { hashPassword, verifyPassword } from '../../platform/auth/password.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';

let dummyHash: Promise<string> | null = null;

/** rate_limited, with the wait the transport passes on (HTTP Retry-After). */
function loginThrottled(seconds: number): AppError {
  return new AppError(
    'rate_limited',
    `登录失败次数过多，请 ${seconds} 秒后再试 / too many failed logins, retry in ${seconds} s`,
    [],
    seconds,
  );
}

export async function logIn(options: {
  db: Kysely<Database>;
  throttle: LoginThrottle;
  username: string;
  password: string;
  address: string;
}) {
  const { db, throttle, username, address } = options;
  const wait = throttle.retryAfter(username, address);
  if (wait > 0) throw loginThrottled(wait);
  const user = await db
    .selectFrom('users')
    .select(['id', 'username', 'password_hash', 'disabled'])
    .where('username', '=', username)
    .executeTakeFirst();
  dummyHash ??= hashPassword('not a password');
  const ok = await verifyPassword(options.password, user?.password_hash ?? (await dummyHash));
  if (!user || !ok || user.disabled) {
    throttle.fail(username, address);
    throw new AppError('unauthenticated', '用户名或密码错误 / wrong username or password');
  }
  throttle.succeed(username, address);
  const session = await db.transaction().execute(async (trx) => {
    const created = await createSession(trx, user.id);
    const actor = { userId: user.id, username: user.username };
    await recordAudit(trx, {
      actor,
      planId: null,
      entity: 'session',
      entityId: user.id,
      action: 'login',
    });
    return created;
  });
  return { userId: user.id, ...session };
}

/** Ends a session, in one transaction with its audit event. */
export async function logOut(options: {
  db: Kysely<Database>;
  token: string;
  actor: Actor;
}): Promise<void> {
  await options.db.transaction().execute(async (trx) => {
    await deleteSession(trx, options.token);
    await recordAudit(trx, {
      actor: options.actor,
      planId: null,
      entity: 'session',
      entityId: options.actor.userId,
      action: 'logout',
    });
  });
}
