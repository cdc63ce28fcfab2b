/** Edits a milestone's title or due date (an administrator's correction), versioned and audited. */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import type { ExpectedVersion } from '../../platform/versioning.js';
import { changeMilestone, type MilestoneChanges } from './change-milestone.js';
import type { MilestoneRow } from './get-milestone.js';
import type { UpdateMilestoneInput } from './tracking.schema.js';

export async function updateMilestone(options: {
  db: Kysely<Database>;
  actor: Actor;
  id: number;
  input: UpdateMilestoneInput;
  expected: ExpectedVersion;
}): Promise<MilestoneRow> {
  const changes: MilestoneChanges = {};
  if (options.input.title !== undefined) changes.title = options.input.title;
  if (options.input.due !== undefined) changes.due_date = options.input.due;
  const { db, actor, id, expected } = options;
  return changeMilestone({ db, actor, id, expected, changes, action: 'update' });
}
