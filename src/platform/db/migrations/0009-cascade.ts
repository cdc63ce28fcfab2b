/**
 * plan_recipients and task_alignments: who is expected to publish an aligned plan, and which key
 * task of the parent plan each child task serves. A task aligns to at most one key task.
 */
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { nowDefault } from './columns.js';

export function cascadeMigration(kind: DatabaseKind) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('plan_recipients')
        .addColumn('plan_id', 'integer', (c) =>
          c.notNull().references('plans.id').onDelete('cascade'),
        )
        .addColumn('unit_id', 'integer', (c) =>
          c.notNull().references('units.id').onDelete('cascade'),
        )
        .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(nowDefault(kind)))
        .addPrimaryKeyConstraint('plan_recipients_pk', ['plan_id', 'unit_id'])
        .execute();
      await db.schema
        .createTable('task_alignments')
        .addColumn('task_id', 'integer', (c) =>
          c.primaryKey().references('tasks.id').onDelete('cascade'),
        )
        .addColumn('key_task_id', 'integer', (c) =>
          c.notNull().references('key_tasks.id').onDelete('cascade'),
        )
        .addColumn('created_by', 'integer', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('task_alignments_key_task')
        .on('task_alignments')
        .column('key_task_id')
        .execute();
    },
  };
}
