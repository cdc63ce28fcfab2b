/**
 * plans.table_columns: the columns of the responsibility table (重点工作任务表) the plan was
 * imported from, so its export repeats the notice's own header words and order. JSON array of
 * {header, field}; field is a column key of the importer (import/columns.ts) or null for a column
 * it does not read. Null for plans imported before, and for notices without a table: their export
 * uses the importer's standard names.
 */
import type { Kysely } from 'kysely';

export function planTableColumnsMigration() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('plans').addColumn('table_columns', 'text').execute();
    },
  };
}
