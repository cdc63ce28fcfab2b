/** 0018 on a store that already holds bulletins: they become issued, numbered per plan and kind. */
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { engines, openEmptyStore, type TestStore } from '../../../test/stores.js';
import { migrateToLatest } from '../database.js';
import { migrateTo } from './test-support.js';

async function seedBulletins(db: Kysely<unknown>) {
  const unit = await sql<{
    id: number;
  }>`insert into units (name, kind) values ('滁州市科协', 'association') returning id`.execute(db);
  const unitId = unit.rows[0]?.id ?? 0;
  const plan = await sql<{
    id: number;
  }>`insert into plans (title, year, issuing_unit_id, updated_at)
    values ('滁州市科协2017年工作要点', 2017, ${unitId}, '2017-01-01T00:00:00.000Z') returning id`.execute(
    db,
  );
  const planId = plan.rows[0]?.id ?? 0;
  const rows: [string, string, number, string][] = [
    ['2017-09', 'key_work', 1, '2017-10-09T02:00:00.000Z'],
    ['2017-08', 'key_work', 1, '2017-09-04T02:00:00.000Z'],
    ['2017-09', 'key_work', 2, '2017-10-12T02:00:00.000Z'],
    ['2017-10', 'key_work', 1, '2017-11-01T02:00:00.000Z'],
    ['2017-09', 'grassroots', 1, '2017-10-10T02:00:00.000Z'],
  ];
  for (const [month, kind, version, at] of rows)
    await sql`insert into bulletins (plan_id, month, kind, version, snapshot, created_at)
      values (${planId}, ${month}, ${kind}, ${version}, '{}', ${at})`.execute(db);
  return planId;
}

describe.each(engines)('migration 0018 on %s', (kind) => {
  let t: TestStore;
  afterEach(async () => t.cleanup());

  it('marks earlier bulletins issued, numbered per plan and kind by month', async () => {
    t = await openEmptyStore(kind);
    await migrateTo(t, '0017-password-change');
    await seedBulletins(t.store.db as unknown as Kysely<unknown>);
    expect(await migrateToLatest(t.store)).toContain('0018-bulletin-issue');
    const rows = await t.store.db
      .selectFrom('bulletins')
      .select([
        'month',
        'kind',
        'version',
        'state',
        'issue_no',
        'correction',
        'issue_date',
        'issued_at',
        'frame',
      ])
      .orderBy('kind')
      .orderBy('month')
      .orderBy('version')
      .execute();
    expect(
      rows.map((r) => [r.kind, r.month, r.version, r.state, r.issue_no, r.correction]),
    ).toEqual([
      ['grassroots', '2017-09', 1, 'issued', 1, 0],
      ['key_work', '2017-08', 1, 'issued', 1, 0],
      ['key_work', '2017-09', 1, 'issued', 2, 0],
      ['key_work', '2017-09', 2, 'issued', 2, 1],
      ['key_work', '2017-10', 1, 'issued', 3, 0],
    ]);
    expect(rows[2]).toMatchObject({
      issue_date: '2017-10-09',
      issued_at: '2017-10-09T02:00:00.000Z',
      frame: null,
    });
    expect(await t.store.db.selectFrom('bulletin_settings').selectAll().execute()).toEqual([]);
  });
});
