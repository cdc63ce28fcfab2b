import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/stores.js';
import { enterSeptember, startInfoApp, type InfoApp } from './test-support.js';

type ErrorJson = { error: { code: string; details: { field?: string }[] } };
type Item = { id: number; unitId: number; adoptionLevel: string | null };
const field = async (res: Response) =>
  [res.status, ((await res.json()) as ErrorJson).error.details[0]?.field] as const;

describe.each(engines)('information items API on %s', (kind) => {
  let s: InfoApp;
  let ids: Record<string, number>;
  let writes = 11; // enterSeptember
  const post = (path: string, body: unknown, who = s.as.admin) => who.send('POST', path, body);
  const list = async (query: string, who = s.as.admin) =>
    (await (await who.get(`/api/info-items${query}`)).json()) as { items: Item[]; total: number };

  beforeAll(async () => {
    s = await startInfoApp(kind);
    ids = await enterSeptember(s);
  });
  afterAll(async () => s.t.close());

  it('files an officer’s item under their own unit and the administrator’s under unitId', async () => {
    const res = await post(
      '/api/info-items',
      {
        title: '全椒县科协开展科技下乡',
        content: '组织专家10名。',
        submittedOn: '2017-09-25',
      },
      s.as.quanjiao,
    );
    expect(res.status).toBe(201);
    writes++;
    expect(await res.json()).toMatchObject({
      unitId: s.unit.quanjiao,
      unitName: '全椒县科协',
      submittedOn: '2017-09-25',
      adoptions: [],
      instructions: [],
    });
    const august = (await (await s.as.admin.get(`/api/info-items/${ids.august}`)).json()) as Item;
    expect(august.unitId).toBe(s.unit.tianchang);
  });

  it('refuses an officer submitting for another unit, a viewer at all, another city’s admin here (403)', async () => {
    const body = { title: '代报', content: '代报。', submittedOn: '2017-09-25' };
    const other = await post(
      '/api/info-items',
      { ...body, unitId: s.unit.dingyuan },
      s.as.tianchang,
    );
    expect(other.status).toBe(403);
    expect((await post('/api/info-items', body, s.as.viewer)).status).toBe(403);
    const hefei = await post(
      '/api/info-items',
      { ...body, unitId: s.unit.tianchang },
      s.as.outsider,
    );
    expect(hefei.status).toBe(403);
  });

  it('answers 400 naming the field for bad input, 422 for a future date or a missing unit', async () => {
    const ok = { title: '标题', content: '内容', submittedOn: '2017-09-25' };
    expect(
      await field(await post('/api/info-items', { ...ok, title: ' ' }, s.as.tianchang)),
    ).toEqual([400, 'body.title']);
    expect(
      await field(
        await post('/api/info-items', { ...ok, submittedOn: '2017-9-5' }, s.as.tianchang),
      ),
    ).toEqual([400, 'body.submittedOn']);
    expect(
      await field(
        await post('/api/info-items', { ...ok, submittedOn: '2017-10-01' }, s.as.tianchang),
      ),
    ).toEqual([422, 'body.submittedOn']);
    expect(await field(await post('/api/info-items', ok))).toEqual([422, 'body.unitId']);
  });

  it('records adoptions at each level once; the item keeps its highest level', async () => {
    const path = `/api/info-items/${ids.tc1}/adoptions`;
    const res = await post(path, { level: 'national_association', adoptedOn: '2017-09-28' });
    expect(res.status).toBe(201);
    writes++;
    const item = (await res.json()) as { adoptionLevel: string; adoptions: { level: string }[] };
    expect(item.adoptionLevel).toBe('national_association');
    expect(item.adoptions.map((a) => a.level)).toEqual(['unit_website', 'national_association']);
    expect((await post(path, { level: 'unit_website', adoptedOn: '2017-09-29' })).status).toBe(409);
    const lower = await post(`/api/info-items/${ids.tc2}/adoptions`, {
      level: 'unit_website',
      adoptedOn: '2017-09-29',
    });
    writes++;
    expect(((await lower.json()) as Item).adoptionLevel).toBe('city_party_government');
  });

  it('lets only administrators record adoptions and instructions (403 for viewer and officer)', async () => {
    const adoption = { level: 'unit_website', adoptedOn: '2017-09-29' };
    const path = `/api/info-items/${ids.dy2}`;
    expect((await post(`${path}/adoptions`, adoption, s.as.viewer)).status).toBe(403);
    expect((await post(`${path}/adoptions`, adoption, s.as.dingyuan)).status).toBe(403);
    expect((await post(`${path}/adoptions`, adoption, s.as.outsider)).status).toBe(403);
    const note = { by: '市长', note: '阅', on: '2017-09-29' };
    expect((await post(`${path}/instructions`, note, s.as.viewer)).status).toBe(403);
  });

  it('answers 400 or 422 naming the field for bad adoptions and instructions', async () => {
    const path = `/api/info-items/${ids.dy2}`;
    expect(
      await field(await post(`${path}/adoptions`, { level: 'county', adoptedOn: '2017-09-29' })),
    ).toEqual([400, 'body.level']);
    expect(
      await field(
        await post(`${path}/adoptions`, { level: 'unit_website', adoptedOn: '2017-09-01' }),
      ),
    ).toEqual([422, 'body.adoptedOn']);
    expect(
      await field(await post(`${path}/instructions`, { by: '', note: '阅', on: '2017-09-29' })),
    ).toEqual([400, 'body.by']);
    expect(
      (
        await post('/api/info-items/99999/adoptions', {
          level: 'unit_website',
          adoptedOn: '2017-09-29',
        })
      ).status,
    ).toBe(404);
  });

  it('cuts lists to the actor’s units and filters by month, year and unit', async () => {
    expect((await list('')).total).toBe(8);
    expect((await list('?month=2017-09')).total).toBe(7);
    expect((await list('?year=2017', s.as.viewer)).total).toBe(8);
    expect((await list(`?unitId=${s.unit.dingyuan}`)).items.map((i) => i.id)).toEqual([
      ids.dy2,
      ids.dy1,
    ]);
    const own = await list('', s.as.tianchang);
    expect([own.total, new Set(own.items.map((i) => i.unitId))]).toEqual([
      4,
      new Set([s.unit.tianchang]),
    ]);
    expect((await list('', s.as.outsider)).total).toBe(0);
    expect((await s.as.tianchang.get(`/api/info-items?unitId=${s.unit.dingyuan}`)).status).toBe(
      403,
    );
    expect((await s.as.tianchang.get(`/api/info-items/${ids.dy1}`)).status).toBe(403);
    expect(await field(await s.as.admin.get('/api/info-items?month=2017-13'))).toEqual([
      400,
      'querystring.month',
    ]);
  });

  it('records exactly one audit event per successful write', async () => {
    expect(await s.auditCount()).toBe(writes);
  });
});
