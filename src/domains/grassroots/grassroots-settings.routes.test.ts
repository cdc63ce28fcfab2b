import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../test/factories.js';
import { engines } from '../../test/stores.js';
import { fieldOf, json, startGrassrootsApp, type GrassrootsApp } from './test-support.js';

type Point = { id: number; name: string; personId: number; unitId: number | null; version: number };
type Minimums = { year: number; leading: number; staff: number; version: number };

const visitOf = (personId: number) => ({
  personId,
  startDate: '2017-09-01',
  endDate: '2017-09-02',
  place: '全椒县',
  purpose: '走访企业',
});

describe.each(engines)('grassroots contact points, minimums and refusals on %s', (kind) => {
  let s: GrassrootsApp;
  let writes = 0;
  const counted = (res: Response) => {
    if (res.ok) writes++;
    return res;
  };
  const send = async (who: Client, method: string, path: string, body: unknown, headers = {}) =>
    counted(await who.send(method, `/api/grassroots/${path}`, body, headers));

  beforeAll(async () => {
    s = await startGrassrootsApp(kind);
  });
  afterAll(async () => s.t.close());

  it('assigns a contact point to 张家水, edits it under If-Match and lists it in scope', async () => {
    const body = { name: '乌衣镇科协联系点', address: '南谯区乌衣镇', personId: s.people.zhang };
    expect((await send(s.as.liu, 'POST', 'contact-points', body)).status).toBe(403);
    const created = await send(s.as.admin, 'POST', 'contact-points', body);
    expect(created.status).toBe(201);
    const point = await json<Point>(created);
    expect(point).toMatchObject({ ...body, unitId: null, version: 1 });
    const path = `contact-points/${point.id}`;
    expect((await send(s.as.admin, 'PATCH', path, { name: '乌衣联系点' })).status).toBe(428);
    const stale = await send(s.as.admin, 'PATCH', path, { name: 'x' }, { 'if-match': '"v9"' });
    expect(stale.status).toBe(412);
    const renamed = await send(
      s.as.admin,
      'PATCH',
      path,
      { name: '乌衣联系点' },
      {
        'if-match': '"v1"',
      },
    );
    expect([renamed.status, renamed.headers.get('etag')]).toEqual([200, '"v2"']);
    const listed = await json<{ items: Point[] }>(s.as.bai.get('/api/grassroots/contact-points'));
    expect(listed.items.map((p) => p.name)).toEqual(['乌衣联系点']);
    const withPoint = await send(s.as.zhang, 'POST', 'visits', {
      ...visitOf(s.people.zhang),
      contactPointId: point.id,
    });
    expect([
      withPoint.status,
      (await json<{ contactPointId: number }>(withPoint)).contactPointId,
    ]).toEqual([201, point.id]);
  });

  it('uses 60 and 30 days until the year is set, then versions the setting', async () => {
    const defaults = await json<Minimums>(s.as.peng.get('/api/grassroots/minimums/2017'));
    expect(defaults).toEqual({ year: 2017, leading: 60, staff: 30, version: 0 });
    const body = { leading: 50, staff: 25 };
    expect((await send(s.as.peng, 'PUT', 'minimums/2017', body)).status).toBe(403);
    const set = await send(s.as.admin, 'PUT', 'minimums/2017', body);
    expect([set.status, await set.json()]).toEqual([200, { year: 2017, ...body, version: 1 }]);
    const stale = await send(s.as.admin, 'PUT', 'minimums/2017', body, { 'if-match': '"v0"' });
    expect(stale.status).toBe(412);
    await send(s.as.admin, 'PUT', 'people/' + s.people.liu + '/category', { category: 'leading' });
    const totals = await json<{ items: { minimum: number }[] }>(
      s.as.admin.get('/api/grassroots/totals?year=2017'),
    );
    expect(totals.items.map((p) => p.minimum)).toEqual([50]);
  });

  it.each<[string, string, string, object, number, string]>([
    ['an end before the start', 'POST', 'visits', { endDate: '2017-08-31' }, 400, 'body.endDate'],
    ['more days than the span', 'POST', 'visits', { days: 3 }, 400, 'body.days'],
    ['a third of a day', 'POST', 'visits', { days: 0.3 }, 400, 'body.days'],
    ['a missing date', 'POST', 'visits', { startDate: '2017-02-30' }, 400, 'body.startDate'],
    ['an empty place', 'POST', 'visits', { place: ' ' }, 400, 'body.place'],
    ['no purpose', 'POST', 'visits', { purpose: undefined }, 400, 'body.purpose'],
    ['an unknown person', 'POST', 'visits', { personId: 999999 }, 422, 'body.personId'],
    ['an unknown point', 'POST', 'visits', { contactPointId: 999999 }, 422, 'body.contactPointId'],
    ['a nameless point', 'POST', 'contact-points', { name: '' }, 400, 'body.name'],
    ['no member', 'POST', 'contact-points', { name: '点', personId: 0 }, 400, 'body.personId'],
    [
      'an unknown unit',
      'POST',
      'contact-points',
      { name: '点', unitId: 999999 },
      422,
      'body.unitId',
    ],
    ['a negative minimum', 'PUT', 'minimums/2017', { leading: -1 }, 400, 'body.leading'],
    ['a year in words', 'PUT', 'minimums/二〇一七', {}, 400, 'params.year'],
    ['an unknown category', 'PUT', 'people/1/category', { category: 'boss' }, 400, 'body.category'],
  ])('refuses %s (%s %s)', async (_, method, path, patch, status, field) => {
    const base = {
      visits: visitOf(s.people.bai),
      'contact-points': { personId: s.people.bai },
    }[path] ?? { leading: 60, staff: 30 };
    const res = await send(s.as.admin, method, path, { ...base, ...patch });
    expect([res.status, await fieldOf(res)]).toEqual([status, field]);
  });

  it('refuses a void without a reason', async () => {
    const res = await send(s.as.admin, 'POST', 'visits/1/void', {});
    expect([res.status, await fieldOf(res)]).toEqual([400, 'body.reason']);
  });

  it('leaves exactly one audit event per successful write', async () => {
    expect(writes).toBe(5);
    expect(await s.grassrootsAudits()).toBe(writes);
  });
});
