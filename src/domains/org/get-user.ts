/**
 * One account by id, or not_found. Accounts are read without their password hash, so no code
 * path outside log-in can leak it into a response or an audit event.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { notFound } from '../../platform/errors.js';

/** Users without password_hash; every read of accounts in this folder goes through it. */
export const selectUsers = (db: Kysely<Database>) =>
  db
    .selectFrom('users')
    .select([
      'id',
      'username',
      'role',
      'person_id',
      'unit_id',
      'disabled',
      'created_at',
      'version',
    ]);

export type UserRow = Awaited<
  ReturnType<ReturnType<typeof selectUsers>['executeTakeFirstOrThrow']>
>;

export async function getUser(options: {
  db: Kysely<Database>;
  id: number;
  field?: string;
}): Promise<UserRow> {
  const { db, id, field } = options;
  const user = await selectUsers(db).where('id', '=', id).executeTakeFirst();
  if (!user) {
    const details = field ? [{ field, message: `user ${id} not found` }] : [];
    throw notFound({ zh: '用户', en: 'user' }, id, details);
  }
  return user;
}
