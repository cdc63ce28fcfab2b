/**
 * First start: creates the `admin` user. Returns the password when it was generated here so the
 * caller can print it once; returns null when the admin already exists or the password was given.
 */
import type { Kysely } from 'kysely';
import { generatePassword, hashPassword } from '../../platform/auth/password.js';
import type { Database } from '../../platform/db/schema.js';

export async function ensureAdmin(options: {
  db: Kysely<Database>;
  password: string | undefined;
}): Promise<{ created: boolean; generatedPassword: string | null }> {
  const { db } = options;
  const existing = await db
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'admin')
    .executeTakeFirst();
  if (existing) return { created: false, generatedPassword: null };
  const password = options.password ?? generatePassword();
  await db
    .insertInto('users')
    .values({
      username: 'admin',
      password_hash: await hashPassword(password),
      role: 'admin',
      person_id: null,
      unit_id: null,
    })
    .execute();
  return { created: true, generatedPassword: options.password ? null : password };
}
