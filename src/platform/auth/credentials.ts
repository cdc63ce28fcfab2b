/**
 * Session and API-token secrets. Only their sha256 is stored, so a copy of the database does not
 * let anyone log in. Sessions last 12 hours; tokens until revoked.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export const sessionHours = 12;

const secret = () => randomBytes(32).toString('base64url');
export const digest = (value: string) => createHash('sha256').update(value).digest('hex');

export async function createSession(db: Kysely<Database>, userId: number) {
  const token = secret();
  const csrfToken = secret();
  const now = new Date();
  const expires = new Date(now.getTime() + sessionHours * 3600_000);
  await db
    .insertInto('sessions')
    .values({
      id: digest(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      expires_at: expires.toISOString(),
    })
    .execute();
  return { token, csrfToken, expires };
}

export async function findSession(db: Kysely<Database>, token: string) {
  const session = await db
    .selectFrom('sessions')
    .selectAll()
    .where('id', '=', digest(token))
    .executeTakeFirst();
  if (!session || session.expires_at <= new Date().toISOString()) return null;
  return session;
}

export async function deleteSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', digest(token)).execute();
}

export async function createApiToken(
  db: Kysely<Database>,
  options: { name: string; userId: number; createdBy: number },
) {
  const token = `dbn_${secret()}`;
  const row = await db
    .insertInto('api_tokens')
    .values({
      name: options.name,
      token_hash: digest(token),
      user_id: options.userId,
      created_by: options.createdBy,
      created_at: new Date().toISOString(),
    })
    .returning(['id', 'name', 'user_id', 'created_at'])
    .executeTakeFirstOrThrow();
  return { ...row, token };
}

/** Last use is recorded at most every ten minutes, so reads stay reads. */
const touchAfterMs = 10 * 60_000;

export async function findApiToken(db: Kysely<Database>, token: string) {
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'user_id', 'last_used_at'])
    .where('token_hash', '=', digest(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  const now = new Date();
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > touchAfterMs) {
    await db
      .updateTable('api_tokens')
      .set({ last_used_at: now.toISOString() })
      .where('id', '=', row.id)
      .execute();
  }
  return row;
}
