import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../test/factories.js';
import { engines } from '../../test/stores.js';
import { startReviewApp, type ReviewApp } from './test-support.js';

type Extension = { id: number; state: string; version: number };
type ErrorJson = { error: { code: string; message: string; details: { field: string }[] } };
const june = { requestedDue: '2017-06-30', reason: '方案需征求各县区科协意见，5月底前难以定稿' };

describe.each(engines)('extension request API on %s', (kind) => {
  let s: ReviewApp;
  let writes = 0;
  const counted = (res: Response) => {
    if (res.ok) writes++;
    return res;
  };
  const request = async (no: number, body: unknown, who: Client = s.as.bai) =>
    counted(await who.send('POST', `/api/tasks/${await s.task(no)}/extensions`, body));
  const decide = async (
    id: number,
    action: string,
    body: unknown,
    headers = {},
    who = s.as.zhang,
  ) => counted(await who.send('POST', `/api/extensions/${id}/${action}`, body, headers));
  const task1 = async () =>
    (await (await s.as.admin.get(`/api/tasks/${await s.task(1)}`)).json()) as {
      deadline: { due: string };
      version: number;
    };
  const history = async () =>
    (await (await s.as.bai.get(`/api/tasks/${await s.task(1)}/extensions`)).json()) as {
      items: (Extension & { originalDue: string; requestedDue: string })[];
      total: number;
      originalDue: string;
      currentDue: string;
    };
  const error = async (res: Response) => ((await res.json()) as ErrorJson).error;

  beforeAll(async () => {
    s = await startReviewApp(kind);
  });
  afterAll(async () => s.t.close());

  it('takes 柏春艳’s request to move task 1 from 5月底 to 2017-06-30 (201, v1); a second is 409', async () => {
    const res = await request(1, june);
    expect([res.status, res.headers.get('etag')]).toEqual([201, '"v1"']);
    expect(await res.json()).toMatchObject({
      ...june,
      taskId: await s.task(1),
      state: 'pending',
      currentDue: '2017-05-31',
      originalDue: '2017-05-31',
      requestedBy: s.userIds.bai,
      requestedAt: '2017-05-20T04:00:00.000Z',
    });
    const second = await request(1, { requestedDue: '2017-07-15', reason: '再延' });
    expect([second.status, (await error(second)).code]).toEqual([409, 'conflict']);
  });

  it('refuses a request on someone else’s task, and the leader asking on the owner’s behalf (403)', async () => {
    expect((await request(2, june)).status).toBe(403);
    expect((await request(9, june, s.as.zhang)).status).toBe(403);
  });

  it('shows the request in 张家水’s inbox only; 柳军 and the owner may not decide it (403)', async () => {
    const inbox = async (who: Client) =>
      (await (await who.get('/api/inbox')).json()) as {
        extensions: { requestedDue: string; task: { no: number } }[];
        counts: { extensions: number };
      };
    const zhang = await inbox(s.as.zhang);
    expect(zhang.extensions).toMatchObject([{ requestedDue: '2017-06-30', task: { no: 1 } }]);
    expect(zhang.counts.extensions).toBe(1);
    expect((await inbox(s.as.liu)).counts.extensions).toBe(0);
    const { id } = (await history()).items[0]!;
    expect((await decide(id, 'approve', { version: 1 }, {}, s.as.liu)).status).toBe(403);
    expect((await decide(id, 'approve', { version: 1 }, {}, s.as.bai)).status).toBe(403);
  });

  it('answers 412 for a stale If-Match, 409 for a stale body version, 428 without a version', async () => {
    const { id } = (await history()).items[0]!;
    expect((await decide(id, 'approve', undefined, { 'if-match': '"v9"' })).status).toBe(412);
    expect((await decide(id, 'approve', { version: 9 })).status).toBe(409);
    expect((await decide(id, 'approve', {})).status).toBe(428);
  });

  it('lets 张家水 approve with If-Match: the task is due 2017-06-30 (version + 1), originally 2017-05-31', async () => {
    const before = await task1();
    const { id } = (await history()).items[0]!;
    const res = await decide(id, 'approve', { comment: '同意' }, { 'if-match': '"v1"' });
    expect([res.status, res.headers.get('etag')]).toEqual([200, '"v2"']);
    expect(await res.json()).toMatchObject({
      state: 'approved',
      decidedBy: s.userIds.zhang,
      decisionComment: '同意',
      originalDue: '2017-05-31',
    });
    expect(await task1()).toMatchObject({
      deadline: { due: '2017-06-30' },
      version: before.version + 1,
    });
    expect(await history()).toMatchObject({
      total: 1,
      currentDue: '2017-06-30',
      originalDue: '2017-05-31',
    });
    const audit = await s.as.admin.get(`/api/audit?entity=extension_request&entityId=${id}`);
    const events = ((await audit.json()) as { items: { action: string; after: unknown }[] }).items;
    expect(events[0]).toMatchObject({
      action: 'approve',
      after: { state: 'approved', task: { due_date: '2017-06-30', version: before.version + 1 } },
    });
    const again = await decide(id, 'approve', undefined, { 'if-match': '"v2"' });
    expect([again.status, (await error(again)).message]).toEqual([
      409,
      '延期申请已批准 / the extension was already approved',
    ]);
  });

  it('keeps the original due date through a second approval and a rejection', async () => {
    const july = await request(1, { requestedDue: '2017-07-31', reason: '等待市委批复' });
    expect(july.status).toBe(201);
    const second = (await july.json()) as Extension;
    expect((await decide(second.id, 'approve', { version: 1 })).status).toBe(200);
    const august = (await (
      await request(1, { requestedDue: '2017-08-31', reason: '再议' })
    ).json()) as Extension;
    expect((await decide(august.id, 'reject', { version: 1 })).status).toBe(400);
    const rejected = await decide(august.id, 'reject', { comment: '不同意再延期', version: 1 });
    expect(await rejected.json()).toMatchObject({
      state: 'rejected',
      decisionComment: '不同意再延期',
    });
    const h = await history();
    expect(h.items.map((e) => [e.state, e.requestedDue, e.originalDue])).toEqual([
      ['rejected', '2017-08-31', '2017-05-31'],
      ['approved', '2017-07-31', '2017-05-31'],
      ['approved', '2017-06-30', '2017-05-31'],
    ]);
    expect([h.currentDue, h.originalDue]).toEqual(['2017-07-31', '2017-05-31']);
  });

  it('refuses a date not after the current due (422) and any request once the task is overdue (422)', async () => {
    const early = await request(1, { requestedDue: '2017-07-31', reason: '同日' });
    expect([early.status, (await error(early)).details[0]?.field]).toEqual([
      422,
      'body.requestedDue',
    ]);
    s.setToday('2017-08-01');
    try {
      const late = await request(1, { requestedDue: '2017-09-30', reason: '已逾期' });
      const e = await error(late);
      expect([late.status, e.details[0]?.field]).toEqual([422, 'task.dueDate']);
      expect(e.message).toMatch(/already overdue/);
    } finally {
      s.setToday('2017-05-20');
    }
  });

  it('records one audit event per successful write', async () => {
    // Three requests, two approvals, one rejection.
    expect(writes).toBe(6);
    expect(await s.auditCount()).toBe(writes);
  });
});
