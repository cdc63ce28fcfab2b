/**
 * Tracking: task_assignees (several owners, lead and co-operating departments per task) and
 * milestones (时间节点). Existing tasks get their single owner and department copied in as the
 * first assignees, so the table is the whole list from the start.
 */
import { sql, type Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { nowDefault, withId } from './columns.js';

export function trackingMigration(kind: DatabaseKind) {
  const withIdColumn = withId(kind);
  const now = nowDefault(kind);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await withIdColumn(db.schema.createTable('task_assignees'))
        .addColumn('task_id', 'integer', (c) =>
          c.notNull().references('tasks.id').onDelete('cascade'),
        )
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
        .addColumn('person_id', 'integer', (c) => c.references('people.id'))
        .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await withIdColumn(db.schema.createTable('milestones'))
        .addColumn('task_id', 'integer', (c) =>
          c.notNull().references('tasks.id').onDelete('cascade'),
        )
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('due_date', 'text', (c) => c.notNull())
        .addColumn('done_at', 'text')
        .addColumn('evidence', 'text')
        .addColumn('done_by', 'integer', (c) => c.references('users.id'))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
        .execute();
      const index = (name: string, on: string, columns: string[]) =>
        db.schema.createIndex(name).on(on).columns(columns).execute();
      await index('task_assignees_task', 'task_assignees', ['task_id', 'kind', 'position']);
      await index('task_assignees_person', 'task_assignees', ['person_id']);
      await index('task_assignees_unit', 'task_assignees', ['unit_id']);
      await index('milestones_task', 'milestones', ['task_id', 'due_date']);
      await sql`insert into task_assignees (task_id, kind, person_id, position)
        select id, 'owner', owner_person_id, 0 from tasks where owner_person_id is not null`.execute(
        db,
      );
      await sql`insert into task_assignees (task_id, kind, unit_id, position)
        select id, 'lead_department', department_unit_id, 0 from tasks
        where department_unit_id is not null`.execute(db);
    },
  };
}
