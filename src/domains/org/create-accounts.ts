/**
 * Opens accounts for people who have none, in one transaction with one audit event each: the
 * username from the person's name (account-names.ts), the person's unit, the given role, and a
 * random first password that is returned once, hashed like every password and marked to be
 * changed at the first log-in. People who already have an account are skipped.
 */
import type { Kysely } from 'kysely';
import type { Actor, Role } from '../../platform/auth/actor.js';
import { hashPassword } from '../../platform/auth/password.js';
import type { Database } from '../../platform/db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import { freeUsername, initialPassword, usernameStem } from './account-names.js';
import { selectUsers } from './get-user.js';

export interface AccountFor {
  personId: number;
  name: string;
  unitId: number | null;
  role: Role;
}

export interface CreatedAccount {
  userId: number;
  username: string;
  personId: number;
  name: string;
  role: Role;
  /** Shown once, never stored in plain text. */
  password: string;
}

/** The people among these who already have an account. */
async function withAccounts(db: Kysely<Database>, personIds: number[]): Promise<Set<number>> {
  if (personIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('users')
    .select('person_id')
    .where('person_id', 'in', personIds)
    .execute();
  return new Set(rows.map((u) => u.person_id).filter((id): id is number => id !== null));
}

/** Usernames beginning with the stem (a superset of those it could clash with). */
async function usernamesLike(db: Kysely<Database>, stem: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('users')
    .select('username')
    .where('username', 'like', `${stem}%`)
    .execute();
  return new Set(rows.map((u) => u.username));
}

export async function createAccounts(options: {
  db: Kysely<Database>;
  actor: Actor;
  people: AccountFor[];
}): Promise<{ created: CreatedAccount[]; skipped: number }> {
  const { db, actor, people } = options;
  // Hashing is slow on purpose: done before the transaction, only for those without an account.
  const before = await withAccounts(
    db,
    people.map((p) => p.personId),
  );
  const hashed = await Promise.all(
    people
      .filter((p) => !before.has(p.personId))
      .map(async (person) => {
        const password = initialPassword();
        return { person, password, hash: await hashPassword(password) };
      }),
  );
  const created = await db.transaction().execute(async (trx) => {
    const linked = await withAccounts(
      trx,
      people.map((p) => p.personId),
    );
    const out: CreatedAccount[] = [];
    for (const { person, password, hash } of hashed) {
      if (linked.has(person.personId)) continue;
      linked.add(person.personId);
      const stem = usernameStem(person.name, person.personId);
      const username = freeUsername(stem, await usernamesLike(trx, stem));
      const { id } = await trx
        .insertInto('users')
        .values({
          username,
          password_hash: hash,
          role: person.role,
          person_id: person.personId,
          unit_id: person.unitId,
          must_change_password: 1,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const user = await selectUsers(trx).where('id', '=', id).executeTakeFirstOrThrow();
      await recordAudit(trx, {
        actor,
        planId: null,
        entity: 'user',
        entityId: id,
        action: 'create',
        after: { ...user, mustChangePassword: true },
      });
      const { personId, name, role } = person;
      out.push({ userId: id, username, personId, name, role, password });
    }
    return out;
  });
  return { created, skipped: people.length - created.length };
}
