/**
 * The inbox (待办) of an owner and of the office, over the real app on the worked example with the
 * clock on 2017-05-20, on both engines: returned reports, reports due this month, deadlines and
 * milestones due soon; last month's missing reports by department, months to close, the bulletin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../test/factories.js';
import { engines } from '../../test/stores.js';
import { startWorkedExampleApp, type ExampleApp } from '../../test/worked-example-app.js';

interface TaskRef {
  id: number;
  planId: number;
  no: number;
  content: string;
  owner: string | null;
  due: string | null;
}

interface InboxJson {
  returnedReports: { id: number; month: string; state: string; task: TaskRef }[];
  dueReports: { task: TaskRef; month: string }[];
  dueSoon: { task: TaskRef; kind: string; due: string; title: string }[];
  missingReports: { unit: { id: number; name: string } | null; tasks: TaskRef[] }[];
  monthsToClose: { month: string }[];
  bulletinToIssue: { planId: number; month: string } | null;
  counts: Record<string, number>;
}

describe.each(engines)('inbox for owners and the office on %s', (kind) => {
  let s: ExampleApp;
  let planId: number;
  const inbox = async (who: Client) => {
    const res = await who.get('/api/inbox');
    expect(res.status).toBe(200);
    return (await res.json()) as InboxJson;
  };
  const report = async (no: number, who: Client, month: string) =>
    who.send('POST', `/api/tasks/${await s.task(no)}/reports`, { month, done: '本月已推进' });
  /** counts.total is every other count added up. */
  const totalIsSum = (counts: Record<string, number>) => {
    const { total, ...rest } = counts;
    expect(total).toBe(Object.values(rest).reduce((a, b) => a + b, 0));
  };

  beforeAll(async () => {
    s = await startWorkedExampleApp(kind, { today: '2017-05-20', audited: [] });
    planId = (await s.db.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => s.t.close());

  it('asks 柏春艳 for May’s report on each of her started tasks, until she sends it', async () => {
    const due = (await inbox(s.as.bai)).dueReports.map((d) => [d.task.no, d.month]);
    expect(due).toEqual([
      [1, '2017-05'],
      [7, '2017-05'],
      [9, '2017-05'],
      [10, '2017-05'],
    ]);
    expect((await report(9, s.as.bai, '2017-05')).status).toBe(201);
    const after = await inbox(s.as.bai);
    expect(after.dueReports.map((d) => d.task.no)).toEqual([1, 7, 10]);
    expect(after.dueReports[0]?.task).toMatchObject({ planId, owner: '柏春艳', due: '2017-05-31' });
  });

  it('lists task 1, due 5月底, and a milestone within 14 days as due soon, soonest first', async () => {
    const task9 = await s.task(9);
    const added = await s.as.admin.send('POST', `/api/tasks/${task9}/milestones`, {
      title: '制度修改稿征求意见',
      due: '2017-05-25',
    });
    expect(added.status).toBe(201);
    const later = await s.as.admin.send('POST', `/api/tasks/${task9}/milestones`, {
      title: '制度印发',
      due: '2017-06-30',
    });
    expect(later.status).toBe(201);
    const soon = (await inbox(s.as.bai)).dueSoon;
    expect(soon.map((d) => [d.task.no, d.kind, d.due, d.title])).toEqual([
      [9, 'milestone', '2017-05-25', '制度修改稿征求意见'],
      [1, 'task', '2017-05-31', '尽快草拟《滁州市科协系统深化改革方案》'],
    ]);
    // 彭国华's tasks run all year: nothing due soon for him.
    expect((await inbox(s.as.peng)).dueSoon).toEqual([]);
  });

  it('shows 柏春艳 the report her leader returned, and asks for the month again', async () => {
    expect((await report(1, s.as.bai, '2017-05')).status).toBe(201);
    expect((await inbox(s.as.bai)).dueReports.map((d) => d.task.no)).toEqual([7, 10]);
    const list = await s.as.zhang.get(`/api/tasks/${await s.task(1)}/reports`);
    const { id, version } = ((await list.json()) as { items: { id: number; version: number }[] })
      .items[0]!;
    const returned = await s.as.zhang.send('POST', `/api/reports/${id}/return`, {
      comment: '请补充方案起草进度',
      version,
    });
    expect(returned.status).toBe(200);
    const bai = await inbox(s.as.bai);
    expect(bai.returnedReports.map((r) => [r.id, r.task.no, r.month, r.state])).toEqual([
      [id, 1, '2017-05', 'returned'],
    ]);
    expect(bai.dueReports.map((d) => d.task.no)).toEqual([1, 7, 10]);
    expect(bai.counts).toMatchObject({ returnedReports: 1, dueReports: 3, dueSoon: 2 });
    totalIsSum(bai.counts);
    // Nobody else's: 彭国华 has no returned report, and no office lines.
    const peng = await inbox(s.as.peng);
    expect(peng.returnedReports).toEqual([]);
    expect(peng).toMatchObject({ missingReports: [], monthsToClose: [], bulletinToIssue: null });
  });

  it('shows the office April’s missing reports by department, months to close and the bulletin', async () => {
    expect((await report(2, s.as.peng, '2017-04')).status).toBe(201);
    const office = await inbox(s.as.admin);
    // Task 4 starts in the second half of the year; task 2 reported April.
    expect(office.missingReports.map((m) => [m.unit?.name, m.tasks.map((t) => t.no)])).toEqual([
      ['办公室', [1, 7, 9, 10]],
      ['学会部', [3, 8]],
      ['科技馆', [5]],
      ['科普部', [6]],
    ]);
    expect(office.monthsToClose).toEqual([
      { month: '2017-01' },
      { month: '2017-02' },
      { month: '2017-03' },
      { month: '2017-04' },
    ]);
    expect(office.bulletinToIssue).toEqual({ planId, month: '2017-04' });
    // A draft of April's bulletin still owes it.
    const draft = await s.as.admin.send('POST', `/api/plans/${planId}/bulletins`, {
      month: '2017-04',
      kind: 'key-work',
    });
    expect(draft.status).toBe(201);
    expect((await inbox(s.as.admin)).bulletinToIssue).toEqual({ planId, month: '2017-04' });
    expect(office.counts).toMatchObject({
      missingReports: 8,
      monthsToClose: 4,
      bulletinToIssue: 1,
    });
    totalIsSum(office.counts);
    // The office's lines are the administrators' alone.
    expect(await inbox(s.as.zhang)).toMatchObject({
      missingReports: [],
      monthsToClose: [],
      bulletinToIssue: null,
    });
    // Issued (签发), it is owed no more.
    const { id } = (await draft.json()) as { id: number };
    expect((await s.as.admin.send('POST', `/api/bulletins/${id}/issue`, {})).status).toBe(200);
    expect((await inbox(s.as.admin)).bulletinToIssue).toBeNull();
  });

  it('drops a closed month, and with April closed its missing reports too', async () => {
    expect((await s.as.admin.send('POST', '/api/months/2017-01/close')).status).toBe(201);
    expect((await inbox(s.as.admin)).monthsToClose.map((m) => m.month)).toEqual([
      '2017-02',
      '2017-03',
      '2017-04',
    ]);
    expect((await s.as.admin.send('POST', '/api/months/2017-04/close')).status).toBe(201);
    const office = await inbox(s.as.admin);
    expect(office.missingReports).toEqual([]);
    expect(office.monthsToClose.map((m) => m.month)).toEqual(['2017-02', '2017-03']);
  });

  it('reads a past year’s plan as of its last day: its months to close, its lights', async () => {
    s.setToday('2026-12-07');
    try {
      const office = await inbox(s.as.admin);
      const months = office.monthsToClose.map((m) => m.month);
      // January and April were closed above; no 2026 plan, so no 2026 month is owed.
      expect(months).toHaveLength(10);
      expect(months.every((m) => m.startsWith('2017-'))).toBe(true);
      const lights = (await (await s.as.admin.get(`/api/plans/${planId}/tasks`)).json()) as {
        items: { id: number; light: { light: string; reason: string } }[];
        asOf: string;
      };
      expect(lights.asOf).toBe('2017-12-31');
      const leader = (await (await s.as.liu.get('/api/inbox')).json()) as {
        changedLights: { task: TaskRef; to: string; reason: string }[];
      };
      expect(leader.changedLights.length).toBeGreaterThan(0);
      for (const line of leader.changedLights) {
        const listed = lights.items.find((t) => t.id === line.task.id);
        expect([line.to, line.reason]).toEqual([listed?.light.light, listed?.light.reason]);
      }
    } finally {
      s.setToday('2017-05-20');
    }
  });

  it('asks nothing of the owner once the plan’s year is over', async () => {
    s.setToday('2018-01-10');
    try {
      const bai = await inbox(s.as.bai);
      expect(bai).toMatchObject({ dueReports: [], dueSoon: [] });
    } finally {
      s.setToday('2017-05-20');
    }
  });
});
