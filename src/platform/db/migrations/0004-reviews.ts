/**
 * extension_requests, month_closes, inbox_views. At most one pending extension request per task is
 * enforced by a partial unique index, so two racing requests cannot both be pending.
 */
import { sql, type Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { withId } from './columns.js';

export function reviewsMigration(kind: DatabaseKind) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await withId(kind)(db.schema.createTable('extension_requests'))
        .addColumn('task_id', 'integer', (c) =>
          c.notNull().references('tasks.id').onDelete('cascade'),
        )
        .addColumn('current_due', 'text', (c) => c.notNull())
        .addColumn('requested_due', 'text', (c) => c.notNull())
        .addColumn('original_due', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull().defaultTo('pending'))
        .addColumn('requested_by', 'integer', (c) => c.references('users.id'))
        .addColumn('requested_at', 'text', (c) => c.notNull())
        .addColumn('decided_by', 'integer', (c) => c.references('users.id'))
        .addColumn('decided_at', 'text')
        .addColumn('decision_comment', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema
        .createIndex('extension_requests_task')
        .on('extension_requests')
        .columns(['task_id', 'id'])
        .execute();
      await db.schema
        .createIndex('extension_requests_one_pending')
        .on('extension_requests')
        .column('task_id')
        .unique()
        .where(sql.ref('state'), '=', 'pending')
        .execute();
      await withId(kind)(db.schema.createTable('month_closes'))
        .addColumn('month', 'text', (c) => c.notNull().unique())
        .addColumn('closed_by', 'integer', (c) => c.references('users.id'))
        .addColumn('closed_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('inbox_views')
        .addColumn('user_id', 'integer', (c) =>
          c.primaryKey().references('users.id').onDelete('cascade'),
        )
        .addColumn('seen_at', 'text', (c) => c.notNull())
        .addColumn('lights', 'text', (c) => c.notNull().defaultTo('{}'))
        .execute();
    },
  };
}
