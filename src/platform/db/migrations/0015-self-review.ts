/**
 * progress_reports.self_review and extension_requests.self_review: 1 when the decision was made by
 * the person who submitted the report or asked for the extension, which is allowed only when
 * nobody else may review it (see domains/task/review-independence.ts). 0 for every earlier one.
 */
import type { Kysely } from 'kysely';

export function selfReviewMigration() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      for (const table of ['progress_reports', 'extension_requests']) {
        await db.schema
          .alterTable(table)
          .addColumn('self_review', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
      }
    },
  };
}
