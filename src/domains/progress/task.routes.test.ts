import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSamplePlan } from '../plan/load-sample-plan.js';
import { startTestApp, type TestApp } from '../../test/app.js';
import { buildUser, logInClient, personId, unitId, type Client } from '../../test/factories.js';
import { engines } from '../../test/stores.js';

interface TaskJson {
  id: number;
  no: number;
  content: string;
  status: string;
  version: number;
  owner: { id: number; name: string } | null;
  light: { light: string; reason: string } | null;
  deadline: { text: string | null; start: string | null; due: string | null };
}

const clock = () => new Date('2017-09-30T04:00:00Z');

describe.each(engines)('task API on %s', (kind) => {
  let t: TestApp;
  let admin: Client;
  let owner: Client;
  let planId: number;
  const tasks = async (query = '') =>
    (await (await admin.get(`/api/plans/${planId}/tasks${query}`)).json()) as {
      items: TaskJson[];
      total: number;
    };
  const task = async (no: number) => (await tasks()).items.find((x) => x.no === no)!;

  beforeAll(async () => {
    t = await startTestApp(
      kind,
      async (s) => {
        const db = s.store.db;
        planId = (await loadSamplePlan({ db }))?.planId ?? 0;
        await buildUser(db, { username: 'admin', role: 'admin' });
        await buildUser(db, {
          username: 'peng',
          role: 'owner',
          personId: await personId(db, '彭国华'),
          unitId: await unitId(db, '学会部'),
        });
      },
      clock,
    );
    admin = await logInClient(t.baseUrl, 'admin');
    owner = await logInClient(t.baseUrl, 'peng');
  });
  afterAll(async () => t.close());

  it('gives every task a light: 5月底 is overdue on 2017-09-30, the rest await this month’s report', async () => {
    const { items } = await tasks();
    expect(items.find((x) => x.no === 1)?.light).toEqual({ light: 'red', reason: 'overdue' });
    expect(items.find((x) => x.no === 5)?.light).toEqual({ light: 'yellow', reason: 'no_report' });
  });

  it.each([
    ['?light=red', [1, 2, 3, 4, 6, 7]],
    ['?light=yellow', [5, 8, 9, 10]],
    ['?dueBefore=2017-06-01', [1]],
    ['?q=海智', [4]],
    ['?sort=due&order=asc&limit=2', [1, 2]],
    ['?limit=3&offset=3', [4, 5, 6]],
  ])('filters, sorts and pages with %s', async (query, nos) => {
    expect((await tasks(query)).items.map((x) => x.no)).toEqual(nos);
  });

  it('filters by owner and by department', async () => {
    const peng = (await task(2)).owner?.id;
    expect((await tasks(`?ownerId=${peng}`)).items.map((x) => x.no)).toEqual([2, 3, 4, 8]);
  });

  it('serves the task page with its indicators and an ETag', async () => {
    const id = (await task(2)).id;
    const res = await admin.get(`/api/tasks/${id}`);
    expect(res.headers.get('etag')).toBe('"v1"');
    const body = (await res.json()) as {
      indicators: {
        comparator: string;
        value: number;
        unit: string;
        subject: string;
        actual: number;
      }[];
    };
    expect(body.indicators).toEqual([
      expect.objectContaining({
        comparator: '>=',
        value: 100,
        unit: '名',
        subject: '专家',
        actual: 0,
      }),
    ]);
  });

  it('edits a task with If-Match and refuses a second write with the old version (412)', async () => {
    const id = (await task(9)).id;
    const first = await admin.send(
      'PATCH',
      `/api/tasks/${id}`,
      { deadlineText: '10月底' },
      { 'if-match': '"v1"' },
    );
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"v2"');
    expect(await first.json()).toMatchObject({
      deadline: { text: '10月底', start: null, due: '2017-10-31' },
    });
    const stale = await admin.send(
      'PATCH',
      `/api/tasks/${id}`,
      { content: '另一人的修改' },
      { 'if-match': '"v1"' },
    );
    expect(stale.status).toBe(412);
    expect(await stale.json()).toMatchObject({ error: { code: 'precondition_failed' } });
    expect((await task(9)).content).toBe('修改完善科协干部联系基层及调研制度');
  });

  it('answers 409 for a stale version in the body and 428 when no version is sent', async () => {
    const id = (await task(10)).id;
    expect((await admin.send('PATCH', `/api/tasks/${id}`, { notes: 'x', version: 7 })).status).toBe(
      409,
    );
    expect((await admin.send('PATCH', `/api/tasks/${id}`, { notes: 'x' })).status).toBe(428);
  });

  it('reassigns a task and records before and after in the audit trail', async () => {
    const { id, version } = await task(5);
    const qian = await personId(t.testStore.store.db, '钱吉伟');
    const res = await admin.send('PATCH', `/api/tasks/${id}`, { ownerPersonId: qian, version });
    expect(res.status).toBe(200);
    const audit = (await (await admin.get(`/api/audit?entity=task&entityId=${id}`)).json()) as {
      items: {
        action: string;
        before: { owner_person_id: number };
        after: { owner_person_id: number };
      }[];
    };
    expect(audit.items[0]).toMatchObject({ action: 'update', after: { owner_person_id: qian } });
    expect(audit.items[0]?.before.owner_person_id).not.toBe(qian);
  });

  it.each([
    [{ content: '' }, 400, 'body.content'],
    [{ ownerPersonId: 'x' }, 400, 'body.ownerPersonId'],
    [{ dueDate: '2017-13-45x' }, 400, 'body.dueDate'],
    [{ ownerPersonId: 99999 }, 422, 'body.ownerPersonId'],
    [{ deadlineText: '择机' }, 422, 'body.deadlineText'],
    [{ startDate: '2017-12-01', dueDate: '2017-01-01' }, 422, 'body.startDate'],
    [{}, 400, 'body'],
  ])('refuses bad input %o with %i naming the field', async (body, status, field) => {
    const { id, version } = await task(6);
    const res = await admin.send('PATCH', `/api/tasks/${id}`, { ...body, version });
    expect(res.status).toBe(status);
    const error = ((await res.json()) as { error: { details: { field: string }[] } }).error;
    expect(error.details[0]?.field).toBe(field);
  });

  it('refuses moving one end of the window past the stored other end (422 naming it)', async () => {
    const { id, version } = await task(7);
    const set = await admin.send('PATCH', `/api/tasks/${id}`, {
      startDate: '2017-06-01',
      dueDate: '2017-12-31',
      version,
    });
    expect(set.status).toBe(200);
    for (const [body, field] of [
      [{ dueDate: '2017-05-31' }, 'body.dueDate'],
      [{ startDate: '2018-01-01' }, 'body.startDate'],
    ] as const) {
      const res = await admin.send('PATCH', `/api/tasks/${id}`, { ...body, version: version + 1 });
      const error = ((await res.json()) as { error: { details: { field: string }[] } }).error;
      expect([res.status, error.details[0]?.field]).toEqual([422, field]);
    }
    expect((await task(7)).deadline).toMatchObject({ start: '2017-06-01', due: '2017-12-31' });
  });

  it('lets an administrator create a task with a resolved deadline', async () => {
    const res = await admin.send('POST', `/api/plans/${planId}/tasks`, {
      content: '举办全国科普日活动',
      deadlineText: '9月下旬',
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      no: 11,
      deadline: { start: '2017-09-21', due: '2017-09-30' },
      status: 'open',
    });
  });

  it('refuses the owner editing or directly completing their own task (they apply); an administrator completes it', async () => {
    const { id, version } = await task(3);
    expect((await owner.send('PATCH', `/api/tasks/${id}`, { content: 'x', version })).status).toBe(
      403,
    );
    expect((await owner.send('POST', `/api/tasks/${id}/complete`, { version })).status).toBe(403);
    const res = await admin.send('POST', `/api/tasks/${id}/complete`, { version });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'done', light: { light: 'done' } });
  });

  it('refuses the owner completing someone else’s task', async () => {
    const { id, version } = await task(1);
    expect((await owner.send('POST', `/api/tasks/${id}/complete`, { version })).status).toBe(403);
  });

  it('refuses a cookie write without the CSRF token', async () => {
    const { id, version } = await task(7);
    const res = await fetch(`${t.baseUrl}/api/tasks/${id}`, {
      method: 'PATCH',
      headers: { cookie: admin.auth.cookie ?? '', 'content-type': 'application/json' },
      body: JSON.stringify({ notes: 'x', version }),
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({
      error: { code: 'forbidden', message: expect.stringMatching(/CSRF/) as unknown },
    });
  });
});
