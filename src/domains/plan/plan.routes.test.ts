import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSamplePlan } from '../../domains/import/load-sample-plan.js';
import { startTestApp, type TestApp } from '../../test/app.js';
import { engines } from '../../test/stores.js';

interface TaskJson {
  no: number;
  content: string;
  owner: { name: string } | null;
  leader: { name: string } | null;
  department: { name: string } | null;
  deadline: { text: string | null; start: string | null; due: string | null };
}

describe.each(engines)('plan API on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, (s) => loadSamplePlan({ db: s.store.db }));
  });
  afterAll(async () => t.close());

  it('reports health with the engine in use', async () => {
    const res = await fetch(`${t.baseUrl}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', db: kind });
  });

  it('lists the worked example with its notice, owners and leaders', async () => {
    const body = (await (await fetch(`${t.baseUrl}/api/plans`)).json()) as {
      plans: Record<string, unknown>[];
    };
    expect(body.plans).toHaveLength(1);
    expect(body.plans[0]).toMatchObject({
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
    expect(body.plans[0]?.owners).toEqual(['柏春艳', '彭国华', '黄永伟', '钱吉伟']);
    expect(body.plans[0]?.leaders).toEqual(['张家水', '柳军', '张道秀']);
  });

  it('serves the 10 tasks in table order with owner, department, leader and resolved deadline', async () => {
    const plans = (await (await fetch(`${t.baseUrl}/api/plans`)).json()) as {
      plans: { id: number }[];
    };
    const res = await fetch(`${t.baseUrl}/api/plans/${plans.plans[0]?.id}/tasks`);
    const { tasks } = (await res.json()) as { tasks: TaskJson[] };
    expect(tasks.map((x) => x.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(tasks[1]).toMatchObject({
      content: '组织100名专家开展创新助力活动',
      owner: { name: '彭国华' },
      department: { name: '学会部' },
      leader: { name: '柳军' },
      deadline: { text: '全年', start: '2017-01-01', due: '2017-12-31' },
    });
    expect(tasks[0]?.deadline).toEqual({
      text: '5月底',
      start: null,
      due: '2017-05-31',
      recurring: null,
    });
  });

  it('answers 404 in the error shape for a plan that does not exist', async () => {
    const res = await fetch(`${t.baseUrl}/api/plans/9999/tasks`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('answers 400 naming the field for a malformed id', async () => {
    const res = await fetch(`${t.baseUrl}/api/plans/abc/tasks`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; details: { field: string }[] } };
    expect(body.error.code).toBe('bad_request');
    expect(body.error.details[0]?.field).toBe('params.id');
  });
});
