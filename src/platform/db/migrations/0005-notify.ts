/**
 * notifications, webhooks, webhook_deliveries, webhook_attempts: reminders shown in the app and
 * sent to group robots. Unique keys make the reminder job idempotent on both engines.
 */
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { nowDefault, withId } from './columns.js';

export function notifyMigration(kind: DatabaseKind) {
  const now = nowDefault(kind);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const table = (name: string) => withId(kind)(db.schema.createTable(name));
      await table('notifications')
        .addColumn('user_id', 'integer', (c) =>
          c.notNull().references('users.id').onDelete('cascade'),
        )
        .addColumn('task_id', 'integer', (c) => c.references('tasks.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('dedupe_key', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
        .addColumn('read_at', 'text')
        .addUniqueConstraint('notifications_user_key', ['user_id', 'dedupe_key'])
        .execute();
      await table('webhooks')
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('events', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('secret', 'text')
        .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_by', 'integer', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await table('webhook_deliveries')
        .addColumn('webhook_id', 'integer', (c) =>
          c.notNull().references('webhooks.id').onDelete('cascade'),
        )
        .addColumn('event', 'text', (c) => c.notNull())
        .addColumn('dedupe_key', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull().defaultTo('pending'))
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('last_status', 'integer')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
        .addColumn('delivered_at', 'text')
        .addUniqueConstraint('webhook_deliveries_webhook_key', ['webhook_id', 'dedupe_key'])
        .execute();
      await table('webhook_attempts')
        .addColumn('delivery_id', 'integer', (c) =>
          c.notNull().references('webhook_deliveries.id').onDelete('cascade'),
        )
        .addColumn('attempt', 'integer', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('status_code', 'integer')
        .addColumn('error', 'text')
        .addColumn('duration_ms', 'integer', (c) => c.notNull())
        .execute();

      const index = (name: string, on: string, columns: string[]) =>
        db.schema.createIndex(name).on(on).columns(columns).execute();
      await index('notifications_user_read', 'notifications', ['user_id', 'read_at']);
      await index('notifications_task', 'notifications', ['task_id']);
      await index('webhook_deliveries_due', 'webhook_deliveries', ['state', 'next_attempt_at']);
      await index('webhook_attempts_delivery', 'webhook_attempts', ['delivery_id', 'attempt']);
    },
  };
}
