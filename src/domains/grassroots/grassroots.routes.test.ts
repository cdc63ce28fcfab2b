import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../test/factories.js';
import { engines } from '../../test/stores.js';
import { fieldOf, json, startGrassrootsApp, type GrassrootsApp } from './test-support.js';

type Total = { personId: number; category: string; minimum: number; days: number } & {
  expected: number;
  status: string;
  monthly: number[];
};
type Page<T> = { items: T[]; total: number };
type Visit = { id: number; personId: number; days: number; voided: boolean };

describe.each(engines)('grassroots API on %s (2017-09-30)', (kind) => {
  let s: GrassrootsApp;
  let writes = 0;
  const counted = (res: Response) => {
    if (res.ok) writes++;
    return res;
  };
  const visit = async (who: Client, personId: number, from: string, to: string, more = {}) =>
    counted(
      await who.send('POST', '/api/grassroots/visits', {
        personId,
        startDate: from,
        endDate: to,
        place: '南谯区乌衣镇',
        purpose: '调研基层科协组织建设',
        ...more,
      }),
    );
  const totals = (who: Client = s.as.admin, path = 'totals') =>
    json<Page<Total> & { today: string }>(who.get(`/api/grassroots/${path}?year=2017`));
  const of = (page: Page<Total>, personId: number) =>
    page.items.find((p) => p.personId === personId);

  beforeAll(async () => {
    s = await startGrassrootsApp(kind);
    const set = async (personId: number, category: string) =>
      counted(
        await s.as.admin.send('PUT', `/api/grassroots/people/${personId}/category`, { category }),
      );
    expect((await set(s.people.zhang, 'leading')).status).toBe(200);
    expect((await set(s.people.liu, 'leading')).status).toBe(200);
    expect((await set(s.people.bai, 'staff')).status).toBe(200);
  });
  afterAll(async () => s.t.close());

  it('records 张家水 45 days in three visits, one of them of half days', async () => {
    const { zhang } = s.people;
    const first = await visit(s.as.zhang, zhang, '2017-03-01', '2017-03-20');
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({
      personId: zhang,
      days: 20,
      voided: false,
      recordedBy: s.userIds.zhang,
    });
    expect((await visit(s.as.zhang, zhang, '2017-05-01', '2017-05-20')).status).toBe(201);
    const half = await visit(s.as.admin, zhang, '2017-08-01', '2017-08-06', { days: 5 });
    expect([half.status, (await json<Visit>(half)).days]).toEqual([201, 5]);
  });

  it('records 柳军 20 days and 柏春艳 31', async () => {
    expect((await visit(s.as.liu, s.people.liu, '2017-04-01', '2017-04-20')).status).toBe(201);
    expect((await visit(s.as.bai, s.people.bai, '2017-06-01', '2017-07-01')).status).toBe(201);
  });

  it('refuses an overlapping visit of the same person (422 naming startDate)', async () => {
    const res = await visit(s.as.zhang, s.people.zhang, '2017-03-20', '2017-03-22');
    expect([res.status, await fieldOf(res)]).toEqual([422, 'body.startDate']);
    const other = await visit(s.as.liu, s.people.liu, '2017-03-20', '2017-03-20');
    expect(other.status).toBe(201);
    const voided = await json<Visit>(other);
    const undo = counted(
      await s.as.liu.send('POST', `/api/grassroots/visits/${voided.id}/void`, { reason: '误录' }),
    );
    expect([undo.status, (await json<Visit>(undo)).voided]).toEqual([200, true]);
  });

  it('refuses recording or voiding for someone else unless an administrator (403)', async () => {
    expect((await visit(s.as.bai, s.people.zhang, '2017-09-01', '2017-09-01')).status).toBe(403);
    expect((await visit(s.as.peng, s.people.liu, '2017-09-01', '2017-09-01')).status).toBe(403);
    const list = await json<Page<Visit>>(
      s.as.admin.get(`/api/grassroots/visits?personId=${s.people.zhang}`),
    );
    const res = await s.as.bai.send('POST', `/api/grassroots/visits/${list.items[0]!.id}/void`, {
      reason: '错',
    });
    expect(res.status).toBe(403);
  });

  it('judges the pace on 2017-09-30: 张家水 on pace, 柳军 behind, 柏春艳 met', async () => {
    const page = await totals();
    expect(page.today).toBe('2017-09-30');
    expect(of(page, s.people.zhang)).toMatchObject({
      category: 'leading',
      minimum: 60,
      days: 45,
      expected: 44.9,
      status: 'on_pace',
    });
    expect(of(page, s.people.zhang)?.monthly).toEqual([
      0, 0, 20, 20, 40, 40, 40, 45, 45, 45, 45, 45,
    ]);
    expect(of(page, s.people.liu)).toMatchObject({ days: 20, status: 'behind' });
    expect(of(page, s.people.bai)).toMatchObject({ minimum: 30, days: 31, status: 'met' });
    expect(page.total).toBe(3);
    const behind = await totals(s.as.admin, 'behind');
    expect(behind.items.map((p) => p.personId)).toEqual([s.people.liu]);
  });

  it('excludes a voided visit from the totals and from the list', async () => {
    const wrong = await visit(s.as.admin, s.people.liu, '2017-09-01', '2017-09-28');
    expect(of(await totals(), s.people.liu)?.status).toBe('on_pace');
    const { id } = await json<Visit>(wrong);
    const res = counted(
      await s.as.admin.send('POST', `/api/grassroots/visits/${id}/void`, { reason: '重复登记' }),
    );
    expect(res.status).toBe(200);
    expect(of(await totals(), s.people.liu)).toMatchObject({ days: 20, status: 'behind' });
    const again = await s.as.admin.send('POST', `/api/grassroots/visits/${id}/void`, {
      reason: '再次',
    });
    expect(again.status).toBe(409);
    const path = `/api/grassroots/visits?personId=${s.people.liu}&year=2017`;
    expect((await json<Page<Visit>>(s.as.admin.get(path))).total).toBe(1);
    expect((await json<Page<Visit>>(s.as.admin.get(`${path}&includeVoided=1`))).total).toBe(3);
  });

  it('lists visits by month and cuts lists and totals to the reader’s units', async () => {
    const march = `/api/grassroots/visits?personId=${s.people.zhang}&year=2017&month=3`;
    expect((await json<Page<Visit>>(s.as.admin.get(march))).total).toBe(1);
    // A month alone is this year's (the clock stands in 2017).
    const thisMarch = `/api/grassroots/visits?personId=${s.people.zhang}&month=3`;
    expect((await json<Page<Visit>>(s.as.admin.get(thisMarch))).total).toBe(1);
    const thisApril = `/api/grassroots/visits?personId=${s.people.zhang}&month=4`;
    expect((await json<Page<Visit>>(s.as.admin.get(thisApril))).total).toBe(0);
    // 彭国华 in 学会部 sees the association's leaders, not 办公室's 柏春艳.
    const seen = await json<Page<Visit>>(s.as.peng.get('/api/grassroots/visits'));
    expect(seen.items.some((v) => v.personId === s.people.bai)).toBe(false);
    expect(seen.total).toBe(4);
    expect(of(await totals(s.as.peng), s.people.bai)).toBeUndefined();
    expect(of(await totals(s.as.liu), s.people.bai)?.status).toBe('met');
  });

  it('leaves exactly one audit event per successful write', async () => {
    expect(await s.grassrootsAudits()).toBe(writes);
  });
});
