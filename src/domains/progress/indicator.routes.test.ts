import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../test/factories.js';
import { engines } from '../../test/stores.js';
import { startSampleApp, type SampleApp } from '../ledger/test-support.js';

type Indicator = { id: number; version: number };
type Items = { items: Indicator[]; total: number };
type AuditJson = { items: { action: string; before: unknown; after: unknown }[] };
const schools = {
  comparator: '>=',
  value: 3,
  unit: '所',
  subject: '学校',
  aggregation: 'distinct_subjects',
};

describe.each(engines)('indicator API on %s', (kind) => {
  let s: SampleApp;
  let writes = 0;
  const counted = (res: Response) => {
    if (res.ok) writes++;
    return res;
  };
  const list = async (no: number) =>
    (await (await s.as.admin.get(`/api/tasks/${await s.task(no)}/indicators`)).json()) as Items;
  const create = async (body: unknown, who: Client = s.as.admin) =>
    counted(await who.send('POST', `/api/tasks/${await s.task(5)}/indicators`, body));
  const patch = async (id: number, body: unknown, headers = {}, who: Client = s.as.admin) =>
    counted(await who.send('PATCH', `/api/indicators/${id}`, body, headers));

  beforeAll(async () => {
    s = await startSampleApp(kind);
  });
  afterAll(async () => s.t.close());

  it('lists a task’s imported indicators with actual and progress', async () => {
    const imported = { comparator: '>=', value: 100, unit: '名', subject: '专家', actual: 0 };
    const expected = { ...imported, taskId: await s.task(2), aggregation: 'distinct_subjects' };
    expect(await list(2)).toEqual({ total: 1, items: [expect.objectContaining(expected)] });
    const range = { comparator: 'range', value: null, min: 1, max: 2 };
    expect((await list(6)).items[0]).toMatchObject(range);
  });

  it('lets an administrator add an indicator (201, ETag) that the task page then shows', async () => {
    const res = await create({ ...schools, sourceText: '3所学校' });
    expect([res.status, res.headers.get('etag')]).toEqual([201, '"v1"']);
    const created = { ...schools, perPersonThreshold: null, sourceText: '3所学校', actual: 0 };
    expect(await res.json()).toMatchObject({ ...created, version: 1 });
    const page = await (await s.as.peng.get(`/api/tasks/${await s.task(5)}`)).json();
    expect(page).toMatchObject({
      indicators: [expect.objectContaining({ subject: '学校', targetText: '学校不少于3所' })],
    });
  });

  it('adds a range and a per-person indicator', async () => {
    const talks = {
      comparator: 'range',
      min: 2,
      max: 4,
      unit: '场',
      subject: '讲座',
      aggregation: 'count',
    };
    expect((await create(talks)).status).toBe(201);
    const days = { ...schools, unit: '天', aggregation: 'per_person', perPersonThreshold: 30 };
    const res = await create(days);
    expect([res.status, await res.json()]).toEqual([201, expect.objectContaining(days)]);
  });

  it('edits with If-Match, then refuses the old version (412), a stale body version (409), no version (428)', async () => {
    const id = (await list(5)).items[0]!.id;
    const res = await patch(id, { value: 5 }, { 'if-match': '"v1"' });
    expect([res.status, res.headers.get('etag')]).toEqual([200, '"v2"']);
    expect(await res.json()).toMatchObject({ id, value: 5, version: 2 });
    expect((await patch(id, { value: 6 }, { 'if-match': '"v1"' })).status).toBe(412);
    expect((await patch(id, { value: 6, version: 1 })).status).toBe(409);
    expect((await patch(id, { value: 6 })).status).toBe(428);
    expect((await s.as.admin.get(`/api/indicators/${id}`)).headers.get('etag')).toBe('"v2"');
  });

  it('refuses an owner or a leader adding or editing indicators (403)', async () => {
    expect((await create(schools, s.as.peng)).status).toBe(403);
    const { id, version } = (await list(2)).items[0]!;
    expect((await patch(id, { value: 50, version }, {}, s.as.peng)).status).toBe(403);
    expect((await patch(id, { value: 50, version }, {}, s.as.liu)).status).toBe(403);
  });

  it('records one audit event per successful write, with before and after of an edit', async () => {
    expect(writes).toBe(4);
    expect(await s.auditCount()).toBe(writes);
    const id = (await list(5)).items[0]!.id;
    const res = await s.as.admin.get(`/api/audit?entity=indicator&entityId=${id}`);
    const audit = (await res.json()) as AuditJson;
    expect(audit.items.map((e) => e.action)).toEqual(['update', 'create']);
    const change = { before: { value: 3, version: 1 }, after: { value: 5, version: 2 } };
    expect(audit.items[0]).toMatchObject(change);
  });
});
