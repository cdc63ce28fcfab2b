/**
 * Bulletins become drafts that are issued (签发): each row is a draft or issued, and an issued one
 * keeps its 期号 (issue_no, numbered per plan and kind), whether it corrects an earlier issue of
 * the same month (更正), its issue date, who issued it and when, and the frame (版头 and 版记) it
 * was issued with as JSON. Existing rows were issued when made: numbered per plan and kind by
 * month, a version above 1 a correction, dated the day they were made, frame null (they render
 * with the unit's current settings). At most one draft per plan, month and kind; two issued
 * bulletins never share a 期号 and version. bulletin_settings holds each unit's 版头/版记 facts.
 */
import { sql, type Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { nowDefault } from './columns.js';

export function bulletinIssueMigration(kind: DatabaseKind) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      // One column per statement: SQLite adds no more at a time.
      const add = () => db.schema.alterTable('bulletins');
      await add()
        .addColumn('state', 'text', (c) => c.notNull().defaultTo('issued'))
        .execute();
      await add().addColumn('issue_no', 'integer').execute();
      await add().addColumn('issue_date', 'text').execute();
      await add()
        .addColumn('correction', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await add()
        .addColumn('issued_by', 'integer', (c) => c.references('users.id'))
        .execute();
      await add().addColumn('issued_at', 'text').execute();
      await add().addColumn('frame', 'text').execute();
      await sql`update bulletins set
          issue_no = (select count(distinct earlier.month) from bulletins earlier
            where earlier.plan_id = bulletins.plan_id and earlier.kind = bulletins.kind
              and earlier.month <= bulletins.month),
          correction = case when version > 1 then 1 else 0 end,
          issue_date = substr(created_at, 1, 10),
          issued_by = created_by,
          issued_at = created_at`.execute(db);
      await db.schema
        .createIndex('bulletins_one_draft')
        .on('bulletins')
        .columns(['plan_id', 'month', 'kind'])
        .unique()
        .where(sql.ref('state'), '=', 'draft')
        .execute();
      await db.schema
        .createIndex('bulletins_issue_no')
        .on('bulletins')
        .columns(['plan_id', 'kind', 'issue_no', 'version'])
        .unique()
        .where(sql.ref('state'), '=', 'issued')
        .execute();
      await db.schema
        .createTable('bulletin_settings')
        .addColumn('unit_id', 'integer', (c) =>
          c.primaryKey().references('units.id').onDelete('cascade'),
        )
        .addColumn('masthead_name', 'text', (c) => c.notNull())
        .addColumn('issuing_office', 'text', (c) => c.notNull())
        .addColumn('copy_to', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('printed_by', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(nowDefault(kind)))
        .execute();
    },
  };
}
