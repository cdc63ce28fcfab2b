import { afterEach, describe, expect, it } from 'vitest';
import { engines, openTestStore, type TestStore } from '../../test/stores.js';
import { prepared } from './prepared.js';

describe.each(engines)('queries prepared once on %s', (kind) => {
  let t: TestStore;
  afterEach(async () => t.cleanup());

  it('builds the query once and runs it with each call’s parameters, nulls included', async () => {
    t = await openTestStore(kind);
    let builds = 0;
    const insert = prepared((db, p: { name: string; kind: string; parent: number | null }) => {
      builds++;
      return db
        .insertInto('units')
        .values({ name: p.name, kind: p.kind, parent_id: p.parent })
        .returning(['id', 'name', 'parent_id']);
    });
    const byName = prepared((db, p: { name: string }) => {
      builds++;
      return db.selectFrom('units').select(['name', 'kind']).where('name', '=', p.name);
    });
    const [root] = await insert(t.store.db, { name: '甲协会', kind: 'association', parent: null });
    const [child] = await insert(t.store.db, {
      name: '乙部',
      kind: 'department',
      parent: root?.id ?? null,
    });
    expect(root).toMatchObject({ name: '甲协会', parent_id: null });
    expect(child).toMatchObject({ name: '乙部', parent_id: root?.id });
    expect(await byName(t.store.db, { name: '乙部' })).toEqual([
      { name: '乙部', kind: 'department' },
    ]);
    expect(await byName(t.store.db, { name: '丙' })).toEqual([]);
    await t.store.db.transaction().execute(async (trx) => {
      expect(await byName(trx, { name: '甲协会' })).toHaveLength(1);
    });
    expect(builds).toBe(2);
  });
});
