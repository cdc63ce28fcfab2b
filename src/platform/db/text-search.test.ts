import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestStore, type TestStore } from '../../test/stores.js';
import { containsPattern, containsText } from './text-search.js';

describe('containsPattern', () => {
  it.each([
    ['100%', '%100\\%%'],
    ['a_b', '%a\\_b%'],
    ['C:\\dir', '%c:\\\\dir%'],
    ['WeChat 公众号', '%wechat 公众号%'],
    ['ＡＢ', '%ＡＢ%'],
  ])('turns %s into %s', (text, pattern) => {
    expect(containsPattern(text)).toBe(pattern);
  });
});

describe.each(engines)('containsText on %s', (kind) => {
  let t: TestStore;
  const names = [
    '100%达标',
    '100人',
    'Li_Ming',
    'LiXMing',
    'wechat群',
    'C:\\dir',
    'Émile',
    'émile',
  ];
  const search = async (text: string) =>
    (
      await t.store.db
        .selectFrom('people')
        .select('name')
        .where(containsText(t.store.db, 'name', text))
        .orderBy('id')
        .execute()
    ).map((r) => r.name);

  beforeAll(async () => {
    t = await openTestStore(kind);
    await t.store.db
      .insertInto('people')
      .values(names.map((name) => ({ name })))
      .execute();
  });
  afterAll(async () => t.cleanup());

  it.each([
    ['100%', ['100%达标']],
    ['100', ['100%达标', '100人']],
    ['_', ['Li_Ming']],
    ['%', ['100%达标']],
    ['\\', ['C:\\dir']],
    ['li_m', ['Li_Ming']],
    ['LIXM', ['LiXMing']],
    ['WeChat', ['wechat群']],
    // Only ASCII letters fold, on both engines, whatever PostgreSQL's locale.
    ['émile', ['émile']],
  ])('finds %s literally, in either case', async (text, found) => {
    expect(await search(text)).toEqual(found);
  });

  it('works inside a transaction', async () => {
    const found = await t.store.db.transaction().execute(async (trx) => {
      const matches = containsText(trx, 'name', 'MING');
      const rows = await trx.selectFrom('people').select('name').where(matches).execute();
      return rows.map((r) => r.name);
    });
    expect(found).toEqual(['Li_Ming', 'LiXMing']);
  });
});
