import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/stores.js';
import { defaultRules } from './info-scheme.js';
import { enterSeptember, startInfoApp, type InfoApp } from './test-support.js';

type Score = {
  rank: number;
  unitName: string;
  total: number;
  points: number;
  deduction: number;
  bonus: number;
};
type Ranking = { ranking: Score[]; scheme: { version: number; stored: boolean } };
type ErrorJson = { error: { details: { field?: string }[] } };
const row = (s: Score) => [s.rank, s.unitName, s.total];

describe.each(engines)('information rankings API on %s', (kind) => {
  let s: InfoApp;
  let writes = 11; // enterSeptember
  const ranking = async (query: string, who = s.as.viewer) => {
    const res = await who.get(`/api/info-rankings${query}`);
    expect(res.status).toBe(200);
    return (await res.json()) as Ranking;
  };
  const put = (body: unknown, headers = {}, who = s.as.admin) =>
    who.send('PUT', '/api/info-schemes/2017', body, headers);

  beforeAll(async () => {
    s = await startInfoApp(kind);
    await enterSeptember(s);
  });
  afterAll(async () => s.t.close());

  it('ranks September: 全椒 11, then 定远 and 天长 tied at 10, 定远 first by its 省科协 adoption', async () => {
    const { ranking: rows, scheme } = await ranking('?month=2017-09');
    expect(rows.map(row)).toEqual([
      [1, '全椒县科协', 11],
      [2, '定远县科协', 10],
      [3, '天长市科协', 10],
    ]);
    expect(rows[2]).toMatchObject({
      submissions: 3,
      adoptions: { unit_website: 1, city_party_government: 1, provincial_association: 0 },
      instructions: 0,
      deduction: 0,
    });
    expect(scheme).toEqual({ year: 2017, version: 0, stored: false });
    const officer = await ranking('?month=2017-09', s.as.tianchang);
    expect(officer.ranking.map(row)).toEqual(rows.map(row));
  });

  it('ranks the year with quota deductions (24 items) and the bonus for the first unit', async () => {
    const { ranking: rows } = await ranking('?year=2017');
    // 天长 4 + 7 − 20 + 5 = −4; 定远 10 − 22 = −12; 全椒 11 − 23 = −12, after 定远 by level.
    expect(rows.map(row)).toEqual([
      [1, '天长市科协', -4],
      [2, '定远县科协', -12],
      [3, '全椒县科协', -12],
    ]);
    expect(rows[0]).toMatchObject({ points: 11, deduction: 20, bonus: 5 });
  });

  it('ranks this year when neither month nor year is given', async () => {
    const res = await s.as.viewer.get('/api/info-rankings');
    expect(res.status).toBe(200);
    const thisYear = (await res.json()) as Ranking & { year: number };
    expect(thisYear.year).toBe(2017);
    expect(thisYear.ranking).toEqual((await ranking('?year=2017')).ranking);
  });

  it('refuses rankings of another city (403) and a query with both month and year (400)', async () => {
    const other = await s.as.outsider.get(
      `/api/info-rankings?month=2017-09&unitId=${s.unit.association}`,
    );
    expect(other.status).toBe(403);
    expect((await ranking('?month=2017-09', s.as.outsider)).ranking).toEqual([]);
    const bad = await s.as.admin.get('/api/info-rankings?month=2017-09&year=2017');
    expect([bad.status, ((await bad.json()) as ErrorJson).error.details[0]?.field]).toEqual([
      400,
      'querystring.month',
    ]);
  });

  it('assembles the September bulletin: totals, units by name, ranking, notable items', async () => {
    const res = await s.as.viewer.get('/api/info-bulletins/2017-09');
    expect(res.status).toBe(200);
    const bulletin = (await res.json()) as Record<string, unknown>;
    expect(bulletin).toMatchObject({
      month: '2017-09',
      totals: {
        units: 3,
        submissions: 6,
        adoptions: {
          unit_website: 1,
          city_party_government: 1,
          provincial_association: 1,
          national_association: 0,
        },
        instructions: 1,
        points: 31,
      },
      byUnit: [{ unitName: '定远县科协' }, { unitName: '全椒县科协' }, { unitName: '天长市科协' }],
      ranking: [{ rank: 1, unitName: '全椒县科协', total: 11 }, { rank: 2 }, { rank: 3 }],
      notable: [
        { kind: 'instruction', title: '全椒县建设院士工作站', by: '市委书记', on: '2017-09-22' },
        { kind: 'adoption', levelName: '省科协', unitName: '定远县科协', on: '2017-09-20' },
        { kind: 'adoption', levelName: '市委市政府信息', unitName: '天长市科协' },
      ],
    });
  });

  it('serves the default scheme, then versions the stored one (201, If-Match, 428, 412, 409)', async () => {
    const first = await s.as.viewer.get('/api/info-schemes/2017');
    expect([first.status, first.headers.get('etag')]).toEqual([200, '"v0"']);
    expect(await first.json()).toMatchObject({ ...defaultRules, stored: false, version: 0 });
    const created = await put({ ...defaultRules, yearlyQuota: 3 });
    expect([created.status, created.headers.get('etag')]).toEqual([201, '"v1"']);
    writes++;
    expect((await put({ ...defaultRules, yearlyQuota: 3 })).status).toBe(428);
    expect((await put(defaultRules, { 'if-match': '"v9"' })).status).toBe(412);
    expect((await put({ ...defaultRules, version: 9 })).status).toBe(409);
    const updated = await put({ ...defaultRules, yearlyQuota: 3 }, { 'if-match': '"v1"' });
    expect([updated.status, updated.headers.get('etag')]).toEqual([200, '"v2"']);
    writes++;
    expect(await updated.json()).toMatchObject({ yearlyQuota: 3, stored: true, version: 2 });
  });

  it('refuses scheme edits by viewers, officers and a unit’s admin (403); bad rules are 400', async () => {
    expect((await put(defaultRules, {}, s.as.viewer)).status).toBe(403);
    expect((await put(defaultRules, {}, s.as.tianchang)).status).toBe(403);
    expect((await put(defaultRules, {}, s.as.outsider)).status).toBe(403);
    const bad = await put({
      ...defaultRules,
      adoptionPoints: { ...defaultRules.adoptionPoints, unit_website: -1 },
    });
    expect([bad.status, ((await bad.json()) as ErrorJson).error.details[0]?.field]).toEqual([
      400,
      'body.adoptionPoints.unit_website',
    ]);
  });

  it('ranks the year under the stored scheme (quota 3): 天长 16, 定远 9 before 全椒 9', async () => {
    const { ranking: rows, scheme } = await ranking('?year=2017');
    expect(rows.map(row)).toEqual([
      [1, '天长市科协', 16],
      [2, '定远县科协', 9],
      [3, '全椒县科协', 9],
    ]);
    expect(scheme).toEqual({ year: 2017, version: 2, stored: true });
  });

  it('records exactly one audit event per successful write', async () => {
    expect(await s.auditCount()).toBe(writes);
  });
});
