/** task_assignees, milestones, occurrences (recurring obligations). */
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';

export function trackingMigration(_kind: DatabaseKind) {
  return {
    async up(_db: Kysely<unknown>): Promise<void> {},
  };
}
