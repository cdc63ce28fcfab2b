/**
 * The logged-in user as GET /api/me and POST /api/session show them: the account, the linked
 * person's name for the header, and whether the password must be changed now.
 */
import type { Kysely } from 'kysely';
import { isRole } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';

export async function getMe(db: Kysely<Database>, userId: number) {
  const row = await db
    .selectFrom('users')
    .leftJoin('people', 'people.id', 'users.person_id')
    .select([
      'users.id',
      'users.username',
      'users.role',
      'users.person_id',
      'users.unit_id',
      'users.must_change_password',
      'people.name',
    ])
    .where('users.id', '=', userId)
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    username: row.username,
    role: isRole(row.role) ? row.role : 'viewer',
    personId: row.person_id,
    unitId: row.unit_id,
    name: row.name,
    mustChangePassword: row.must_change_password !== 0,
  };
}
