/**
 * Stores the one scheme document (考核方案) an owner has: a plan's (assessment_schemes.plan_id) or a
 * year's (info_schemes.year). The first save creates it (version 1) and needs no version; later
 * saves name the version they read (If-Match or body) and fail with 412/409 when someone saved in
 * between. The check runs before `validate`, so a stale writer hears that first. Before and after go
 * to the audit trail, in the same transaction.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { AppError } from '../../platform/errors.js';
import { staleVersion, type ExpectedVersion } from '../../platform/versioning.js';
import { recordAudit } from './record-audit.js';

/** Each scheme table and the column naming its owner. */
const ownerColumns = { assessment_schemes: 'plan_id', info_schemes: 'year' } as const;
type SchemeTable = keyof typeof ownerColumns;

/** Both tables have the same columns but for the owner's, which each has one of. */
type SchemeDocuments = Record<
  SchemeTable,
  Omit<Database['info_schemes'], 'year'> & Partial<Record<'plan_id' | 'year', number>>
>;

export async function saveSchemeDocument(options: {
  db: Kysely<Database>;
  actor: Actor;
  table: SchemeTable;
  /** The audit trail's name for the record. */
  entity: string;
  ownerId: number;
  rules: unknown;
  /** Called only when a stored scheme is being updated, so creation needs no version. */
  expected: () => ExpectedVersion;
  now: Date;
  /** Checks the rules against what they score, inside the transaction. */
  validate?: (trx: Kysely<Database>) => Promise<void>;
  /** The 409 message when someone else created the owner's scheme first. */
  createdElsewhere: string;
}): Promise<{ created: boolean }> {
  const { actor, table, entity } = options;
  const owner = ownerColumns[table];
  // A plan's assessment scheme joins that plan's chain; a year's information scheme, the organisation's.
  const planId = table === 'assessment_schemes' ? options.ownerId : null;
  const values = {
    rules: JSON.stringify(options.rules),
    updated_by: actor.userId,
    updated_at: options.now.toISOString(),
  };
  return options.db.transaction().execute(async (trx) => {
    const docs = trx as unknown as Kysely<SchemeDocuments>;
    const before = await docs
      .selectFrom(table)
      .selectAll()
      .where(owner, '=', options.ownerId)
      .executeTakeFirst();
    if (before) {
      const expected = options.expected();
      if (before.version !== expected.version) throw staleVersion(expected, before.version);
    }
    await options.validate?.(trx);
    if (!before) {
      const row = await docs
        .insertInto(table)
        .values({ ...values, [owner]: options.ownerId })
        .onConflict((oc) => oc.column(owner).doNothing())
        .returningAll()
        .executeTakeFirst();
      if (!row)
        throw new AppError('conflict', options.createdElsewhere, [
          { field: 'version', message: 'current version is 1' },
        ]);
      await recordAudit(trx, {
        actor,
        planId,
        entity,
        entityId: row.id,
        action: 'create',
        after: row,
      });
      return { created: true };
    }
    const expected = options.expected();
    const after = await updateVersioned(trx, table, { id: before.id, expected, set: values });
    await recordAudit(trx, {
      actor,
      planId,
      entity,
      entityId: before.id,
      action: 'update',
      before,
      after,
    });
    return { created: false };
  });
}
