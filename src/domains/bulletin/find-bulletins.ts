/**
 * A plan's bulletins without their snapshots, in issue order: drafts on top (newest month first),
 * then the issued ones by 期号 and version, newest first.
 */
import { sql, type Kysely } from 'kysely';
import type { Bulletin, Database } from '../../platform/db/schema.js';

export type BulletinSummary = Omit<Bulletin, 'snapshot'>;

export const summaryColumns = [
  'id',
  'plan_id',
  'month',
  'kind',
  'version',
  'created_by',
  'created_at',
  'state',
  'issue_no',
  'issue_date',
  'correction',
  'issued_by',
  'issued_at',
  'frame',
] as const;

export async function findBulletins(options: {
  db: Kysely<Database>;
  planId: number;
}): Promise<BulletinSummary[]> {
  return options.db
    .selectFrom('bulletins')
    .select(summaryColumns)
    .where('plan_id', '=', options.planId)
    .orderBy(sql`case when state = 'draft' then 0 else 1 end`)
    .orderBy('month', 'desc')
    .orderBy('issue_no', 'desc')
    .orderBy('kind')
    .orderBy('version', 'desc')
    .execute();
}
