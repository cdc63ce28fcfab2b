/**
 * completion_requests (办结申请): an owner asks for a task to be marked done, the supervising leader
 * confirms or returns it; at most one pending request per task (a partial unique index backs the
 * check when two requests race). Attachments may now belong to a progress report or a completion
 * request as well as to a ledger entry: ledger_entry_id becomes nullable, progress_report_id and
 * completion_request_id are added, and a check keeps exactly one of the three set. PostgreSQL
 * alters the table in place; SQLite cannot drop a NOT NULL, so the table is rebuilt with its rows
 * and ids (nothing references attachments).
 */
import { sql, type Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { nowDefault, withId, type TableBuilder } from './columns.js';

const oneOwner = sql`(case when ledger_entry_id is null then 0 else 1 end
  + case when progress_report_id is null then 0 else 1 end
  + case when completion_request_id is null then 0 else 1 end) = 1`;

const keptColumns = [
  'id',
  'ledger_entry_id',
  'name',
  'size',
  'content_type',
  'sha256',
  'content',
  'uploaded_by',
  'created_at',
];

async function createCompletionRequests(db: Kysely<unknown>, kind: DatabaseKind) {
  await withId(kind)(db.schema.createTable('completion_requests'))
    .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('requested_by', 'integer', (c) => c.references('users.id'))
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'integer', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('comment', 'text')
    .addColumn('self_review', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('completion_requests_task')
    .on('completion_requests')
    .columns(['task_id', 'id'])
    .execute();
  await db.schema
    .createIndex('completion_requests_one_pending')
    .on('completion_requests')
    .column('task_id')
    .unique()
    .where(sql.ref('state'), '=', 'pending')
    .execute();
}

const ownerColumns = (t: TableBuilder) =>
  t
    .addColumn('progress_report_id', 'integer', (c) => c.references('progress_reports.id'))
    .addColumn('completion_request_id', 'integer', (c) => c.references('completion_requests.id'));

/** SQLite: the 0006 table again, ledger_entry_id nullable, the new owners last, rows copied. */
async function rebuildSqliteAttachments(db: Kysely<unknown>) {
  await db.transaction().execute(async (trx) => {
    const table = withId('sqlite')(trx.schema.createTable('attachments_next'))
      .addColumn('ledger_entry_id', 'integer', (c) => c.references('ledger_entries.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('content_type', 'text', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('content', 'blob', (c) => c.notNull())
      .addColumn('uploaded_by', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(nowDefault('sqlite')));
    await ownerColumns(table).addCheckConstraint('attachments_one_owner', oneOwner).execute();
    const columns = sql.join(keptColumns.map((c) => sql.ref(c)));
    await sql`insert into attachments_next (${columns}) select ${columns} from attachments`.execute(
      trx,
    );
    await trx.schema.dropTable('attachments').execute();
    await trx.schema.alterTable('attachments_next').renameTo('attachments').execute();
    await trx.schema
      .createIndex('attachments_entry')
      .on('attachments')
      .column('ledger_entry_id')
      .execute();
  });
}

async function alterPostgresAttachments(db: Kysely<unknown>) {
  await db.schema
    .alterTable('attachments')
    .alterColumn('ledger_entry_id', (c) => c.dropNotNull())
    .execute();
  await db.schema
    .alterTable('attachments')
    .addColumn('progress_report_id', 'integer', (c) => c.references('progress_reports.id'))
    .execute();
  await db.schema
    .alterTable('attachments')
    .addColumn('completion_request_id', 'integer', (c) => c.references('completion_requests.id'))
    .execute();
  await db.schema
    .alterTable('attachments')
    .addCheckConstraint('attachments_one_owner', oneOwner)
    .execute();
}

export function completionRequestsMigration(kind: DatabaseKind) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await createCompletionRequests(db, kind);
      if (kind === 'postgres') await alterPostgresAttachments(db);
      else await rebuildSqliteAttachments(db);
      for (const column of ['progress_report_id', 'completion_request_id'])
        await db.schema
          .createIndex(`attachments_${column.replace('_id', '')}`)
          .on('attachments')
          .column(column)
          .execute();
    },
  };
}
