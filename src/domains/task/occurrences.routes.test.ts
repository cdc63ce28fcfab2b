import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/stores.js';
import { startTrackingApp, type TrackingApp } from './tracking-test-support.js';

interface OccurrencesJson {
  recurring: string | null;
  dayOfMonth: number | null;
  current: string | null;
  missed: number;
  items: { period: string; due: string; met: boolean; light: string }[];
  total: number;
}

describe.each(engines)('recurring obligations API on %s', (kind) => {
  let s: TrackingApp;
  let taskId: number;
  const occurrences = async () =>
    (await (await s.as.peng.get(`/api/tasks/${taskId}/occurrences`)).json()) as OccurrencesJson;
  const lights = async () =>
    Object.fromEntries((await occurrences()).items.map((o) => [o.period.slice(5), o.light]));
  const taskLight = async () =>
    ((await (await s.as.admin.get(`/api/tasks/${taskId}`)).json()) as { light: unknown }).light;
  const submit = async (month: string) =>
    s.as.peng.send('POST', `/api/tasks/${taskId}/reports`, { month, done: `${month} 报送` });

  beforeAll(async () => {
    s = await startTrackingApp(kind);
    s.setDay('2017-01-05');
    const res = await s.as.admin.send('POST', `/api/plans/${s.planId}/tasks`, {
      content: '每月报送科协信息',
      deadlineText: '每月25日前',
      ownerPersonId: await s.person('彭国华'),
    });
    taskId = ((await res.json()) as { id: number }).id;
  });
  afterAll(async () => s.t.close());

  it('reads 每月25日前 as twelve monthly occurrences due on the 25th', async () => {
    const o = await occurrences();
    expect([o.recurring, o.dayOfMonth, o.total]).toEqual(['monthly', 25, 12]);
    expect(o.items[1]).toMatchObject({ period: '2017-02', due: '2017-02-25' });
  });

  it('shows January to July done, August red and September green on 2017-08-28', async () => {
    for (const month of ['01', '02', '03', '04', '05', '06', '07']) {
      s.setDay(`2017-${month}-20`);
      expect((await submit(`2017-${month}`)).status).toBe(201);
    }
    s.setDay('2017-08-28');
    expect(await lights()).toMatchObject({
      '01': 'done',
      '07': 'done',
      '08': 'red',
      '09': 'green',
      '12': 'green',
    });
    expect(await occurrences()).toMatchObject({ current: '2017-08', missed: 1 });
    expect(await taskLight()).toEqual({ light: 'red', reason: 'occurrence_missed', missed: 1 });
  });

  it('keeps a late report from meeting its occurrence', async () => {
    expect((await submit('2017-08')).status).toBe(201);
    expect((await lights())['08']).toBe('red');
  });

  it('turns September yellow within 7 days of its due, and green for the task once reported', async () => {
    s.setDay('2017-09-20');
    expect(await lights()).toMatchObject({ '08': 'red', '09': 'yellow', '10': 'green' });
    expect(await taskLight()).toEqual({ light: 'yellow', reason: 'occurrence_due', missed: 1 });
    expect((await submit('2017-09')).status).toBe(201);
    expect((await lights())['09']).toBe('done');
    expect(await taskLight()).toEqual({ light: 'green', reason: 'occurrence_met', missed: 1 });
  });

  it('passes over a report whose stored submission time names no instant, and still answers', async () => {
    // Written straight into the table, as old data would be.
    await s.db
      .updateTable('progress_reports')
      .set({ submitted_at: '2017-02-30T25:00:00Z' })
      .where('task_id', '=', taskId)
      .where('month', '=', '2017-09')
      .execute();
    expect((await lights())['09']).toBe('yellow');
    expect(await taskLight()).toEqual({ light: 'yellow', reason: 'occurrence_due', missed: 1 });
  });

  it('answers an empty list for a task that does not recur', async () => {
    const res = await s.as.peng.get(`/api/tasks/${await s.task(2)}/occurrences`);
    expect(await res.json()).toEqual({
      recurring: null,
      dayOfMonth: null,
      current: null,
      missed: 0,
      items: [],
      total: 0,
    });
  });
});
