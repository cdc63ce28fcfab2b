import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../test/factories.js';
import { engines } from '../../test/stores.js';
import { startSampleApp, type SampleApp } from '../ledger/test-support.js';

type Report = { id: number; month: string; state: string };
type ErrorJson = { error: { code: string; message: string } };
const september = {
  month: '2017-09',
  done: '已组织32名专家赴企业开展创新助力活动。',
  problems: '部分企业需求不明确',
  nextSteps: '10月开展第二批对接',
};

describe.each(engines)('progress report API on %s', (kind) => {
  let s: SampleApp;
  let writes = 0;
  const counted = (res: Response) => {
    if (res.ok) writes++;
    return res;
  };
  const submit = async (no: number, body: unknown, who: Client = s.as.peng) =>
    counted(await who.send('POST', `/api/tasks/${await s.task(no)}/reports`, body));
  const review = async (id: number, action: string, body: unknown, headers = {}, who = s.as.liu) =>
    counted(await who.send('POST', `/api/reports/${id}/${action}`, body, headers));
  const reports = async (no: number) =>
    (await (await s.as.admin.get(`/api/tasks/${await s.task(no)}/reports`)).json()) as {
      items: Report[];
    };
  const light = async (no: number) =>
    ((await (await s.as.admin.get(`/api/tasks/${await s.task(no)}`)).json()) as { light: unknown })
      .light;
  const status = (res: Response) => [res.status, res.headers.get('etag')];

  beforeAll(async () => {
    s = await startSampleApp(kind);
  });
  afterAll(async () => s.t.close());

  it('takes 彭国华’s September report for task 2 (201, v1) and refuses a second one (409)', async () => {
    const res = await submit(2, september);
    expect(status(res)).toEqual([201, '"v1"']);
    const submitted = { ...september, state: 'submitted', submittedBy: s.userIds.peng, version: 1 };
    expect(await res.json()).toMatchObject({ ...submitted, taskId: await s.task(2) });
    expect((await submit(2, { ...september, done: '重复' })).status).toBe(409);
    expect((await submit(2, { month: '2017-08', done: '代报' }, s.as.bai)).status).toBe(403);
  });

  it('walks the review: 柳军 returns, 彭国华 resubmits, 柳军 accepts with If-Match; again is 409', async () => {
    const { id } = (await reports(2)).items[0]!;
    const returned = await review(id, 'return', { comment: '请补充专家名单', version: 1 });
    expect(status(returned)).toEqual([200, '"v2"']);
    const review1 = {
      state: 'returned',
      reviewedBy: s.userIds.liu,
      reviewComment: '请补充专家名单',
    };
    expect(await returned.json()).toMatchObject(review1);
    const again = await submit(2, { ...september, done: '已组织32名专家，名单附后。' });
    expect(again.status).toBe(200);
    const resubmitted = {
      id,
      state: 'submitted',
      version: 3,
      reviewedBy: null,
      reviewComment: null,
    };
    expect(await again.json()).toMatchObject(resubmitted);
    const accepted = await review(id, 'accept', undefined, { 'if-match': '"v3"' });
    expect(status(accepted)).toEqual([200, '"v4"']);
    expect(await accepted.json()).toMatchObject({ state: 'accepted', reviewedBy: s.userIds.liu });
    const twice = await review(id, 'accept', { comment: '好' }, { 'if-match': '"v4"' });
    expect([twice.status, ((await twice.json()) as ErrorJson).error.code]).toEqual([
      409,
      'conflict',
    ]);
    expect((await reports(2)).items[0]).toMatchObject({ state: 'accepted', version: 4 });
  });

  it('refuses 张家水, who supervises other tasks, reviewing 柳军’s task, and the owner his own (403)', async () => {
    const { id } = (await (
      await submit(3, { month: '2017-09', done: '已开展1次' })
    ).json()) as Report;
    expect((await review(id, 'accept', { version: 1 }, {}, s.as.zhang)).status).toBe(403);
    expect((await review(id, 'return', { comment: '否', version: 1 }, {}, s.as.zhang)).status).toBe(
      403,
    );
    expect((await review(id, 'accept', { version: 1 }, {}, s.as.peng)).status).toBe(403);
  });

  it('answers 412 for a stale If-Match, 409 for a stale body version, 428 without a version', async () => {
    const { id } = (await reports(3)).items[0]!;
    expect((await review(id, 'accept', {}, { 'if-match': '"v7"' })).status).toBe(412);
    expect((await review(id, 'accept', { version: 7 })).status).toBe(409);
    expect((await review(id, 'accept', {})).status).toBe(428);
  });

  it('refuses accepting a returned report (409) and lists the newest month first', async () => {
    const { id } = (await (await submit(3, { month: '2017-08', done: '筹备' })).json()) as Report;
    expect((await review(id, 'return', { comment: '请写明时间地点', version: 1 })).status).toBe(
      200,
    );
    const res = await review(id, 'accept', { version: 2 });
    const message = ((await res.json()) as ErrorJson).error.message;
    expect([res.status, message]).toEqual([409, '报告已被退回 / the report was returned']);
    expect((await reports(3)).items.map((r) => r.month)).toEqual(['2017-09', '2017-08']);
  });

  it('turns task 8 (no indicators) from yellow no_report to green once September is reported', async () => {
    expect(await light(8)).toEqual({ light: 'yellow', reason: 'no_report' });
    expect((await submit(8, { month: '2017-09', done: '已与社区党组织座谈' })).status).toBe(201);
    expect(await light(8)).toEqual({ light: 'green', reason: 'on_pace' });
  });

  it('records one audit event per successful write', async () => {
    // task 2: submit, return, resubmit, accept; task 3: two submits, a return; task 8: a submit.
    expect(writes).toBe(8);
    expect(await s.auditCount()).toBe(writes);
  });
});
