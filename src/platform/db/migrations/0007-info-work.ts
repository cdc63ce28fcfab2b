/**
 * Information work (信息工作): adoptions and instructions of information items as rows of their
 * own (an item may be adopted at several levels), and the yearly assessment schemes. The legacy
 * columns information_items.adoption_level / instruction stay, kept as the highest level and the
 * latest instruction for readers that only know them.
 */
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { nowDefault, withId } from './columns.js';

export function infoWorkMigration(kind: DatabaseKind) {
  const withIdColumn = withId(kind);
  const now = nowDefault(kind);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await withIdColumn(db.schema.createTable('information_adoptions'))
        .addColumn('item_id', 'integer', (c) => c.notNull().references('information_items.id'))
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('adopted_on', 'text', (c) => c.notNull())
        .addColumn('recorded_by', 'integer', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
        .addUniqueConstraint('information_adoptions_item_level', ['item_id', 'level'])
        .execute();
      await db.schema
        .createIndex('information_adoptions_on')
        .on('information_adoptions')
        .columns(['adopted_on'])
        .execute();
      await withIdColumn(db.schema.createTable('information_instructions'))
        .addColumn('item_id', 'integer', (c) => c.notNull().references('information_items.id'))
        .addColumn('given_by', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('given_on', 'text', (c) => c.notNull())
        .addColumn('recorded_by', 'integer', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
        .execute();
      await db.schema
        .createIndex('information_instructions_item')
        .on('information_instructions')
        .columns(['item_id'])
        .execute();
      await withIdColumn(db.schema.createTable('info_schemes'))
        .addColumn('year', 'integer', (c) => c.notNull().unique())
        .addColumn('rules', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
        .execute();
    },
  };
}
