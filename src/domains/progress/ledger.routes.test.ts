import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/stores.js';
import { startSampleApp, type SampleApp } from '../ledger/test-support.js';

type Indicator = { id: number; aggregation: string; actual: number; progress: number };
type Entry = { id: number; entryDate: string; subject: string | null; voided: boolean };
type Page<T> = { items: T[]; total: number };
const json = async <T>(res: Response | Promise<Response>) => (await (await res).json()) as T;

/** 16 experts twice and 4 once: 36 entries, 20 distinct experts, 专家20 recorded only once. */
const expertOf = (i: number) => `专家${i < 32 ? (i % 16) + 1 : i - 15}`;

describe.each(engines)('ledger API on %s', (kind) => {
  let s: SampleApp;
  let writes = 0;
  const counted = (res: Response) => {
    if (res.ok) writes++;
    return res;
  };
  const get = <T>(path: string) => json<T>(s.as.admin.get(path));
  const indicatorOf = async (no: number) =>
    (await get<Page<Indicator>>(`/api/tasks/${await s.task(no)}/indicators`)).items[0]!;
  const ledger = (id: number, query = '') =>
    get<Page<Entry>>(`/api/indicators/${id}/ledger?limit=500${query}`);
  const enter = async (id: number, body: unknown) =>
    counted(await s.as.peng.send('POST', `/api/indicators/${id}/ledger`, body));
  const voidEntry = async (id: number, reason: string) =>
    counted(await s.as.peng.send('POST', `/api/ledger/${id}/void`, { reason }));

  beforeAll(async () => {
    s = await startSampleApp(kind);
  });
  afterAll(async () => s.t.close());

  it('counts 36 entries over 20 experts as 20 of 100 名 专家: far behind at 75% of the year → red', async () => {
    const indicator = await indicatorOf(2);
    expect(indicator.aggregation).toBe('distinct_subjects');
    for (let i = 0; i < 36; i++) {
      const date = `2017-0${(i % 9) + 1}-15`;
      const attributes = { 活动: '创新助力', 企业数: 2 };
      const res = await enter(indicator.id, { entryDate: date, subject: expertOf(i), attributes });
      expect(res.status).toBe(201);
    }
    type TaskPage = { light: unknown; indicators: Indicator[] };
    const page = await get<TaskPage>(`/api/tasks/${await s.task(2)}`);
    expect(page.indicators[0]).toMatchObject({ actual: 20, progress: 0.2 });
    expect(page.light).toEqual({ light: 'red', reason: 'far_behind' });
  });

  it('lists the ledger newest first, with who entered it and quantity 1 by default', async () => {
    const { items, total } = await ledger((await indicatorOf(2)).id);
    expect(total).toBe(36);
    expect(items[0]).toMatchObject({
      entryDate: '2017-09-15',
      quantity: 1,
      enteredBy: s.userIds.peng,
      attributes: { 活动: '创新助力', 企业数: 2 },
      voided: false,
      replacesId: null,
    });
    const dates = items.map((x) => x.entryDate);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('shows task 1 (5月底, open) red as overdue', async () => {
    const page = await get<{ light: unknown }>(`/api/tasks/${await s.task(1)}`);
    expect(page.light).toEqual({ light: 'red', reason: 'overdue' });
  });

  it('meets task 4 (下半年, 1次 海智对接活动) with one counted entry', async () => {
    const indicator = await indicatorOf(4);
    expect(indicator.aggregation).toBe('count');
    const res = await enter(indicator.id, {
      entryDate: '2017-08-20',
      attributes: { 地点: '滁州' },
    });
    expect(res.status).toBe(201);
    expect(await indicatorOf(4)).toMatchObject({ actual: 1, progress: 1 });
  });

  it('voids the only entry of 专家20: 19 experts remain, the entry is still listed with includeVoided', async () => {
    const indicator = await indicatorOf(2);
    const only = (await ledger(indicator.id)).items.find((x) => x.subject === '专家20')!;
    const res = await voidEntry(only.id, '重复录入');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: only.id, voided: true, voidReason: '重复录入' });
    expect((await indicatorOf(2)).actual).toBe(19);
    expect((await ledger(indicator.id)).total).toBe(35);
    const all = await ledger(indicator.id, '&includeVoided=1');
    expect(all.total).toBe(36);
    expect(all.items.find((x) => x.id === only.id)).toMatchObject({
      voided: true,
      subject: '专家20',
    });
    expect((await voidEntry(only.id, '再次作废')).status).toBe(409);
  });

  it('corrects by a new entry naming the voided one; only a voided entry of the indicator can be replaced', async () => {
    const indicator = await indicatorOf(2);
    const voided = (await ledger(indicator.id, '&includeVoided=1')).items.find((x) => x.voided)!;
    const live = (await ledger(indicator.id)).items[0]!;
    const other = (await ledger((await indicatorOf(4)).id)).items[0]!;
    for (const replacesId of [live.id, other.id, 999999]) {
      const res = await enter(indicator.id, {
        entryDate: '2017-09-01',
        subject: '专家20',
        replacesId,
      });
      const body = await json<{ error: { details: { field: string }[] } }>(res);
      expect([res.status, body.error.details[0]?.field]).toEqual([422, 'body.replacesId']);
    }
    const fixed = { entryDate: '2017-09-01', subject: '专家二十', replacesId: voided.id };
    const res = await enter(indicator.id, fixed);
    expect([res.status, await res.json()]).toEqual([201, expect.objectContaining(fixed)]);
    expect((await indicatorOf(2)).actual).toBe(20);
  });

  it('records one audit event per successful write: 36 + 1 entries, a void, a correction', async () => {
    expect(writes).toBe(39);
    expect(await s.auditCount()).toBe(writes);
  });
});
