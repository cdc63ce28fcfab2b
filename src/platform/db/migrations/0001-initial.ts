/**
 * The whole domain model of PRODUCT.md in one first migration. Later changes are new files; this
 * one is never edited once released.
 */
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { nowDefault, withId } from './columns.js';

export function initialMigration(kind: DatabaseKind) {
  const withIdColumn = withId(kind);
  const now = nowDefault(kind);

  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const table = (name: string) => withIdColumn(db.schema.createTable(name));

      await table('units')
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('parent_id', 'integer', (c) => c.references('units.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
        .execute();
      await table('people')
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
        .addColumn('title', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
        .execute();
      await table('users')
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('person_id', 'integer', (c) => c.references('people.id'))
        .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
        .execute();
      await table('plans')
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('issuing_unit_id', 'integer', (c) => c.references('units.id'))
        .addColumn('parent_plan_id', 'integer', (c) => c.references('plans.id'))
        .addColumn('doc_number', 'text')
        .addColumn('notice_title', 'text')
        .addColumn('recipients', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('issue_date', 'text')
        .addColumn('copy_to', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('state', 'text', (c) => c.notNull().defaultTo('draft'))
        .addColumn('source_name', 'text')
        .addColumn('import_warnings', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await table('plan_sections')
        .addColumn('plan_id', 'integer', (c) =>
          c.notNull().references('plans.id').onDelete('cascade'),
        )
        .addColumn('no', 'integer', (c) => c.notNull())
        .addColumn('heading', 'text', (c) => c.notNull())
        .addUniqueConstraint('plan_sections_plan_no', ['plan_id', 'no'])
        .execute();
      await table('plan_items')
        .addColumn('plan_id', 'integer', (c) =>
          c.notNull().references('plans.id').onDelete('cascade'),
        )
        .addColumn('section_id', 'integer', (c) =>
          c.references('plan_sections.id').onDelete('cascade'),
        )
        .addColumn('no', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addUniqueConstraint('plan_items_plan_no', ['plan_id', 'no'])
        .execute();
      await table('key_tasks')
        .addColumn('plan_id', 'integer', (c) =>
          c.notNull().references('plans.id').onDelete('cascade'),
        )
        .addColumn('no', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addUniqueConstraint('key_tasks_plan_no', ['plan_id', 'no'])
        .execute();
      await db.schema
        .createTable('key_task_items')
        .addColumn('key_task_id', 'integer', (c) =>
          c.notNull().references('key_tasks.id').onDelete('cascade'),
        )
        .addColumn('item_id', 'integer', (c) =>
          c.notNull().references('plan_items.id').onDelete('cascade'),
        )
        .addColumn('score', 'double precision', (c) => c.notNull())
        .addPrimaryKeyConstraint('key_task_items_pk', ['key_task_id', 'item_id'])
        .execute();
      await table('tasks')
        .addColumn('plan_id', 'integer', (c) =>
          c.notNull().references('plans.id').onDelete('cascade'),
        )
        .addColumn('no', 'integer', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('key_task_id', 'integer', (c) =>
          c.references('key_tasks.id').onDelete('set null'),
        )
        .addColumn('key_task_score', 'double precision')
        .addColumn('owner_person_id', 'integer', (c) => c.references('people.id'))
        .addColumn('department_unit_id', 'integer', (c) => c.references('units.id'))
        .addColumn('leader_person_id', 'integer', (c) => c.references('people.id'))
        .addColumn('deadline_text', 'text')
        .addColumn('start_date', 'text')
        .addColumn('due_date', 'text')
        .addColumn('recurring', 'text')
        .addColumn('notes', 'text')
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await table('indicators')
        .addColumn('task_id', 'integer', (c) =>
          c.notNull().references('tasks.id').onDelete('cascade'),
        )
        .addColumn('comparator', 'text', (c) => c.notNull())
        .addColumn('value', 'double precision')
        .addColumn('min_value', 'double precision')
        .addColumn('max_value', 'double precision')
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('aggregation', 'text', (c) => c.notNull().defaultTo('sum'))
        .addColumn('per_person_threshold', 'double precision')
        .addColumn('source_text', 'text')
        .addColumn('optional', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await table('ledger_entries')
        .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicators.id'))
        .addColumn('entry_date', 'text', (c) => c.notNull())
        .addColumn('quantity', 'double precision', (c) => c.notNull())
        .addColumn('subject', 'text')
        .addColumn('attributes', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('entered_by', 'integer', (c) => c.references('users.id'))
        .addColumn('replaces_id', 'integer', (c) => c.references('ledger_entries.id'))
        .addColumn('voided_at', 'text')
        .addColumn('void_reason', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
        .execute();
      await table('progress_reports')
        .addColumn('task_id', 'integer', (c) =>
          c.notNull().references('tasks.id').onDelete('cascade'),
        )
        .addColumn('month', 'text', (c) => c.notNull())
        .addColumn('done', 'text', (c) => c.notNull())
        .addColumn('problems', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('next_steps', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('state', 'text', (c) => c.notNull().defaultTo('submitted'))
        .addColumn('submitted_by', 'integer', (c) => c.references('users.id'))
        .addColumn('submitted_at', 'text', (c) => c.notNull())
        .addColumn('reviewed_by', 'integer', (c) => c.references('users.id'))
        .addColumn('reviewed_at', 'text')
        .addColumn('review_comment', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addUniqueConstraint('progress_reports_task_month', ['task_id', 'month'])
        .execute();
      await table('bulletins')
        .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id'))
        .addColumn('month', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('snapshot', 'text', (c) => c.notNull())
        .addColumn('created_by', 'integer', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
        .addUniqueConstraint('bulletins_plan_month_kind_version', [
          'plan_id',
          'month',
          'kind',
          'version',
        ])
        .execute();
      await table('information_items')
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
        .addColumn('submitted_by', 'integer', (c) => c.references('users.id'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('submitted_on', 'text', (c) => c.notNull())
        .addColumn('adoption_level', 'text')
        .addColumn('instruction', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
        .execute();
      await table('grassroots_visits')
        .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
        .addColumn('start_date', 'text', (c) => c.notNull())
        .addColumn('end_date', 'text', (c) => c.notNull())
        .addColumn('days', 'double precision', (c) => c.notNull())
        .addColumn('place', 'text', (c) => c.notNull())
        .addColumn('purpose', 'text', (c) => c.notNull())
        .addColumn('findings', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
        .execute();
      await table('audit_events')
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_user_id', 'integer', (c) => c.references('users.id'))
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'integer')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .execute();

      const index = (name: string, on: string, columns: string[]) =>
        db.schema.createIndex(name).on(on).columns(columns).execute();
      await index('units_parent', 'units', ['parent_id']);
      await index('people_unit', 'people', ['unit_id']);
      await index('plan_items_section', 'plan_items', ['section_id']);
      await index('tasks_plan', 'tasks', ['plan_id', 'no']);
      await index('tasks_owner', 'tasks', ['owner_person_id']);
      await index('tasks_leader', 'tasks', ['leader_person_id']);
      await index('tasks_department', 'tasks', ['department_unit_id']);
      await index('indicators_task', 'indicators', ['task_id']);
      await index('ledger_indicator_date', 'ledger_entries', ['indicator_id', 'entry_date']);
      await index('info_items_unit_date', 'information_items', ['unit_id', 'submitted_on']);
      await index('visits_person_date', 'grassroots_visits', ['person_id', 'start_date']);
      await index('audit_entity', 'audit_events', ['entity', 'entity_id']);
    },
  };
}
