/** A task's milestones (时间节点), earliest due first. */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { MilestoneRow } from './get-milestone.js';

export async function findMilestones(options: {
  db: Kysely<Database>;
  taskId: number;
}): Promise<MilestoneRow[]> {
  return options.db
    .selectFrom('milestones')
    .selectAll()
    .where('task_id', '=', options.taskId)
    .orderBy('due_date')
    .orderBy('id')
    .execute();
}
