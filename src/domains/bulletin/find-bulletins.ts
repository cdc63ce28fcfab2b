/** A plan's bulletins without their snapshots: newest month first, then kind, newest version first. */
import type { Kysely } from 'kysely';
import type { Bulletin, Database } from '../../platform/db/schema.js';

export type BulletinSummary = Omit<Bulletin, 'snapshot'>;

export async function findBulletins(options: {
  db: Kysely<Database>;
  planId: number;
}): Promise<BulletinSummary[]> {
  return options.db
    .selectFrom('bulletins')
    .select(['id', 'plan_id', 'month', 'kind', 'version', 'created_by', 'created_at'])
    .where('plan_id', '=', options.planId)
    .orderBy('month', 'desc')
    .orderBy('kind')
    .orderBy('version', 'desc')
    .execute();
}
