import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../test/factories.js';
import { engines } from '../../test/stores.js';
import { startWorkedExampleApp, type ExampleApp } from '../../test/worked-example-app.js';

type Completion = {
  id: number;
  state: string;
  note: string;
  comment: string | null;
  version: number;
  requestedBy: { id: number; name: string } | null;
  decidedBy: { id: number; name: string } | null;
};
type ErrorJson = { error: { code: string; message: string; details: { field: string }[] } };
type Inbox = {
  completions: (Completion & { task: { no: number } })[];
  counts: { completions: number; total: number };
};

const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\n验收材料\n%%EOF\n');

describe.each(engines)('completion request API (办结申请) on %s', (kind) => {
  let s: ExampleApp;
  let writes = 0;
  const counted = (res: Response) => {
    if (res.ok) writes++;
    return res;
  };
  const apply = async (note: unknown, who: Client = s.as.bai, no = 1) =>
    counted(await who.send('POST', `/api/tasks/${await s.task(no)}/completion-requests`, { note }));
  const decide = async (
    id: number,
    action: string,
    body: unknown,
    who = s.as.zhang,
    headers = {},
  ) => counted(await who.send('POST', `/api/completion-requests/${id}/${action}`, body, headers));
  const upload = async (id: number, who: Client = s.as.bai) => {
    const form = new FormData();
    form.append('file', new Blob([pdf]), '验收材料.pdf');
    return counted(
      await fetch(`${s.t.baseUrl}/api/completion-requests/${id}/attachments`, {
        method: 'POST',
        headers: who.auth,
        body: form,
      }),
    );
  };
  const json = async <T>(res: Response) => (await res.json()) as T;
  const error = async (res: Response) => (await json<ErrorJson>(res)).error;
  const inbox = async (who: Client) => json<Inbox>(await who.get('/api/inbox'));
  const history = async () =>
    json<{ items: Completion[]; total: number }>(
      await s.as.bai.get(`/api/tasks/${await s.task(1)}/completion-requests`),
    );

  beforeAll(async () => {
    s = await startWorkedExampleApp(kind, {
      today: '2017-05-20',
      audited: ['completion_request', 'attachment', 'task'],
    });
  });
  afterAll(async () => s.t.close());

  it('takes 柏春艳’s request for task 1 with a note (201, v1) and a file; a second is 409', async () => {
    const res = await apply('已完成科技工作者日活动方案并印发');
    expect([res.status, res.headers.get('etag')]).toEqual([201, '"v1"']);
    const created = await json<Completion>(res);
    expect(created).toMatchObject({
      taskId: await s.task(1),
      note: '已完成科技工作者日活动方案并印发',
      state: 'pending',
      requestedBy: { id: s.userIds.bai, name: '柏春艳' },
      requestedAt: '2017-05-20T04:00:00.000Z',
      decidedBy: null,
      comment: null,
      selfReview: false,
      version: 1,
    });
    const file = await upload(created.id);
    expect(file.status).toBe(201);
    const attachment = await json<{ id: number; completionRequestId: number }>(file);
    expect(attachment).toMatchObject({ completionRequestId: created.id, ledgerEntryId: null });
    const list = await s.as.zhang.get(`/api/completion-requests/${created.id}/attachments`);
    expect(await list.json()).toEqual({ items: [attachment], total: 1 });
    const download = await s.as.zhang.get(`/api/attachments/${attachment.id}`);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);
    const second = await apply('再次申请');
    expect([second.status, (await error(second)).code]).toEqual([409, 'conflict']);
  });

  it('refuses an empty or over-long note (400 naming body.note), and other people’s tasks (403)', async () => {
    for (const note of ['  ', 'x'.repeat(2001)]) {
      const res = await apply(note, s.as.peng, 2);
      expect([res.status, (await error(res)).details[0]?.field]).toEqual([400, 'body.note']);
    }
    expect((await apply('已完成', s.as.peng)).status).toBe(403);
    expect((await apply('已完成', s.as.zhang)).status).toBe(403);
  });

  it('lists the pending request in 张家水’s inbox, not in 柳军’s', async () => {
    const zhang = await inbox(s.as.zhang);
    expect(zhang.completions).toMatchObject([
      { note: '已完成科技工作者日活动方案并印发', task: { no: 1 } },
    ]);
    expect(zhang.counts.completions).toBe(1);
    expect(zhang.counts.total).toBeGreaterThanOrEqual(1);
    expect((await inbox(s.as.liu)).counts.completions).toBe(0);
  });

  it('lets neither the owner nor another leader decide (403); a return needs a comment (400)', async () => {
    const { id } = (await history()).items[0]!;
    expect((await decide(id, 'confirm', { version: 1 }, s.as.bai)).status).toBe(403);
    expect((await decide(id, 'confirm', { version: 1 }, s.as.liu)).status).toBe(403);
    const bare = await decide(id, 'return', { version: 1 });
    expect([bare.status, (await error(bare)).details[0]?.field]).toEqual([400, 'body.comment']);
    expect((await decide(id, 'confirm', { version: 7 })).status).toBe(409);
    expect((await decide(id, 'confirm', {})).status).toBe(428);
  });

  it('returns it with a comment (v2); the returned request takes no more files; the owner applies again', async () => {
    const { id } = (await history()).items[0]!;
    const res = await decide(id, 'return', { comment: '请补充活动照片', version: 1 });
    expect([res.status, res.headers.get('etag')]).toEqual([200, '"v2"']);
    expect(await res.json()).toMatchObject({
      state: 'returned',
      comment: '请补充活动照片',
      decidedBy: { id: s.userIds.zhang, name: '张家水' },
      decidedAt: '2017-05-20T04:00:00.000Z',
    });
    expect((await upload(id)).status).toBe(409);
    expect((await inbox(s.as.zhang)).counts.completions).toBe(0);
    expect((await apply('已补充活动照片')).status).toBe(201);
  });

  it('confirms: the task is done (light 已完成) in the same write, audited as its completion', async () => {
    const taskId = await s.task(1);
    const { id } = (await history()).items[0]!;
    const res = await decide(id, 'confirm', { comment: '同意办结' }, s.as.zhang, {
      'if-match': '"v1"',
    });
    expect([res.status, res.headers.get('etag')]).toEqual([200, '"v2"']);
    expect(await res.json()).toMatchObject({ state: 'confirmed', comment: '同意办结' });
    const task = await json<{ status: string; light: { light: string } }>(
      await s.as.bai.get(`/api/tasks/${taskId}`),
    );
    expect([task.status, task.light.light]).toEqual(['done', 'done']);
    const events = await s.db
      .selectFrom('audit_events')
      .select(['entity', 'action'])
      .where((eb) =>
        eb.or([
          eb.and([eb('entity', '=', 'task'), eb('entity_id', '=', taskId)]),
          eb.and([eb('entity', '=', 'completion_request'), eb('entity_id', '=', id)]),
        ]),
      )
      .orderBy('id')
      .execute();
    expect(events.map((e) => `${e.entity} ${e.action}`)).toEqual([
      'completion_request request',
      'task complete',
      'completion_request confirm',
    ]);
    expect((await history()).items.map((c) => c.state)).toEqual(['confirmed', 'returned']);
  });

  it('refuses a request on a done task and a second decision (409)', async () => {
    const again = await apply('再次申请');
    expect([again.status, (await error(again)).message]).toEqual([
      409,
      '任务已办结 / the task is already done',
    ]);
    const { id } = (await history()).items[0]!;
    const twice = await decide(id, 'confirm', { version: 2 });
    expect([twice.status, (await error(twice)).message]).toEqual([
      409,
      '办结申请已确认 / the completion request was already confirmed',
    ]);
  });

  it('keeps direct completion for the leader and administrators: the owner gets 403', async () => {
    const taskId = await s.task(2);
    const { version } = await json<{ version: number }>(
      await s.as.admin.get(`/api/tasks/${taskId}`),
    );
    const owner = await s.as.peng.send('POST', `/api/tasks/${taskId}/complete`, { version });
    expect(owner.status).toBe(403);
    const leader = counted(
      await s.as.liu.send('POST', `/api/tasks/${taskId}/complete`, { version }),
    );
    expect(leader.status).toBe(200);
  });

  it('records one audit event per successful write, two for a confirmation', async () => {
    // 2 requests, 1 file, 1 return, 1 confirmation (its task's completion too), 1 direct completion.
    expect(writes).toBe(6);
    expect(await s.auditCount()).toBe(writes + 1);
  });
});
