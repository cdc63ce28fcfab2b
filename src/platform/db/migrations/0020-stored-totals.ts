/**
 * Stored running totals (db/totals/): each indicator's totals, per-subject totals of indicators
 * that count subjects, and each task's tracking facts, filled from the ledger and milestones.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { rebuildTotals } from '../totals/rebuild-totals.js';

export function storedTotalsMigration() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('indicator_totals')
        .addColumn('indicator_id', 'integer', (c) =>
          c.primaryKey().references('indicators.id').onDelete('cascade'),
        )
        .addColumn('task_id', 'integer', (c) => c.notNull())
        .addColumn('entries', 'integer', (c) => c.notNull())
        .addColumn('total', 'double precision', (c) => c.notNull())
        .addColumn('subjects', 'integer', (c) => c.notNull())
        .addColumn('people_met', 'integer', (c) => c.notNull())
        .addColumn('person_progress', 'double precision', (c) => c.notNull())
        .addColumn('progress', 'double precision', (c) => c.notNull())
        .addColumn('latest_entry_date', 'text')
        .execute();
      await db.schema
        .createIndex('indicator_totals_task')
        .on('indicator_totals')
        .columns(['task_id', 'progress'])
        .execute();
      await db.schema
        .createTable('subject_totals')
        .addColumn('indicator_id', 'integer', (c) =>
          c.notNull().references('indicators.id').onDelete('cascade'),
        )
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('entries', 'integer', (c) => c.notNull())
        .addColumn('total', 'double precision', (c) => c.notNull())
        .addPrimaryKeyConstraint('subject_totals_pk', ['indicator_id', 'subject'])
        .execute();
      await db.schema
        .createTable('task_facts')
        .addColumn('task_id', 'integer', (c) =>
          c.primaryKey().references('tasks.id').onDelete('cascade'),
        )
        .addColumn('indicator_progress', 'double precision')
        .addColumn('milestones', 'integer', (c) => c.notNull())
        .addColumn('milestones_done', 'integer', (c) => c.notNull())
        .addColumn('oldest_open_milestone', 'text')
        .addColumn('latest_entry_date', 'text')
        .execute();
      await rebuildTotals(db as Kysely<Database>, { all: true });
    },
  };
}
