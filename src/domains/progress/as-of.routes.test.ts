/**
 * 统计日期 over HTTP: the 2017 worked example read with the clock in December 2026 counts as of
 * 2017-12-31 (no overdue day past it), a picked day counts only the evidence and reports by then,
 * the answers say which day they used, and reports or evidence outside 2017 are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/stores.js';
import { startWorkedExampleApp, type ExampleApp } from '../../test/worked-example-app.js';
import { sheetOf } from '../table-export/test-support.js';

type ErrorJson = { error: { code: string; message: string; details: { field: string }[] } };
type Listed = { taskId: number; no: number };
type Dashboard = {
  today: string;
  asOf: string;
  overdue: (Listed & { due: string; daysOverdue: number })[];
  withoutReportThisMonth: Listed[];
};
type TaskList = { items: { id: number; no: number; light: { light: string } }[]; asOf: string };
type TaskPage = {
  asOf: string;
  period: { start: string; end: string };
  light: { light: string; reason: string };
  indicators: { id: number; actual: number }[];
};
type Plan = { id: number; period: { start: string; end: string }; defaultAsOf: string };

const period2017 = { start: '2017-01-01', end: '2017-12-31' };
const dayMs = 86_400_000;
const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs;

describe.each(engines)('统计日期 (as-of day) on %s', (kind) => {
  let s: ExampleApp;
  let planId: number;
  let task2: number;
  let experts: number;
  const json = async <T>(path: string, who = s.as.bai): Promise<T> => {
    const res = await who.get(path);
    expect(res.status, path).toBe(200);
    return (await res.json()) as T;
  };

  beforeAll(async () => {
    s = await startWorkedExampleApp(kind, {
      today: '2026-12-07',
      audited: ['ledger_entry', 'progress_report'],
    });
    planId = (await s.db.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id;
    task2 = await s.task(2);
    experts = (
      await s.db
        .selectFrom('indicators')
        .select('id')
        .where('task_id', '=', task2)
        .orderBy('id')
        .executeTakeFirstOrThrow()
    ).id;
    // One expert in September, one in October; the September report of task 2.
    for (const [entryDate, subject] of [
      ['2017-09-15', '王教授'],
      ['2017-10-20', '李研究员'],
    ]) {
      const res = await s.as.peng.send('POST', `/api/indicators/${experts}/ledger`, {
        entryDate,
        subject,
      });
      expect(res.status).toBe(201);
    }
    const report = await s.as.peng.send('POST', `/api/tasks/${task2}/reports`, {
      month: '2017-09',
      done: '已邀请专家',
    });
    expect(report.status).toBe(201);
  });
  afterAll(async () => s.t.close());

  it('gives the plan its period and, its year over, 2017-12-31 as the default day', async () => {
    const list = await json<{ items: Plan[] }>('/api/plans');
    expect(list.items.find((p) => p.id === planId)).toMatchObject({
      period: period2017,
      defaultAsOf: '2017-12-31',
    });
    expect(await json<Plan>(`/api/plans/${planId}`)).toMatchObject({
      period: period2017,
      defaultAsOf: '2017-12-31',
    });
  });

  it('opens the dashboard as of 2017-12-31: no overdue day counted past it', async () => {
    const d = await json<Dashboard>(`/api/plans/${planId}/dashboard`);
    expect(d).toMatchObject({ asOf: '2017-12-31', today: '2026-12-07' });
    expect(d.overdue.length).toBeGreaterThan(0);
    for (const t of d.overdue) {
      expect(t.due <= '2017-12-31').toBe(true);
      expect(t.daysOverdue).toBe(daysBetween(t.due, '2017-12-31'));
    }
    // Task 1 was due 2017-05-31: 214 days overdue at the year's end, not 3,477 on 2026-12-07.
    expect(d.overdue.find((t) => t.no === 1)).toMatchObject({ daysOverdue: 214 });
    // The month checked is December 2017: task 2 reported September only.
    expect(d.withoutReportThisMonth.map((t) => t.no)).toContain(2);
  });

  it('counts the dashboard as of a picked day: September 2017', async () => {
    const d = await json<Dashboard>(`/api/plans/${planId}/dashboard?asOf=2017-09-30`);
    expect(d.asOf).toBe('2017-09-30');
    expect(d.overdue.find((t) => t.no === 1)).toMatchObject({ daysOverdue: 122 });
    expect(d.withoutReportThisMonth.map((t) => t.no)).not.toContain(2);
  });

  it('counts the task page’s actuals from the evidence dated by the as-of day', async () => {
    const byDefault = await json<TaskPage>(`/api/tasks/${task2}`);
    expect(byDefault).toMatchObject({ asOf: '2017-12-31', period: period2017 });
    expect(byDefault.indicators.find((i) => i.id === experts)?.actual).toBe(2);
    const september = await json<TaskPage>(`/api/tasks/${task2}?asOf=2017-09-30`);
    expect(september).toMatchObject({ asOf: '2017-09-30', period: period2017 });
    // The October expert is not counted yet.
    expect(september.indicators.find((i) => i.id === experts)?.actual).toBe(1);
    const task1 = await json<TaskPage>(`/api/tasks/${await s.task(1)}?asOf=2017-04-30`);
    expect(task1.light.reason).not.toBe('overdue');
  });

  it('says the day of every task list: the plan’s default, a picked one, or today', async () => {
    const plan = await json<TaskList>(`/api/plans/${planId}/tasks?limit=100`);
    expect(plan.asOf).toBe('2017-12-31');
    expect(plan.items).toHaveLength(10);
    const picked = await json<TaskList>(`/api/plans/${planId}/tasks?asOf=2017-09-30`);
    expect(picked.asOf).toBe('2017-09-30');
    expect((await json<TaskList>(`/api/tasks?planId=${planId}`)).asOf).toBe('2017-12-31');
    // Without a plan the tasks may span years: today. The cache follows the day.
    expect((await json<TaskList>('/api/tasks')).asOf).toBe('2026-12-07');
    s.setToday('2026-12-08');
    try {
      expect((await json<TaskList>('/api/tasks')).asOf).toBe('2026-12-08');
      expect((await json<TaskList>(`/api/plans/${planId}/tasks`)).asOf).toBe('2017-12-31');
    } finally {
      s.setToday('2026-12-07');
    }
  });

  it('exports the responsibility table as of the plan’s last day or a picked one', async () => {
    const cell = async (query: string) => {
      const res = await s.as.bai.get(`/api/plans/${planId}/table.xlsx${query}`);
      expect(res.status).toBe(200);
      const { sheet } = await sheetOf(await res.arrayBuffer(), '重点工作任务表');
      return sheet.getCell('I4').value;
    };
    expect(await cell('')).toBe('专家不少于100名：实际2名（2%）');
    expect(await cell('?asOf=2017-09-30')).toBe('专家不少于100名：实际1名（1%）');
  });

  it.each([
    ['a day that does not exist', '2017-02-30'],
    ['a slashed day', '2017/09/30'],
    ['a month', '2017-09'],
  ])('refuses %s as asOf on every read that counts (400)', async (_what, asOf) => {
    for (const path of [
      `/api/plans/${planId}/dashboard`,
      `/api/plans/${planId}/tasks`,
      '/api/tasks',
      `/api/tasks/${task2}`,
      `/api/plans/${planId}/table.xlsx`,
    ]) {
      const res = await s.as.bai.get(`${path}?asOf=${encodeURIComponent(asOf)}`);
      expect([path, res.status]).toEqual([path, 400]);
      const body = (await res.json()) as ErrorJson;
      expect(body.error.details[0]?.field).toBe('querystring.asOf');
    }
  });

  it('refuses reports and evidence outside 2017, naming the field, and stores nothing', async () => {
    const audits = await s.auditCount();
    const reports = () =>
      s.db.selectFrom('progress_reports').select('month').where('task_id', '=', task2).execute();
    const entries = () =>
      s.db.selectFrom('ledger_entries').select('id').where('indicator_id', '=', experts).execute();
    const [reportsBefore, entriesBefore] = [await reports(), await entries()];
    for (const month of ['2026-12', '2018-01', '2016-12']) {
      const res = await s.as.peng.send('POST', `/api/tasks/${task2}/reports`, {
        month,
        done: '本月已推进',
      });
      const body = (await res.json()) as ErrorJson;
      expect([month, res.status, body.error.details[0]?.field]).toEqual([month, 400, 'body.month']);
      expect(body.error.message).toMatch(/^报送月份须在工作要点年度内（2017年1月至12月）/);
    }
    for (const entryDate of ['2026-12-07', '2018-01-01', '2016-12-31']) {
      const res = await s.as.peng.send('POST', `/api/indicators/${experts}/ledger`, {
        entryDate,
        subject: '张博士',
      });
      const body = (await res.json()) as ErrorJson;
      expect([entryDate, res.status, body.error.details[0]?.field]).toEqual([
        entryDate,
        400,
        'body.entryDate',
      ]);
      expect(body.error.message).toMatch(/^台账日期须在工作要点年度内（2017年1月1日至12月31日）/);
    }
    expect(await reports()).toEqual(reportsBefore);
    expect(await entries()).toEqual(entriesBefore);
    expect(await s.auditCount()).toBe(audits);
  });
});
