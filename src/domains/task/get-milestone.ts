/** One milestone by id, or not_found; routes authorise against its task. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { MilestoneTable } from '../../platform/db/tables/tracking.js';
import { notFound } from '../../platform/errors.js';

export type MilestoneRow = Selectable<MilestoneTable>;

export const milestoneNotFound = (id: number) => notFound({ zh: '时间节点', en: 'milestone' }, id);

export async function getMilestone(options: {
  db: Kysely<Database>;
  id: number;
}): Promise<MilestoneRow> {
  const row = await options.db
    .selectFrom('milestones')
    .selectAll()
    .where('id', '=', options.id)
    .executeTakeFirst();
  if (!row) throw milestoneNotFound(options.id);
  return row;
}
