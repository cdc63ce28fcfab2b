/**
 * The SQLite connection Kysely uses: transactions take the write lock at BEGIN, and a statement
 * reused from the cache gives the same rows as a fresh one, even after a stream left it early.
 */
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/stores.js';

describe('SQLite connection', () => {
  let t: TestStore;
  beforeEach(async () => {
    t = await openTestStore('sqlite');
    await t.store.db
      .insertInto('units')
      .values(['甲', '乙', '丙'].map((name) => ({ name, parent_id: null, kind: 'department' })))
      .execute();
  });
  afterEach(() => t.cleanup());

  it('holds the write lock from BEGIN, before the transaction first writes', async () => {
    const other = new SQLite(t.url.slice('sqlite:'.length));
    other.pragma('busy_timeout = 0');
    const writeFromOther = () =>
      other.prepare("update units set name = '丁' where name = '甲'").run();
    try {
      await t.store.db.transaction().execute(async (trx) => {
        await trx.selectFrom('units').select('id').execute();
        expect(writeFromOther).toThrow(/database is locked/);
      });
      expect(writeFromOther().changes).toBe(1);
    } finally {
      other.close();
    }
  });

  it('answers a repeated query in full after a stream of it stopped early', async () => {
    const names = () => t.store.db.selectFrom('units').select('name').orderBy('id');
    for await (const row of names().stream()) {
      expect(row.name).toBe('甲');
      break;
    }
    expect((await names().execute()).map((r) => r.name)).toEqual(['甲', '乙', '丙']);
    const count = sql<{ n: number }>`select count(*) as n from units`;
    expect((await count.execute(t.store.db)).rows).toEqual([{ n: 3 }]);
    expect((await count.execute(t.store.db)).rows).toEqual([{ n: 3 }]);
  });
});
