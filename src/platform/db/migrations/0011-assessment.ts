/**
 * The year-end assessment (目标绩效考核): one versioned scoring scheme per plan, rules as JSON
 * (task weights, deductions, bonuses). Scores are computed on read, never stored.
 */
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { nowDefault, withId } from './columns.js';

export function assessmentMigration(kind: DatabaseKind) {
  const withIdColumn = withId(kind);
  const now = nowDefault(kind);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await withIdColumn(db.schema.createTable('assessment_schemes'))
        .addColumn('plan_id', 'integer', (c) => c.notNull().unique().references('plans.id'))
        .addColumn('rules', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
        .execute();
    },
  };
}
