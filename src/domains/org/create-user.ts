/**
 * Opens an account. Usernames are unique; a linked person must exist, and an account linked to a
 * person without an explicit unit belongs to the person's unit, which decides its scope.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import { hashPassword } from '../../platform/auth/password.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { getPerson } from './get-person.js';
import { getUnit } from './get-unit.js';
import { selectUsers, type UserRow } from './get-user.js';
import type { UserInput } from './org.schema.js';

/** The unit the account will belong to, as the policy must judge it before creating. */
export async function unitOfNewUser(
  db: Kysely<Database>,
  input: UserInput,
): Promise<number | null> {
  if (input.unitId !== undefined) return input.unitId;
  if (input.personId === undefined || input.personId === null) return null;
  return (await getPerson({ db, id: input.personId, field: 'body.personId' })).unit_id;
}

export async function createUser(options: {
  db: Kysely<Database>;
  actor: Actor;
  input: UserInput;
}): Promise<UserRow> {
  const { db, actor, input } = options;
  const taken = await selectUsers(db).where('username', '=', input.username).executeTakeFirst();
  if (taken) {
    throw new AppError('conflict', `用户名 ${input.username} 已被使用 / username already taken`, [
      { field: 'body.username', message: 'already taken' },
    ]);
  }
  if (input.personId) await getPerson({ db, id: input.personId, field: 'body.personId' });
  const unitId = await unitOfNewUser(db, input);
  if (unitId !== null) await getUnit({ db, id: unitId, field: 'body.unitId' });
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('users')
      .values({
        username: input.username,
        password_hash: passwordHash,
        role: input.role,
        person_id: input.personId ?? null,
        unit_id: unitId,
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
      after: user,
    });
    return user;
  });
}
