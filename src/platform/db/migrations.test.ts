import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { engines, openEmptyStore, type TestStore } from '../../test/stores.js';
import { migrateToLatest } from './database.js';

const domainTables = [
  'units',
  'people',
  'users',
  'plans',
  'plan_sections',
  'plan_items',
  'key_tasks',
  'key_task_items',
  'tasks',
  'indicators',
  'ledger_entries',
  'progress_reports',
  'bulletins',
  'information_items',
  'grassroots_visits',
  'audit_events',
  'sessions',
  'api_tokens',
];

/**
 * Tables of this test's own database or schema. Kysely's PostgreSQL introspection reads every
 * schema and fails when another test file drops its schema at the same moment.
 */
async function tableNames(t: TestStore): Promise<string[]> {
  if (t.store.kind === 'sqlite')
    return (await t.store.db.introspection.getTables()).map((x) => x.name);
  const rows = await sql<{
    table_name: string;
  }>`select table_name from information_schema.tables where table_schema = current_schema()`.execute(
    t.store.db,
  );
  return rows.rows.map((r) => r.table_name);
}

describe.each(engines)('migrations on %s', (kind) => {
  let t: TestStore;
  afterEach(async () => t.cleanup());

  it('creates every domain table from an empty database and is idempotent', async () => {
    t = await openEmptyStore(kind);
    const applied = await migrateToLatest(t.store);
    expect(applied).toEqual([
      '0001-initial',
      '0002-access',
      '0003-tracking',
      '0004-reviews',
      '0005-notify',
      '0006-evidence',
      '0007-info-work',
      '0008-grassroots',
      '0009-cascade',
      '0010-idempotency',
      '0011-assessment',
      '0012-scale-indexes',
      '0013-ledger-totals-by-date',
      '0014-plan-table-columns',
      '0015-self-review',
      '0016-completion-requests',
      '0017-password-change',
      '0018-bulletin-issue',
      '0019-audit-chains',
      '0020-stored-totals',
    ]);
    const tables = await tableNames(t);
    expect(tables).toEqual(expect.arrayContaining(domainTables));
    expect(await migrateToLatest(t.store)).toEqual([]);
  });

  it('enforces foreign keys', async () => {
    t = await openEmptyStore(kind);
    await migrateToLatest(t.store);
    const insert = t.store.db
      .insertInto('people')
      .values({ name: '柏春艳', unit_id: 9999, title: null })
      .execute();
    await expect(insert).rejects.toThrow(/foreign key/i);
  });

  it('stores timestamps as ISO 8601 UTC text on both engines', async () => {
    t = await openEmptyStore(kind);
    await migrateToLatest(t.store);
    const unit = await t.store.db
      .insertInto('units')
      .values({ name: '办公室', parent_id: null, kind: 'department' })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
    expect(unit.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });
});
