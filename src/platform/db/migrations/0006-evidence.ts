/**
 * Evidence: attachments of ledger entries, stored in the database (BLOB on SQLite, bytea on
 * PostgreSQL) so that a backup of the database is a backup of the evidence.
 */
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { nowDefault, withId } from './columns.js';

export function evidenceMigration(kind: DatabaseKind) {
  const withIdColumn = withId(kind);
  const now = nowDefault(kind);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await withIdColumn(db.schema.createTable('attachments'))
        .addColumn('ledger_entry_id', 'integer', (c) => c.notNull().references('ledger_entries.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('content_type', 'text', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('content', kind === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
        .addColumn('uploaded_by', 'integer', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
        .execute();
      await db.schema
        .createIndex('attachments_entry')
        .on('attachments')
        .columns(['ledger_entry_id'])
        .execute();
    },
  };
}
