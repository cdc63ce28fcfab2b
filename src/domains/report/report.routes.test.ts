import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/stores.js';
import { startSampleApp, type SampleApp } from '../ledger/test-support.js';

interface ReportJson { id: number; taskId: number; month: string; state: string; version: number; reviewedBy: number | null; reviewComment: string | null; submittedBy: number }
interface ErrorJson { error: { code: string; message: string; details: { field: string }[] } }

const september = { month: '2017-09', done: '已组织32名专家赴企业开展创新助力活动。', problems: '部分企业需求不明确', nextSteps: '10月开展第二批对接' };

describe.each(engines)('progress report API on %s', (kind) => {
  let s: SampleApp;
  let writes = 0;
  const counted = (res: Response) => {
    if (res.ok) writes++;
    return res;
  };
  const submit = async (taskNo: number, body: unknown, who = s.as.peng) => counted(await who.send('POST', `/api/tasks/${await s.task(taskNo)}/reports`, body));
  const review = async (id: number, action: 'accept' | 'return', body: unknown, headers: Record<string, string> = {}, who = s.as.liu) => counted(await who.send('POST', `/api/reports/${id}/${action}`, body, headers));
  const reports = async (taskNo: number) => (await (await s.as.admin.get(`/api/tasks/${await s.task(taskNo)}/reports`)).json()) as { items: ReportJson[]; total: number };
  const light = async (taskNo: number) => ((await (await s.as.admin.get(`/api/tasks/${await s.task(taskNo)}`)).json()) as { light: unknown }).light;
  const errorOf = async (res: Response) => ((await res.json()) as ErrorJson).error;

  beforeAll(async () => {
    s = await startSampleApp(kind);
  });
  afterAll(async () => s.t.close());

  it('takes 彭国华’s September report for task 2 (201, v1) and refuses a second one (409)', async () => {
    const res = await submit(2, september);
    expect([res.status, res.headers.get('etag')]).toEqual([201, '"v1"']);
    expect(await res.json()).toMatchObject({ ...september, taskId: await s.task(2), state: 'submitted', submittedBy: s.userIds.peng, version: 1 });
    expect((await submit(2, { ...september, done: '重复' })).status).toBe(409);
  });

  it('refuses 柏春艳 reporting on task 2, which is not hers (403)', async () => {
    expect((await submit(2, { month: '2017-08', done: '代报' }, s.as.bai)).status).toBe(403);
  });

  it('walks the review: 柳军 returns it, 彭国华 resubmits, 柳军 accepts with If-Match, accepting again is 409', async () => {
    const { id } = (await reports(2)).items[0]!;
    const returned = await review(id, 'return', { comment: '请补充专家名单', version: 1 });
    expect([returned.status, returned.headers.get('etag')]).toEqual([200, '"v2"']);
    expect(await returned.json()).toMatchObject({ state: 'returned', reviewedBy: s.userIds.liu, reviewComment: '请补充专家名单' });
    const again = await submit(2, { ...september, done: '已组织32名专家，名单附后。' });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ id, state: 'submitted', version: 3, reviewComment: null, reviewedBy: null });
    const accepted = await review(id, 'accept', undefined, { 'if-match': '"v3"' });
    expect([accepted.status, accepted.headers.get('etag')]).toEqual([200, '"v4"']);
    expect(await accepted.json()).toMatchObject({ state: 'accepted', reviewedBy: s.userIds.liu, reviewComment: null });
    const twice = await review(id, 'accept', { comment: '好' }, { 'if-match': '"v4"' });
    expect([twice.status, (await errorOf(twice)).code]).toEqual([409, 'conflict']);
    expect((await reports(2)).items[0]).toMatchObject({ state: 'accepted', version: 4 });
  });

  it('refuses 张家水, who supervises other tasks, reviewing 柳军’s task (403), and the owner reviewing his own', async () => {
    const res = await submit(3, { month: '2017-09', done: '对接活动已开展1次' });
    const { id } = (await res.json()) as ReportJson;
    expect((await review(id, 'accept', { version: 1 }, {}, s.as.zhang)).status).toBe(403);
    expect((await review(id, 'return', { comment: '不行', version: 1 }, {}, s.as.zhang)).status).toBe(403);
    expect((await review(id, 'accept', { version: 1 }, {}, s.as.peng)).status).toBe(403);
  });

  it('answers 412 for a stale If-Match, 409 for a stale body version, 428 without a version', async () => {
    const { id } = (await reports(3)).items[0]!;
    expect((await review(id, 'accept', {}, { 'if-match': '"v7"' })).status).toBe(412);
    expect((await review(id, 'accept', { version: 7 })).status).toBe(409);
    expect((await review(id, 'accept', {})).status).toBe(428);
  });

  it('refuses accepting a returned report (409) and lists the newest month first', async () => {
    expect((await submit(3, { month: '2017-08', done: '筹备' })).status).toBe(201);
    const august = (await reports(3)).items.find((r) => r.month === '2017-08')!;
    expect((await review(august.id, 'return', { comment: '请写明时间地点', version: 1 })).status).toBe(200);
    const res = await review(august.id, 'accept', { version: 2 });
    expect([res.status, (await errorOf(res)).message]).toEqual([409, '报告已被退回 / the report was returned']);
    expect((await reports(3)).items.map((r) => r.month)).toEqual(['2017-09', '2017-08']);
  });

  it('turns task 8 (no indicators) from yellow no_report to green once September is reported', async () => {
    expect(await light(8)).toEqual({ light: 'yellow', reason: 'no_report' });
    expect((await submit(8, { month: '2017-09', done: '已与社区党组织座谈' })).status).toBe(201);
    expect(await light(8)).toEqual({ light: 'green', reason: 'on_pace' });
  });

  it.each<[string, unknown, number, string]>([
    ['no fields', {}, 400, 'body.month'],
    ['month 13', { month: '2017-13', done: 'x' }, 400, 'body.month'],
    ['a one-digit month', { month: '2017-7', done: 'x' }, 400, 'body.month'],
    ['no done', { month: '2017-07' }, 400, 'body.done'],
    ['blank done', { month: '2017-07', done: '  ' }, 400, 'body.done'],
    ['done as a number', { month: '2017-07', done: 5 }, 400, 'body.done'],
    ['done too long', { month: '2017-07', done: '字'.repeat(20_001) }, 400, 'body.done'],
    ['problems as a list', { month: '2017-07', done: 'x', problems: ['a'] }, 400, 'body.problems'],
    ['a future month', { month: '2017-10', done: 'x' }, 422, 'body.month'],
    ['a month before the plan year', { month: '2016-12', done: 'x' }, 422, 'body.month'],
  ])('refuses a report with %s', async (_what, body, status, field) => {
    const res = await submit(4, body);
    expect([res.status, (await errorOf(res)).details[0]?.field]).toEqual([status, field]);
  });

  it.each<[unknown, string]>([
    [{ version: 1 }, 'body.comment'],
    [{ comment: ' ', version: 1 }, 'body.comment'],
    [{ comment: 3, version: 1 }, 'body.comment'],
    [{ comment: '退回', version: 'v1' }, 'body.version'],
  ])('refuses returning with %o (400)', async (body, field) => {
    const { id } = (await reports(8)).items[0]!;
    const res = await review(id, 'return', body);
    expect([res.status, (await errorOf(res)).details[0]?.field]).toEqual([400, field]);
  });

  it('answers 404 for a report that does not exist', async () => {
    expect((await review(99999, 'accept', { version: 1 })).status).toBe(404);
  });

  it('records one audit event per successful write', async () => {
    // task 2: submit, return, resubmit, accept; task 3: two submits, a return; task 8: a submit.
    expect(writes).toBe(8);
    expect(await s.auditCount()).toBe(writes);
  });
});
