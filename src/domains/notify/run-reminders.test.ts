import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/stores.js';
import { runReminders } from './run-reminders.js';
import { recordingLog, startNotifyApp, type NotifyApp } from './test-support.js';

const now = new Date('2017-05-24T01:00:00Z');
const log = recordingLog();

describe.each(engines)('runReminders on %s', (kind) => {
  let s: NotifyApp;
  const notes = async (username: string) =>
    s.db
      .selectFrom('notifications')
      .innerJoin('users', 'users.id', 'notifications.user_id')
      .innerJoin('tasks', 'tasks.id', 'notifications.task_id')
      .select(['tasks.no', 'notifications.kind', 'notifications.body', 'notifications.dedupe_key'])
      .where('users.username', '=', username)
      .orderBy('notifications.id')
      .execute();

  beforeAll(async () => {
    s = await startNotifyApp(kind);
  });
  afterAll(async () => s.t.close());

  it('on 2017-05-24 tells 柏春艳 that task 1 (5月底) falls due in 7 days; a second run adds nothing', async () => {
    const first = await runReminders({ db: s.db, today: '2017-05-24', now, log });
    expect(first).toEqual({
      today: '2017-05-24',
      reminders: 1,
      notifications: 1,
      deliveries: 0,
      skipped: 0,
    });
    expect(await notes('bai')).toEqual([
      {
        no: 1,
        kind: 'due_soon',
        dedupe_key: `due_soon:${await s.task(1)}:2017-05-24`,
        body: '【督办提醒】任务“尽快草拟《滁州市科协系统深化改革方案》”将于 2017-05-31 到期（还有 7 天）。/ Task 1 is due on 2017-05-31 (7 days left).',
      },
    ]);
    const again = await runReminders({ db: s.db, today: '2017-05-24', now, log });
    expect(again).toEqual({ ...first, notifications: 0 });
    expect(await runReminders({ db: s.db, today: '2017-05-26', now, log })).toMatchObject({
      reminders: 1,
      notifications: 0,
    });
    expect(await notes('bai')).toHaveLength(1);
    expect(await notes('peng')).toEqual([]);
    expect(await s.audits('reminder_run')).toBe(1);
  });

  it('escalates task 1 at 14 days overdue to 柏春艳, the head of 办公室 and 张家水, not 柳军', async () => {
    const counts = await runReminders({ db: s.db, today: '2017-06-14', now, log });
    expect(counts).toMatchObject({ reminders: 1, notifications: 3 });
    for (const user of ['bai', 'office-head', 'zhang'])
      expect((await notes(user)).at(-1)).toMatchObject({
        no: 1,
        kind: 'escalated',
        body: expect.stringContaining('已逾期 14 天（截止 2017-05-31），责任人：柏春艳') as unknown,
      });
    expect(await notes('liu')).toEqual([]);
    expect(await s.audits('reminder_run')).toBe(2);
  });

  it('chases missing September reports on 2017-09-30 but not for reported or completed tasks', async () => {
    await s.as.peng.send('POST', `/api/tasks/${await s.task(2)}/reports`, {
      month: '2017-09',
      done: '已组织32名专家',
    });
    const res = await s.as.admin.send('POST', `/api/tasks/${await s.task(3)}/complete`, {
      version: 1,
    });
    expect(res.status).toBe(200);
    await runReminders({ db: s.db, today: '2017-09-30', now, log });
    const peng = await notes('peng');
    expect(peng.map((n) => [n.no, n.kind])).toEqual([
      [4, 'report_missing'],
      [8, 'report_missing'],
    ]);
    expect(peng[0]?.body).toContain('尚未报送2017年9月进展情况');
  });

  it('ignores the tasks of a plan back in draft', async () => {
    await s.db.updateTable('plans').set({ state: 'draft' }).execute();
    expect(await runReminders({ db: s.db, today: '2017-10-31', now, log })).toMatchObject({
      reminders: 0,
      notifications: 0,
    });
    await s.db.updateTable('plans').set({ state: 'published' }).execute();
  });

  it('skips and logs rows with impossible dates or unreadable events, and reminds the rest', async () => {
    const [bad1, bad2] = [await s.task(1), await s.task(2)];
    // Written straight into the tables, as old data would be: the API refuses these.
    await s.db
      .updateTable('tasks')
      .set({ due_date: '2017-13-45' })
      .where('id', '=', bad1)
      .execute();
    await s.db
      .updateTable('tasks')
      .set({ start_date: '0000-00-00' })
      .where('id', '=', bad2)
      .execute();
    const webhook = (name: string, events: string) => ({
      name,
      url: 'http://127.0.0.1:9/hook',
      format: 'json',
      events,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    });
    const [good, broken] = await s.db
      .insertInto('webhooks')
      .values([webhook('good', '["report_missing"]'), webhook('broken', '["report_missing"')])
      .returning('id')
      .execute();
    const warnings = log.warnings.length;

    const counts = await runReminders({ db: s.db, today: '2017-11-30', now, log });

    const reminded = await s.db
      .selectFrom('notifications')
      .select('task_id')
      .distinct()
      .where('dedupe_key', 'like', 'report_missing:%:2017-11')
      .execute();
    const tasks = reminded.map((r) => r.task_id);
    expect(tasks.length).toBeGreaterThan(3);
    expect(tasks).not.toContain(bad1);
    expect(tasks).not.toContain(bad2);
    expect(counts).toMatchObject({ skipped: 3, deliveries: counts.reminders });
    expect(counts.reminders).toBeGreaterThanOrEqual(tasks.length);
    const queued = await s.db
      .selectFrom('webhook_deliveries')
      .select('webhook_id')
      .distinct()
      .execute();
    expect(queued.map((d) => d.webhook_id)).toEqual([good?.id]);
    expect(log.warnings.slice(warnings)).toEqual([
      { job: 'reminder run', table: 'tasks', id: bad1, column: 'due_date', value: '2017-13-45' },
      { job: 'reminder run', table: 'tasks', id: bad2, column: 'start_date', value: '0000-00-00' },
      {
        job: 'reminder run',
        table: 'webhooks',
        id: broken?.id,
        column: 'events',
        value: '["report_missing"',
      },
    ]);
  });
});
