import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/stores.js';
import { startSampleApp, type SampleApp } from './test-support.js';

interface IndicatorJson { id: number; taskId: number; aggregation: string; actual: number; progress: number }
interface EntryJson { id: number; entryDate: string; quantity: number; subject: string | null; attributes: Record<string, unknown>; enteredBy: number; replacesId: number | null; voided: boolean; voidReason: string | null }
interface ErrorJson { error: { code: string; message: string; details: { field: string }[] } }

/** 16 experts twice and 4 once: 36 entries, 20 distinct experts, 专家20 recorded only once. */
const expertOf = (i: number) => `专家${i < 32 ? (i % 16) + 1 : i - 15}`;

describe.each(engines)('ledger API on %s', (kind) => {
  let s: SampleApp;
  let writes = 0;
  const counted = (res: Response) => {
    if (res.ok) writes++;
    return res;
  };
  const indicatorOf = async (taskNo: number) => ((await (await s.as.admin.get(`/api/tasks/${await s.task(taskNo)}/indicators`)).json()) as { items: IndicatorJson[] }).items[0]!;
  const ledger = async (indicatorId: number, query = '') => (await (await s.as.admin.get(`/api/indicators/${indicatorId}/ledger?limit=500${query}`)).json()) as { items: EntryJson[]; total: number };
  const enter = async (indicatorId: number, body: unknown, who = s.as.peng) => counted(await who.send('POST', `/api/indicators/${indicatorId}/ledger`, body));

  beforeAll(async () => {
    s = await startSampleApp(kind);
  });
  afterAll(async () => s.t.close());

  it('counts 36 entries over 20 experts as 20 of 100 名 专家: far behind at 75% of the year → red', async () => {
    const indicator = await indicatorOf(2);
    expect(indicator.aggregation).toBe('distinct_subjects');
    for (let i = 0; i < 36; i++) {
      const res = await enter(indicator.id, { entryDate: `2017-0${(i % 9) + 1}-15`, subject: expertOf(i), attributes: { 活动: '创新助力', 企业数: 2 } });
      expect(res.status).toBe(201);
    }
    const page = (await (await s.as.admin.get(`/api/tasks/${await s.task(2)}`)).json()) as { light: unknown; indicators: IndicatorJson[] };
    expect(page.indicators[0]).toMatchObject({ actual: 20, progress: 0.2 });
    expect(page.light).toEqual({ light: 'red', reason: 'far_behind' });
  });

  it('lists the ledger newest first, with who entered it and quantity 1 by default', async () => {
    const { items, total } = await ledger((await indicatorOf(2)).id);
    expect(total).toBe(36);
    expect(items[0]).toMatchObject({ entryDate: '2017-09-15', quantity: 1, enteredBy: s.userIds.peng, attributes: { 活动: '创新助力', 企业数: 2 }, voided: false });
    expect(items.map((x) => x.entryDate)).toEqual([...items.map((x) => x.entryDate)].sort().reverse());
  });

  it('shows task 1 (5月底, open) red as overdue', async () => {
    const page = (await (await s.as.admin.get(`/api/tasks/${await s.task(1)}`)).json()) as { light: unknown };
    expect(page.light).toEqual({ light: 'red', reason: 'overdue' });
  });

  it('meets task 4 (下半年, 1次 海智对接活动) with one counted entry', async () => {
    const indicator = await indicatorOf(4);
    expect(indicator.aggregation).toBe('count');
    expect((await enter(indicator.id, { entryDate: '2017-08-20', attributes: { 地点: '滁州' } })).status).toBe(201);
    expect(await indicatorOf(4)).toMatchObject({ actual: 1, progress: 1 });
  });

  it('voids the only entry of 专家20: the distinct count drops to 19, the entry stays listed with includeVoided', async () => {
    const indicator = await indicatorOf(2);
    const only = (await ledger(indicator.id)).items.find((x) => x.subject === '专家20')!;
    const res = counted(await s.as.peng.send('POST', `/api/ledger/${only.id}/void`, { reason: '重复录入 / entered twice' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: only.id, voided: true, voidReason: '重复录入 / entered twice' });
    expect((await indicatorOf(2)).actual).toBe(19);
    expect((await ledger(indicator.id)).total).toBe(35);
    const all = await ledger(indicator.id, '&includeVoided=1');
    expect(all.total).toBe(36);
    expect(all.items.find((x) => x.id === only.id)).toMatchObject({ voided: true, subject: '专家20' });
    const again = counted(await s.as.peng.send('POST', `/api/ledger/${only.id}/void`, { reason: '再次' }));
    expect(again.status).toBe(409);
  });

  it('corrects by a new entry naming the voided one; only a voided entry of the same indicator can be replaced', async () => {
    const indicator = await indicatorOf(2);
    const voided = (await ledger(indicator.id, '&includeVoided=1')).items.find((x) => x.voided)!;
    const live = (await ledger(indicator.id)).items[0]!;
    const other = (await ledger((await indicatorOf(4)).id)).items[0]!;
    for (const replacesId of [live.id, other.id, 999999]) {
      const res = await enter(indicator.id, { entryDate: '2017-09-01', subject: '专家20', replacesId });
      expect([res.status, ((await res.json()) as ErrorJson).error.details[0]?.field]).toEqual([422, 'body.replacesId']);
    }
    const res = await enter(indicator.id, { entryDate: '2017-09-01', subject: '专家二十', replacesId: voided.id });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ replacesId: voided.id, subject: '专家二十' });
    expect((await indicatorOf(2)).actual).toBe(20);
  });

  it('refuses 柏春艳, who does not own task 2, entering or voiding its evidence (403)', async () => {
    const indicator = await indicatorOf(2);
    expect((await enter(indicator.id, { entryDate: '2017-09-01', subject: '专家99' }, s.as.bai)).status).toBe(403);
    const entry = (await ledger(indicator.id)).items[0]!;
    expect(counted(await s.as.bai.send('POST', `/api/ledger/${entry.id}/void`, { reason: 'x' })).status).toBe(403);
    expect((await s.as.zhang.get(`/api/indicators/${indicator.id}/ledger`)).status).toBe(200);
  });

  const tooMany = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i]));
  it.each<[string, unknown, number, string]>([
    ['no body fields', {}, 400, 'body.entryDate'],
    ['a slashed date', { entryDate: '2017/09/01', subject: 'x' }, 400, 'body.entryDate'],
    ['a date that does not exist', { entryDate: '2017-02-30', subject: 'x' }, 400, 'body.entryDate'],
    ['a negative quantity', { entryDate: '2017-09-01', subject: 'x', quantity: -1 }, 400, 'body.quantity'],
    ['a quantity in words', { entryDate: '2017-09-01', subject: 'x', quantity: '两' }, 400, 'body.quantity'],
    ['51 attributes', { entryDate: '2017-09-01', subject: 'x', attributes: tooMany }, 400, 'body.attributes'],
    ['a nested attribute', { entryDate: '2017-09-01', subject: 'x', attributes: { a: { b: 1 } } }, 400, 'body.attributes.a'],
    ['a subject that is not text', { entryDate: '2017-09-01', subject: 7 }, 400, 'body.subject'],
    ['a date two years out', { entryDate: '2019-01-01', subject: 'x' }, 422, 'body.entryDate'],
    ['no subject where subjects are counted', { entryDate: '2017-09-01' }, 422, 'body.subject'],
  ])('refuses an entry with %s', async (_what, body, status, field) => {
    const res = await enter((await indicatorOf(2)).id, body);
    expect(res.status).toBe(status);
    expect(((await res.json()) as ErrorJson).error.details[0]?.field).toBe(field);
  });

  it.each<[unknown, string]>([
    [{}, 'body.reason'],
    [{ reason: '   ' }, 'body.reason'],
    [{ reason: 'x'.repeat(501) }, 'body.reason'],
  ])('refuses a void with %o (400)', async (body, field) => {
    const entry = (await ledger((await indicatorOf(2)).id)).items[0]!;
    const res = counted(await s.as.peng.send('POST', `/api/ledger/${entry.id}/void`, body));
    expect([res.status, ((await res.json()) as ErrorJson).error.details[0]?.field]).toEqual([400, field]);
  });

  it('answers 404 for a ledger of an indicator that does not exist', async () => {
    expect((await s.as.admin.get('/api/indicators/99999/ledger')).status).toBe(404);
  });

  it('records one audit event per successful write and none for refused ones', async () => {
    expect(writes).toBe(36 + 1 + 1 + 1);
    expect(await s.auditCount()).toBe(writes);
  });
});
