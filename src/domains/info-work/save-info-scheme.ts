/**
 * Stores a year's assessment scheme. The first save of a year creates it (version 1) and needs no
 * version; later saves name the version they read (If-Match or body) and fail with 412/409 when
 * someone saved in between. Before and after go to the audit trail.
 */
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { staleVersion, type ExpectedVersion } from '../../platform/versioning.js';
import { recordAudit } from '../audit/record-audit.js';
import type { SchemeRules } from './info-scheme.js';

export async function saveInfoScheme(options: {
  db: Kysely<Database>;
  actor: Actor;
  year: number;
  rules: SchemeRules;
  /** Called only when a stored scheme is being updated, so creation needs no version. */
  expected: () => ExpectedVersion;
  now: Date;
}): Promise<{ created: boolean }> {
  const { db, actor, year } = options;
  const values = {
    rules: JSON.stringify(options.rules),
    updated_by: actor.userId,
    updated_at: options.now.toISOString(),
  };
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('info_schemes')
      .selectAll()
      .where('year', '=', year)
      .executeTakeFirst();
    if (!before) {
      const row = await trx
        .insertInto('info_schemes')
        .values({ ...values, year })
        .onConflict((oc) => oc.column('year').doNothing())
        .returningAll()
        .executeTakeFirst();
      if (!row)
        throw new AppError('conflict', `${year} 年考核方案已被他人创建 / created by someone else`, [
          { field: 'version', message: 'current version is 1' },
        ]);
      await recordAudit(trx, {
        actor,
        entity: 'info_scheme',
        entityId: row.id,
        action: 'create',
        after: row,
      });
      return { created: true };
    }
    const expected = options.expected();
    if (before.version !== expected.version) throw staleVersion(expected, before.version);
    const after = await trx
      .updateTable('info_schemes')
      .set({ ...values, version: sql<number>`version + 1` })
      .where('id', '=', before.id)
      .where('version', '=', expected.version)
      .returningAll()
      .executeTakeFirst();
    // Another writer committed between our read and write (PostgreSQL read committed).
    if (!after) throw staleVersion(expected, before.version + 1);
    await recordAudit(trx, {
      actor,
      entity: 'info_scheme',
      entityId: before.id,
      action: 'update',
      before,
      after,
    });
    return { created: false };
  });
}
