import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/stores.js';
import { startSampleApp, type SampleApp } from '../ledger/test-support.js';

type Lights = { done: number; green: number; yellow: number; red: number };
type Group = {
  id: number | null;
  name: string | null;
  total: number;
  done: number;
  lights: Lights;
};
type Listed = { taskId: number; no: number; content: string; owner: { name: string } | null };
type Dashboard = {
  total: number;
  done: number;
  completionRate: number;
  byLight: Lights;
  byDepartment: Group[];
  byLeader: Group[];
  overdue: (Listed & { due: string; daysOverdue: number })[];
  indicatorProgress: { taskId: number; no: number; indicators: number; leastProgress: number }[];
  withoutReportThisMonth: Listed[];
};

const sum = (l: Lights) => l.done + l.green + l.yellow + l.red;

describe.each(engines)('plan dashboard on %s', (kind) => {
  let s: SampleApp;
  let planId: number;
  const dashboard = async (who = s.as.admin) => {
    const res = await who.get(`/api/plans/${planId}/dashboard`);
    expect(res.status).toBe(200);
    return (await res.json()) as Dashboard;
  };

  beforeAll(async () => {
    s = await startSampleApp(kind);
    planId = (await s.db.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => s.t.close());

  it('counts the ten tasks by light, department and leader on 2017-09-30', async () => {
    const d = await dashboard(s.as.bai);
    expect(sum(d.byLight)).toBe(10);
    expect(d).toMatchObject({ total: 10, done: 0, completionRate: 0 });
    const office = d.byDepartment.find((g) => g.name === '办公室');
    expect(office).toMatchObject({ total: 4, done: 0 });
    expect(sum(office?.lights ?? { done: 0, green: 0, yellow: 0, red: 0 })).toBe(4);
    expect(d.byDepartment.map((g) => g.total).reduce((a, b) => a + b)).toBe(10);
    expect(d.byDepartment.map((g) => [g.name, g.total])).toEqual(
      expect.arrayContaining([
        ['学会部', 4],
        ['办公室', 4],
        ['科技馆', 1],
        ['科普部', 1],
      ]),
    );
    expect(d.byLeader.find((g) => g.name === '张家水')).toMatchObject({ total: 5 });
    expect(d.byLeader.map((g) => sum(g.lights)).reduce((a, b) => a + b)).toBe(10);
  });

  it('lists task 1 as 122 days overdue and the least indicator progress per task', async () => {
    const d = await dashboard();
    expect(d.overdue).toEqual([
      expect.objectContaining({
        taskId: await s.task(1),
        no: 1,
        owner: expect.objectContaining({ name: '柏春艳' }) as unknown,
        due: '2017-05-31',
        daysOverdue: 122,
      }),
    ]);
    expect(d.indicatorProgress.map((p) => p.no).sort((a, b) => a - b)).toEqual([2, 3, 4, 6, 7]);
    expect(d.indicatorProgress.find((p) => p.no === 7)).toMatchObject({
      indicators: 2,
      leastProgress: 0,
    });
  });

  it('follows writes: a September report and a completed task change the lists at once', async () => {
    const before = await dashboard();
    expect(before.withoutReportThisMonth.map((t) => t.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const report = await s.as.peng.send('POST', `/api/tasks/${await s.task(2)}/reports`, {
      month: '2017-09',
      done: '已组织32名专家赴企业开展创新助力活动。',
    });
    expect(report.status).toBe(201);
    const complete = await s.as.admin.send('POST', `/api/tasks/${await s.task(3)}/complete`, {
      version: 1,
    });
    expect(complete.status).toBe(200);
    const after = await dashboard();
    expect(after.withoutReportThisMonth.map((t) => t.no)).toEqual([1, 4, 5, 6, 7, 8, 9, 10]);
    expect(after).toMatchObject({ done: 1, completionRate: 0.1 });
    expect(after.byLight.done).toBe(1);
    expect(after.byDepartment.find((g) => g.name === '学会部')).toMatchObject({
      total: 4,
      done: 1,
      lights: expect.objectContaining({ done: 1 }) as unknown,
    });
  });

  it('revalidates with the ETag (304) and answers 404 for an unknown plan', async () => {
    const first = await s.as.liu.get(`/api/plans/${planId}/dashboard`);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    const again = await s.as.liu.get(`/api/plans/${planId}/dashboard`, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect((await s.as.admin.get('/api/plans/999/dashboard')).status).toBe(404);
  });
});
