/**
 * 0016 on a database that already holds evidence: the attachments table keeps its rows, ids and
 * bytes (rebuilt on SQLite, altered on PostgreSQL), and every attachment has exactly one owner.
 */
import { Migrator } from 'kysely/migration';
import { afterEach, describe, expect, it } from 'vitest';
import { engines, openEmptyStore, type TestStore } from '../../test/stores.js';
import { migrateToLatest } from './database.js';
import { migrationProvider } from './migrations/index.js';

describe.each(engines)('attachment owners (0016) on %s', (kind) => {
  let t: TestStore;
  afterEach(async () => t.cleanup());

  async function evidenceBefore0016() {
    t = await openEmptyStore(kind);
    const { store } = t;
    const migrator = new Migrator({
      db: store.db,
      provider: migrationProvider(kind),
      ...(store.schema ? { migrationTableSchema: store.schema } : {}),
    });
    const { error } = await migrator.migrateTo('0015-self-review');
    expect(error).toBeUndefined();
    const db = store.db;
    const plan = await db
      .insertInto('plans')
      .values({ year: 2017, title: '工作要点', updated_at: '2017-01-01T00:00:00.000Z' } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    const task = await db
      .insertInto('tasks')
      .values({
        plan_id: plan.id,
        no: 1,
        content: '任务',
        updated_at: '2017-01-01T00:00:00.000Z',
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    const indicator = await db
      .insertInto('indicators')
      .values({
        task_id: task.id,
        comparator: 'gte',
        value: 1,
        unit: '次',
        subject: '活动',
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    const entry = await db
      .insertInto('ledger_entries')
      .values({
        indicator_id: indicator.id,
        entry_date: '2017-03-01',
        quantity: 1,
        attributes: '{}',
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    const content = Buffer.from('%PDF-1.4 名单');
    const attachment = await db
      .insertInto('attachments')
      .values({
        ledger_entry_id: entry.id,
        name: '名单.pdf',
        size: content.length,
        content_type: 'application/pdf',
        sha256: 'x',
        content,
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    return { task: task.id, entry: entry.id, attachment: attachment.id, content };
  }

  it('keeps the stored attachments, ids and bytes; new ones follow them', async () => {
    const before = await evidenceBefore0016();
    expect(await migrateToLatest(t.store)).toContain('0016-completion-requests');
    const db = t.store.db;
    const kept = await db
      .selectFrom('attachments')
      .selectAll()
      .where('id', '=', before.attachment)
      .executeTakeFirstOrThrow();
    expect(kept).toMatchObject({
      ledger_entry_id: before.entry,
      progress_report_id: null,
      completion_request_id: null,
      name: '名单.pdf',
    });
    expect(Buffer.from(kept.content)).toEqual(before.content);
    const request = await db
      .insertInto('completion_requests')
      .values({ task_id: before.task, note: '已完成', state: 'pending', requested_at: 'x' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const next = await db
      .insertInto('attachments')
      .values({
        completion_request_id: request.id,
        name: '照片.png',
        size: 1,
        content_type: 'image/png',
        sha256: 'y',
        content: Buffer.from('p'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(next.id).toBeGreaterThan(before.attachment);
  });

  it('refuses an attachment with no owner or with two', async () => {
    const before = await evidenceBefore0016();
    await migrateToLatest(t.store);
    const file = { name: 'a.txt', size: 1, content_type: 'text/plain', sha256: 'z' };
    const orphan = t.store.db
      .insertInto('attachments')
      .values({ ...file, content: Buffer.from('a') })
      .execute();
    await expect(orphan).rejects.toThrow(/check|constraint/i);
    const request = await t.store.db
      .insertInto('completion_requests')
      .values({ task_id: before.task, note: '已完成', state: 'pending', requested_at: 'x' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const twice = t.store.db
      .insertInto('attachments')
      .values({
        ...file,
        content: Buffer.from('a'),
        ledger_entry_id: before.entry,
        completion_request_id: request.id,
      })
      .execute();
    await expect(twice).rejects.toThrow(/check|constraint/i);
  });
});
