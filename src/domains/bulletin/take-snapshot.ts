/** The data of one bulletin kind for a plan and month, computed as of the month's last day. */
import type { Kysely } from 'kysely';
import type { Database, Plan } from '../../platform/db/schema.js';
import { keyWorkSnapshot } from './key-work-snapshot.js';
import { grassrootsSnapshot, infoWorkSnapshot } from './other-snapshots.js';
import { lastDayOf, type BulletinKind, type BulletinSnapshot } from './snapshot.js';

export async function takeSnapshot(options: {
  db: Kysely<Database>;
  plan: Plan;
  month: string;
  kind: BulletinKind;
}): Promise<BulletinSnapshot> {
  const { db, plan, month } = options;
  const issuer =
    plan.issuing_unit_id === null
      ? undefined
      : await db
          .selectFrom('units')
          .select('name')
          .where('id', '=', plan.issuing_unit_id)
          .executeTakeFirst();
  const facts = {
    id: plan.id,
    title: plan.title,
    year: plan.year,
    docNumber: plan.doc_number,
    issuingUnit: issuer?.name ?? null,
  };
  const input = { db, plan, facts, month, asOf: lastDayOf(month) };
  switch (options.kind) {
    case 'key-work':
      return keyWorkSnapshot(input);
    case 'info-work':
      return infoWorkSnapshot(input);
    case 'grassroots':
      return grassrootsSnapshot(input);
  }
}
