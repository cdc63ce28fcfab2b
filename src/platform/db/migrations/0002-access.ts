/**
 * Access and accountability: login sessions, API tokens, a version on every mutable record for
 * optimistic locking, and the hash chain that makes the audit trail tamper-evident.
 */
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { withId } from './columns.js';

export function accessMigration(kind: DatabaseKind) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) =>
          c.notNull().references('users.id').onDelete('cascade'),
        )
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await withId(kind)(db.schema.createTable('api_tokens'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('created_by', 'integer', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .addColumn('last_used_at', 'text')
        .execute();
      for (const table of [
        'units',
        'people',
        'users',
        'plan_sections',
        'plan_items',
        'key_tasks',
      ]) {
        await db.schema
          .alterTable(table)
          .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
          .execute();
      }
      await db.schema.alterTable('audit_events').addColumn('hash', 'text').execute();
      await db.schema.alterTable('audit_events').addColumn('prev_hash', 'text').execute();
      await db.schema.alterTable('audit_events').addColumn('actor_name', 'text').execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
      await db.schema.createIndex('audit_at').on('audit_events').columns(['at']).execute();
      await db.schema
        .createIndex('audit_actor')
        .on('audit_events')
        .columns(['actor_user_id'])
        .execute();
    },
  };
}
