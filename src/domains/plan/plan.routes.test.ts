import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSamplePlan } from './load-sample-plan.js';
import { startTestApp, type TestApp } from '../../test/app.js';
import { buildUser, logInClient, type Client } from '../../test/factories.js';
import { engines } from '../../test/stores.js';

interface TaskJson {
  no: number;
  content: string;
  owner: { name: string } | null;
  leader: { name: string } | null;
  department: { name: string } | null;
  deadline: {
    text: string | null;
    start: string | null;
    due: string | null;
    recurring: string | null;
  };
}

describe.each(engines)('plan API on %s', (kind) => {
  let t: TestApp;
  let admin: Client;
  let planId: number;
  beforeAll(async () => {
    t = await startTestApp(kind, async (s) => {
      planId = (await loadSamplePlan({ db: s.store.db }))?.planId ?? 0;
      await buildUser(s.store.db, { username: 'admin', role: 'admin' });
    });
    admin = await logInClient(t.baseUrl, 'admin');
  });
  afterAll(async () => t.close());

  it('reports health with the engine in use, without a login', async () => {
    const res = await fetch(`${t.baseUrl}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', db: kind });
  });

  it('refuses the plan list without a login', async () => {
    const res = await fetch(`${t.baseUrl}/api/plans`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'unauthenticated' } });
  });

  it('lists the worked example with its notice, owners and leaders', async () => {
    const body = (await (await admin.get('/api/plans')).json()) as {
      items: Record<string, unknown>[];
      total: number;
    };
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({
      year: 2017,
      title: '滁州市科协2017年工作要点',
      state: 'published',
      taskCount: 10,
      notice: {
        docNumber: '滁科协〔2017〕2号',
        issueDate: '2017-05-04',
        copyTo: ['市委', '市政府', '省科协'],
      },
    });
    expect(body.items[0]?.owners).toEqual(['柏春艳', '彭国华', '黄永伟', '钱吉伟']);
    expect(body.items[0]?.leaders).toEqual(['张家水', '柳军', '张道秀']);
  });

  it('serves the 10 tasks in table order with owner, department, leader and resolved deadline', async () => {
    const res = await admin.get(`/api/plans/${planId}/tasks`);
    const { items, total } = (await res.json()) as { items: TaskJson[]; total: number };
    expect(total).toBe(10);
    expect(items.map((x) => x.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(items[1]).toMatchObject({
      content: '组织100名专家开展创新助力活动',
      owner: { name: '彭国华' },
      department: { name: '学会部' },
      leader: { name: '柳军' },
      deadline: { text: '全年', start: '2017-01-01', due: '2017-12-31' },
    });
    expect(items[0]?.deadline).toEqual({
      text: '5月底',
      start: null,
      due: '2017-05-31',
      recurring: null,
    });
  });

  it('shows the outline with key tasks linked to items and tasks', async () => {
    const res = await admin.get(`/api/plans/${planId}`);
    expect(res.headers.get('etag')).toBe('"v1"');
    const plan = (await res.json()) as {
      sections: unknown[];
      items: unknown[];
      keyTasks: { no: number; items: { no: number }[]; tasks: { no: number }[] }[];
      warnings: { about: string }[];
    };
    expect([plan.sections.length, plan.items.length, plan.keyTasks.length]).toEqual([5, 17, 10]);
    expect(plan.keyTasks[4]).toMatchObject({ no: 5, items: [{ no: 8 }], tasks: [{ no: 5 }] });
    expect(plan.warnings.map((w) => w.about)).toEqual(['keyTask 8 vs tableRow 8']);
  });

  it('answers 404 in the error shape for a plan that does not exist', async () => {
    const res = await admin.get('/api/plans/9999/tasks');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('answers 400 naming the field for a malformed id', async () => {
    const res = await admin.get('/api/plans/abc/tasks');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; details: { field: string }[] } };
    expect(body.error.code).toBe('bad_request');
    expect(body.error.details[0]?.field).toBe('params.id');
  });
});
