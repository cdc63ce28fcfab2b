/**
 * The yearly minimum days at the grassroots per category (领导干部 60, 机关干部 30 unless set):
 * read with the defaults filling an unset year (version 0), and set as a whole per year. A set
 * names the version read when it sends one; the change is audited with before and after.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { staleVersion, type ExpectedVersion } from '../../platform/versioning.js';
import { recordAudit } from '../audit/record-audit.js';
import { defaultMinimums } from './grassroots-pace.js';

export interface Minimums {
  year: number;
  leading: number;
  staff: number;
  version: number;
}

export async function getMinimums(options: {
  db: Kysely<Database>;
  year: number;
}): Promise<Minimums> {
  const row = await options.db
    .selectFrom('grassroots_minimums')
    .select(['year', 'leading', 'staff', 'version'])
    .where('year', '=', options.year)
    .executeTakeFirst();
  if (!row) return { year: options.year, ...defaultMinimums, version: 0 };
  return { ...row, leading: Number(row.leading), staff: Number(row.staff) };
}

export async function setMinimums(options: {
  db: Kysely<Database>;
  actor: Actor;
  year: number;
  leading: number;
  staff: number;
  expected: ExpectedVersion | null;
  now: Date;
}): Promise<Minimums> {
  const { year, leading, staff, expected } = options;
  return options.db.transaction().execute(async (trx) => {
    const before = await getMinimums({ db: trx, year });
    if (expected && expected.version !== before.version)
      throw staleVersion(expected, before.version);
    const updated_at = options.now.toISOString();
    const written =
      before.version === 0
        ? await trx
            .insertInto('grassroots_minimums')
            .values({ year, leading, staff, updated_at })
            .onConflict((oc) => oc.column('year').doNothing())
            .returning('version')
            .executeTakeFirst()
        : await trx
            .updateTable('grassroots_minimums')
            .set({ leading, staff, updated_at, version: before.version + 1 })
            .where('year', '=', year)
            .where('version', '=', before.version)
            .returning('version')
            .executeTakeFirst();
    // Another writer committed between our read and write.
    if (!written)
      throw staleVersion(expected ?? { version: 0, source: 'body' }, before.version + 1);
    const after = { year, leading, staff, version: written.version };
    await recordAudit(trx, {
      actor: options.actor,
      planId: null,
      entity: 'grassroots_minimums',
      entityId: year,
      action: 'set',
      before,
      after,
    });
    return after;
  });
}
