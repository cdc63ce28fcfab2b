/**
 * Marks a milestone done with the evidence that it is (文件、照片说明、链接…), dated by the China
 * calendar. A milestone is done once: doing it again is a conflict.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import type { ExpectedVersion } from '../../platform/versioning.js';
import { changeMilestone } from './change-milestone.js';
import type { MilestoneRow } from './get-milestone.js';

export async function completeMilestone(options: {
  db: Kysely<Database>;
  actor: Actor;
  id: number;
  evidence: string;
  expected: ExpectedVersion;
  today: string;
}): Promise<MilestoneRow> {
  const { db, actor, id, expected } = options;
  return changeMilestone({
    db,
    actor,
    id,
    expected,
    changes: { done_at: options.today, evidence: options.evidence, done_by: options.actor.userId },
    action: 'complete',
    guard: (row) => {
      if (row.done_at !== null)
        throw new AppError(
          'conflict',
          `时间节点已于 ${row.done_at} 完成 / the milestone was already done on ${row.done_at}`,
        );
    },
  });
}
