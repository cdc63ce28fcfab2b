import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, logInClient, personId, unitId, type Client } from '../../test/factories.js';
import { engines } from '../../test/stores.js';
import { startReviewApp, type ReviewApp } from './test-support.js';

type Decided = { id: number; state: string; selfReview: boolean; version: number };
type ErrorJson = { error: { code: string; message: string } };

describe.each(engines)('reviewing one’s own report or extension request on %s', (kind) => {
  let s: ReviewApp;
  const submit = async (no: number, who: Client, month = '2017-05') =>
    (await (
      await who.send('POST', `/api/tasks/${await s.task(no)}/reports`, { month, done: '已推进' })
    ).json()) as Decided;
  const ask = async (no: number, who: Client, requestedDue: string) =>
    (await (
      await who.send('POST', `/api/tasks/${await s.task(no)}/extensions`, {
        requestedDue,
        reason: '等待批复',
      })
    ).json()) as Decided;
  const act = (who: Client, path: string, body: unknown) => who.send('POST', path, body);
  /** Status, code and the Chinese half of the message. */
  const refusal = async (res: Response) => {
    const { error } = (await res.json()) as ErrorJson;
    return [res.status, error.code, error.message.split(' / ')[0]];
  };
  const auditAfter = async (entity: string, id: number) => {
    const row = await s.db
      .selectFrom('audit_events')
      .select('after')
      .where('entity', '=', entity)
      .where('entity_id', '=', id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    return JSON.parse(row.after ?? '{}') as { self_review?: number };
  };
  const setAdminDisabled = (disabled: number) =>
    s.db.updateTable('users').set({ disabled }).where('username', '=', 'admin').execute();

  beforeAll(async () => {
    s = await startReviewApp(kind);
    // 彭国华 both owns and supervises task 3.
    const peng = await personId(s.db, '彭国华');
    await s.db
      .updateTable('tasks')
      .set({ leader_person_id: peng })
      .where('id', '=', await s.task(3))
      .execute();
  });
  afterAll(async () => s.t.close());

  it('refuses the administrator accepting their own report while the task’s leader may (403)', async () => {
    const report = await submit(2, s.as.admin);
    const own = await act(s.as.admin, `/api/reports/${report.id}/accept`, { version: 1 });
    expect(await refusal(own)).toEqual([
      403,
      'forbidden',
      '不能审核本人提交的进展报告，请由任务的分管领导或本单位其他管理员审核',
    ]);
    const byLeader = await act(s.as.liu, `/api/reports/${report.id}/accept`, { version: 1 });
    expect(await byLeader.json()).toMatchObject({ state: 'accepted', selfReview: false });
  });

  it('refuses an owner who also leads the task accepting or returning his own report (403)', async () => {
    const report = await submit(3, s.as.peng);
    const path = `/api/reports/${report.id}`;
    expect((await act(s.as.peng, `${path}/accept`, { version: 1 })).status).toBe(403);
    const returned = await act(s.as.peng, `${path}/return`, { comment: '退回', version: 1 });
    expect(returned.status).toBe(403);
    expect((await auditAfter('progress_report', report.id)).self_review).toBe(0);
  });

  it('lets him when nobody else may review it, marked as a self-review in the response and audit', async () => {
    const [report] = (
      (await (await s.as.peng.get(`/api/tasks/${await s.task(3)}/reports`)).json()) as {
        items: Decided[];
      }
    ).items;
    await setAdminDisabled(1);
    try {
      const res = await act(s.as.peng, `/api/reports/${report!.id}/accept`, { version: 1 });
      expect([res.status, await res.json()]).toEqual([
        200,
        expect.objectContaining({ state: 'accepted', selfReview: true }),
      ]);
      expect((await auditAfter('progress_report', report!.id)).self_review).toBe(1);
    } finally {
      await setAdminDisabled(0);
    }
  });

  it('clears the mark when a self-reviewed report is returned and resubmitted', async () => {
    const report = await submit(3, s.as.peng, '2017-04');
    await setAdminDisabled(1);
    try {
      const path = `/api/reports/${report.id}/return`;
      const returned = await act(s.as.peng, path, { comment: '补充', version: 1 });
      expect(await returned.json()).toMatchObject({ state: 'returned', selfReview: true });
    } finally {
      await setAdminDisabled(0);
    }
    expect(await submit(3, s.as.peng, '2017-04')).toMatchObject({
      state: 'submitted',
      selfReview: false,
    });
  });

  it('refuses deciding one’s own extension request while someone else may; else marks it', async () => {
    const first = await ask(3, s.as.peng, '2018-01-31');
    const own = await act(s.as.peng, `/api/extensions/${first.id}/approve`, { version: 1 });
    expect(await refusal(own)).toEqual([
      403,
      'forbidden',
      '不能审核本人提交的延期申请，请由任务的分管领导或本单位其他管理员审核',
    ]);
    const byAdmin = await act(s.as.admin, `/api/extensions/${first.id}/reject`, {
      comment: '不同意',
      version: 1,
    });
    expect(await byAdmin.json()).toMatchObject({ state: 'rejected', selfReview: false });
    const second = await ask(3, s.as.peng, '2018-02-28');
    await setAdminDisabled(1);
    try {
      const res = await act(s.as.peng, `/api/extensions/${second.id}/approve`, { version: 1 });
      expect(await res.json()).toMatchObject({ state: 'approved', selfReview: true });
      expect((await auditAfter('extension_request', second.id)).self_review).toBe(1);
    } finally {
      await setAdminDisabled(0);
    }
  });

  it('lets the only administrator accept their own report on a task whose leader has no account, until a second one may', async () => {
    // Task 7's leader 张道秀 has no account.
    const alone = await submit(7, s.as.admin);
    const res = await act(s.as.admin, `/api/reports/${alone.id}/accept`, { version: 1 });
    expect(await res.json()).toMatchObject({ state: 'accepted', selfReview: true });
    await buildUser(s.db, {
      username: 'wang',
      role: 'admin',
      unitId: await unitId(s.db, '滁州市科学技术协会'),
    });
    const next = await submit(7, s.as.admin, '2017-04');
    const path = `/api/reports/${next.id}/accept`;
    expect((await act(s.as.admin, path, { version: 1 })).status).toBe(403);
    const wang = await logInClient(s.t.baseUrl, 'wang');
    expect(await (await act(wang, path, { version: 1 })).json()).toMatchObject({
      state: 'accepted',
      selfReview: false,
    });
  });
});
