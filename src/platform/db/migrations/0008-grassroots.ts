/**
 * Grassroots contact (联系基层): contact points of standing-committee members, each person's
 * category (leading cadre or staff) and the yearly minimum days per category; visits gain the
 * contact point, who recorded them and a void (corrections void and re-enter, as the ledger does).
 */
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { nowDefault, withId } from './columns.js';

export function grassrootsMigration(kind: DatabaseKind) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await withId(kind)(db.schema.createTable('grassroots_contact_points'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
        .addColumn('address', 'text')
        .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(nowDefault(kind)))
        .execute();
      await db.schema
        .createTable('person_grassroots_roles')
        .addColumn('person_id', 'integer', (c) => c.primaryKey().references('people.id'))
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('grassroots_minimums')
        .addColumn('year', 'integer', (c) => c.primaryKey())
        .addColumn('leading', 'double precision', (c) => c.notNull())
        .addColumn('staff', 'double precision', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      const visits = () => db.schema.alterTable('grassroots_visits');
      await visits()
        .addColumn('contact_point_id', 'integer', (c) =>
          c.references('grassroots_contact_points.id'),
        )
        .execute();
      await visits()
        .addColumn('recorded_by', 'integer', (c) => c.references('users.id'))
        .execute();
      await visits().addColumn('voided_at', 'text').execute();
      await visits().addColumn('void_reason', 'text').execute();
      await db.schema
        .createIndex('contact_points_person')
        .on('grassroots_contact_points')
        .column('person_id')
        .execute();
    },
  };
}
