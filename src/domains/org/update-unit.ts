/**
 * Renames, re-kinds or moves a unit at the version the client read. A move must keep the tree a
 * tree: the new parent exists and is not the unit itself or one of its sub-units.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { staleVersion, type ExpectedVersion } from '../../platform/versioning.js';
import { recordAudit } from '../audit/record-audit.js';
import { getUnit, type UnitRow } from './get-unit.js';
import type { UnitChanges } from './org.schema.js';
import { assertNoCycle } from './unit-tree.js';

export async function updateUnit(options: {
  db: Kysely<Database>;
  actor: Actor;
  id: number;
  changes: UnitChanges;
  expected: ExpectedVersion;
}): Promise<UnitRow> {
  const { actor, id, changes, expected } = options;
  return options.db.transaction().execute(async (trx) => {
    const before = await getUnit({ db: trx, id });
    if (before.version !== expected.version) throw staleVersion(expected, before.version);
    const parentId = changes.parentId === undefined ? before.parent_id : changes.parentId;
    if (parentId !== null && parentId !== before.parent_id) {
      await getUnit({ db: trx, id: parentId, field: 'body.parentId' });
      await assertNoCycle(trx, id, parentId);
    }
    const after = await updateVersioned(trx, 'units', {
      id,
      expected,
      set: {
        name: changes.name ?? before.name,
        kind: changes.kind ?? before.kind,
        parent_id: parentId,
      },
    });
    await recordAudit(trx, {
      actor,
      planId: null,
      entity: 'unit',
      entityId: id,
      action: 'update',
      before,
      after,
    });
    return after;
  });
}
