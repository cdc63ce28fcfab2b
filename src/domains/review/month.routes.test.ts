import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/stores.js';
import { startReviewApp, type ReviewApp } from './test-support.js';

type ErrorJson = { error: { code: string; message: string; details: { field: string }[] } };
const closedMessage = '该月已结账，记录只读 / month closed: records are read-only';

describe.each(engines)('month close on %s', (kind) => {
  let s: ReviewApp;
  let indicator: number;
  /** April entries of task 2's indicator (100名专家): one live, one voided before the close. */
  let live: number;
  let voided: number;
  let aprilReport: number;
  const entry = async (body: object) =>
    s.as.peng.send('POST', `/api/indicators/${indicator}/ledger`, { quantity: 1, ...body });
  const idOf = async (res: Response) => ((await res.json()) as { id: number }).id;
  const refusal = async (res: Response) => [res.status, ((await res.json()) as ErrorJson).error];
  const inboxReports = async () =>
    ((await (await s.as.liu.get('/api/inbox')).json()) as { counts: { reports: number } }).counts
      .reports;

  beforeAll(async () => {
    s = await startReviewApp(kind);
    indicator = (
      await s.db
        .selectFrom('indicators')
        .select('id')
        .where('task_id', '=', await s.task(2))
        .executeTakeFirstOrThrow()
    ).id;
    live = await idOf(await entry({ entryDate: '2017-04-10', subject: '王教授' }));
    voided = await idOf(await entry({ entryDate: '2017-04-12', subject: '李教授（重复）' }));
    await s.as.peng.send('POST', `/api/ledger/${voided}/void`, { reason: '重复录入' });
    const report = { month: '2017-04', done: '已对接专家12名' };
    aprilReport = await idOf(
      await s.as.peng.send('POST', `/api/tasks/${await s.task(2)}/reports`, report),
    );
  });
  afterAll(async () => s.t.close());

  it('lets the administrator close April once (201, then 409); others may not (403)', async () => {
    expect([live, voided, aprilReport].every(Number.isInteger)).toBe(true);
    expect(await inboxReports()).toBe(1);
    expect((await s.as.zhang.send('POST', '/api/months/2017-04/close')).status).toBe(403);
    const res = await s.as.admin.send('POST', '/api/months/2017-04/close');
    expect([res.status, await res.json()]).toEqual([
      201,
      { month: '2017-04', closedBy: s.userIds.admin, closedAt: '2017-05-20T04:00:00.000Z' },
    ]);
    const twice = await s.as.admin.send('POST', '/api/months/2017-04/close');
    expect(await refusal(twice)).toEqual([409, expect.objectContaining({ code: 'conflict' })]);
    const months: unknown = await (await s.as.bai.get('/api/months')).json();
    expect(months).toMatchObject({ items: [{ month: '2017-04' }], total: 1 });
  });

  it('refuses closing a month that has not begun (422 naming the month)', async () => {
    const res = await s.as.admin.send('POST', '/api/months/2017-06/close');
    expect(await refusal(res)).toEqual([
      422,
      expect.objectContaining({ details: [expect.objectContaining({ field: 'params.month' })] }),
    ]);
  });

  it('makes April’s ledger read-only: a new April entry and voiding an April entry are 409', async () => {
    const created = await entry({ entryDate: '2017-04-15', subject: '赵研究员' });
    expect(await refusal(created)).toEqual([
      409,
      expect.objectContaining({ message: closedMessage }),
    ]);
    const voiding = await s.as.peng.send('POST', `/api/ledger/${live}/void`, { reason: '错录' });
    expect(await refusal(voiding)).toEqual([
      409,
      expect.objectContaining({ message: closedMessage }),
    ]);
  });

  it('refuses submitting, accepting and returning an April report (409)', async () => {
    const report = { month: '2017-04', done: '补报' };
    const submit = await s.as.peng.send('POST', `/api/tasks/${await s.task(3)}/reports`, report);
    expect(await refusal(submit)).toEqual([
      409,
      expect.objectContaining({ message: closedMessage }),
    ]);
    for (const [action, body] of [
      ['accept', { version: 1 }],
      ['return', { comment: '请补充', version: 1 }],
    ] as const) {
      const res = await s.as.liu.send('POST', `/api/reports/${aprilReport}/${action}`, body);
      expect(await refusal(res)).toEqual([
        409,
        expect.objectContaining({ message: closedMessage }),
      ]);
    }
    // It can no longer be reviewed, so it leaves 柳军's inbox.
    expect(await inboxReports()).toBe(0);
  });

  it('takes a correction in May that replaces an April entry voided before the close', async () => {
    const res = await entry({ entryDate: '2017-05-02', subject: '李教授', replacesId: voided });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ entryDate: '2017-05-02', replacesId: voided });
  });

  it('still refuses replacing a live April entry: the ledger asks for it to be voided first (422)', async () => {
    // Voiding it is refused by the close; see the report on create-ledger-entry's rule.
    const res = await entry({ entryDate: '2017-05-03', subject: '王教授', replacesId: live });
    expect(await refusal(res)).toEqual([
      422,
      expect.objectContaining({ details: [expect.objectContaining({ field: 'body.replacesId' })] }),
    ]);
  });

  it('closes the current month too, and lists the closed months newest first', async () => {
    expect((await s.as.admin.send('POST', '/api/months/2017-05/close')).status).toBe(201);
    const months = (await (await s.as.admin.get('/api/months')).json()) as {
      items: { month: string }[];
    };
    expect(months.items.map((m) => m.month)).toEqual(['2017-05', '2017-04']);
    const may = await entry({ entryDate: '2017-05-21', subject: '钱博士' });
    expect(may.status).toBe(409);
  });

  it('records one audit event per close', async () => {
    expect(await s.auditCount()).toBe(2);
  });
});
