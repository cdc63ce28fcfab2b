/**
 * Changes an account's role, unit, person, password or disabled flag at the version read.
 * Administrators cannot disable or demote themselves, so the last one cannot lock everyone out.
 * Disabling ends the account's sessions and revokes its tokens in the same transaction; a new
 * password set by another administrator ends its sessions.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import { hashPassword } from '../../platform/auth/password.js';
import type { Database } from '../../platform/db/schema.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { AppError } from '../../platform/errors.js';
import { staleVersion, type ExpectedVersion } from '../../platform/versioning.js';
import { recordAudit } from '../audit/record-audit.js';
import { endUserAccess } from './end-user-access.js';
import { getPerson } from './get-person.js';
import { getUnit } from './get-unit.js';
import { getUser, type UserRow } from './get-user.js';
import type { UserChanges } from './org.schema.js';

function refuseSelfLockout(actor: Actor, id: number, changes: UserChanges): void {
  if (actor.userId !== id) return;
  const field = changes.disabled
    ? 'body.disabled'
    : changes.role && changes.role !== 'admin'
      ? 'body.role'
      : null;
  if (field) {
    throw new AppError(
      'unprocessable',
      '不能停用自己或取消自己的管理员角色 / you cannot disable or demote yourself',
      [{ field, message: 'not allowed on your own account' }],
    );
  }
}

async function checkReferences(db: Kysely<Database>, before: UserRow, changes: UserChanges) {
  if (changes.unitId && changes.unitId !== before.unit_id) {
    await getUnit({ db, id: changes.unitId, field: 'body.unitId' });
  }
  if (changes.personId && changes.personId !== before.person_id) {
    await getPerson({ db, id: changes.personId, field: 'body.personId' });
  }
}

/** The conditional write at the version read; stale when someone else changed the account since. */
async function writeUser(
  trx: Kysely<Database>,
  before: UserRow,
  changes: UserChanges,
  passwordHash: string | undefined,
  expected: ExpectedVersion,
): Promise<void> {
  await updateVersioned(trx, 'users', {
    id: before.id,
    expected,
    set: {
      role: changes.role ?? before.role,
      unit_id: changes.unitId === undefined ? before.unit_id : changes.unitId,
      person_id: changes.personId === undefined ? before.person_id : changes.personId,
      disabled: changes.disabled === undefined ? before.disabled : Number(changes.disabled),
      ...(passwordHash === undefined ? {} : { password_hash: passwordHash }),
    },
  });
}

export async function updateUser(options: {
  db: Kysely<Database>;
  actor: Actor;
  id: number;
  changes: UserChanges;
  expected: ExpectedVersion;
}): Promise<UserRow> {
  const { actor, id, changes, expected } = options;
  refuseSelfLockout(actor, id, changes);
  const passwordHash =
    changes.password === undefined ? undefined : await hashPassword(changes.password);
  return options.db.transaction().execute(async (trx) => {
    const before = await getUser({ db: trx, id });
    if (before.version !== expected.version) throw staleVersion(expected, before.version);
    await checkReferences(trx, before, changes);
    await writeUser(trx, before, changes, passwordHash, expected);
    const disabling = changes.disabled === true && !before.disabled;
    const resetByOther = passwordHash !== undefined && id !== actor.userId;
    const ended =
      disabling || resetByOther ? await endUserAccess(trx, id, { revokeTokens: disabling }) : null;
    const after = await getUser({ db: trx, id });
    const audited = { ...after, passwordChanged: passwordHash !== undefined, ...ended };
    await recordAudit(trx, {
      actor,
      planId: null,
      entity: 'user',
      entityId: id,
      action: 'update',
      before,
      after: audited,
    });
    return after;
  });
}
