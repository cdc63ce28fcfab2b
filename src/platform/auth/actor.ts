/**
 * Who is acting: a logged-in user (session cookie) or an integration (API token), with the role
 * and unit that decide what they may see and do.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export const roles = ['admin', 'leader', 'owner', 'info_officer', 'viewer'] as const;
export type Role = (typeof roles)[number];

export interface Actor {
  userId: number;
  username: string;
  role: Role;
  personId: number | null;
  unitId: number | null;
  via: 'session' | 'token';
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/** The active user behind a session or token, or null when disabled or unknown. */
export async function loadActor(
  db: Kysely<Database>,
  userId: number,
  via: Actor['via'],
): Promise<Actor | null> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'username', 'role', 'person_id', 'unit_id', 'disabled'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || user.disabled || !isRole(user.role)) return null;
  return {
    userId: user.id,
    username: user.username,
    role: user.role,
    personId: user.person_id,
    unitId: user.unit_id,
    via,
  };
}
