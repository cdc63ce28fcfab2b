import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/stores.js';
import { startSampleApp, type SampleApp } from './test-support.js';

interface IndicatorJson { id: number; taskId: number; comparator: string; value: number | null; min: number | null; max: number | null; version: number }
interface ErrorJson { error: { code: string; details: { field: string }[] } }

const schools = { comparator: '>=', value: 3, unit: '所', subject: '学校', aggregation: 'distinct_subjects' };

describe.each(engines)('indicator API on %s', (kind) => {
  let s: SampleApp;
  let writes = 0;
  const counted = (res: Response) => {
    if (res.ok) writes++;
    return res;
  };
  const list = async (taskNo: number) => (await (await s.as.admin.get(`/api/tasks/${await s.task(taskNo)}/indicators`)).json()) as { items: IndicatorJson[]; total: number };
  const create = async (body: unknown, who = s.as.admin) => counted(await who.send('POST', `/api/tasks/${await s.task(5)}/indicators`, body));
  const patch = async (id: number, body: unknown, headers: Record<string, string> = {}, who = s.as.admin) => counted(await who.send('PATCH', `/api/indicators/${id}`, body, headers));
  const fieldOf = async (res: Response) => ((await res.json()) as ErrorJson).error.details[0]?.field;

  beforeAll(async () => {
    s = await startSampleApp(kind);
  });
  afterAll(async () => s.t.close());

  it('lists a task’s imported indicators with actual and progress', async () => {
    expect(await list(2)).toEqual({ total: 1, items: [expect.objectContaining({ taskId: await s.task(2), comparator: '>=', value: 100, unit: '名', subject: '专家', aggregation: 'distinct_subjects', actual: 0, progress: 0 })] });
    expect((await list(6)).items[0]).toMatchObject({ comparator: 'range', value: null, min: 1, max: 2 });
  });

  it('lets an administrator add an indicator (201, ETag) that the task page then shows', async () => {
    const res = await create({ ...schools, sourceText: '3所学校' });
    expect(res.status).toBe(201);
    expect(res.headers.get('etag')).toBe('"v1"');
    expect(await res.json()).toMatchObject({ ...schools, perPersonThreshold: null, sourceText: '3所学校', actual: 0, version: 1 });
    const page = (await (await s.as.peng.get(`/api/tasks/${await s.task(5)}`)).json()) as { indicators: unknown[] };
    expect(page.indicators).toEqual([expect.objectContaining({ subject: '学校' })]);
  });

  it('adds a range and a per-person indicator', async () => {
    expect((await create({ comparator: 'range', min: 2, max: 4, unit: '场', subject: '讲座', aggregation: 'count' })).status).toBe(201);
    const res = await create({ comparator: '>=', value: 10, unit: '天', subject: '下基层', aggregation: 'per_person', perPersonThreshold: 30 });
    expect([res.status, await res.json()]).toEqual([201, expect.objectContaining({ perPersonThreshold: 30 })]);
  });

  it('edits with If-Match, then refuses the old version (412), a stale body version (409) and no version (428)', async () => {
    const id = (await list(5)).items[0]!.id;
    const res = await patch(id, { value: 5 }, { 'if-match': '"v1"' });
    expect([res.status, res.headers.get('etag')]).toEqual([200, '"v2"']);
    expect(await res.json()).toMatchObject({ id, value: 5, version: 2 });
    expect((await patch(id, { value: 6 }, { 'if-match': '"v1"' })).status).toBe(412);
    expect((await patch(id, { value: 6, version: 1 })).status).toBe(409);
    expect((await patch(id, { value: 6 })).status).toBe(428);
    expect((await s.as.admin.get(`/api/indicators/${id}`)).headers.get('etag')).toBe('"v2"');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a range without min or max', { comparator: 'range' }, 'body.min'],
    ['a range without max', { comparator: 'range', min: 1 }, 'body.max'],
    ['per-person counting without a threshold', { aggregation: 'per_person' }, 'body.perPersonThreshold'],
    ['no value for an exact target', { comparator: '=', value: null }, 'body.value'],
  ])('refuses an edit leaving %s (422)', async (_what, body, field) => {
    const { id, version } = (await list(5)).items[0]!;
    const res = await patch(id, { ...body, version });
    expect([res.status, await fieldOf(res)]).toEqual([422, field]);
  });

  it('refuses 彭国华 (owner, not administrator) adding or editing indicators (403)', async () => {
    expect((await create(schools, s.as.peng)).status).toBe(403);
    const { id, version } = (await list(2)).items[0]!;
    expect((await patch(id, { value: 50, version }, {}, s.as.peng)).status).toBe(403);
    expect((await patch(id, { value: 50, version }, {}, s.as.liu)).status).toBe(403);
  });

  it.each<[string, unknown, string]>([
    ['no fields', {}, 'body.comparator'],
    ['an unknown comparator', { ...schools, comparator: '!=' }, 'body.comparator'],
    ['a value in words', { ...schools, value: '三' }, 'body.value'],
    ['no value', { ...schools, value: undefined }, 'body.value'],
    ['an empty unit', { ...schools, unit: ' ' }, 'body.unit'],
    ['no aggregation', { ...schools, aggregation: undefined }, 'body.aggregation'],
    ['a range without min', { ...schools, comparator: 'range', max: 5 }, 'body.min'],
    ['a range with min above max', { ...schools, comparator: 'range', min: 5, max: 2 }, 'body.min'],
    ['per person without threshold', { ...schools, aggregation: 'per_person' }, 'body.perPersonThreshold'],
    ['a negative threshold', { ...schools, aggregation: 'per_person', perPersonThreshold: -1 }, 'body.perPersonThreshold'],
  ])('refuses a new indicator with %s (400)', async (_what, body, field) => {
    const res = await create(body);
    expect([res.status, await fieldOf(res)]).toEqual([400, field]);
  });

  it.each<[unknown, string]>([
    [{ version: 1 }, 'body'],
    [{ value: 'x', version: 1 }, 'body.value'],
    [{ aggregation: 'avg', version: 1 }, 'body.aggregation'],
  ])('refuses the edit %o (400)', async (body, field) => {
    const res = await patch((await list(5)).items[0]!.id, body);
    expect([res.status, await fieldOf(res)]).toEqual([400, field]);
  });

  it('answers 404 for an indicator that does not exist', async () => {
    expect((await patch(99999, { value: 1, version: 1 })).status).toBe(404);
  });

  it('records one audit event per successful write, with before and after of an edit', async () => {
    expect(writes).toBe(4);
    expect(await s.auditCount()).toBe(writes);
    const id = (await list(5)).items[0]!.id;
    const audit = (await (await s.as.admin.get(`/api/audit?entity=indicator&entityId=${id}`)).json()) as { items: { action: string; before: unknown; after: unknown }[] };
    expect(audit.items.map((e) => e.action)).toEqual(['update', 'create']);
    expect(audit.items[0]).toMatchObject({ before: { value: 3, version: 1 }, after: { value: 5, version: 2 } });
  });
});
