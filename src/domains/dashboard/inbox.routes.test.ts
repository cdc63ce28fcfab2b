import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../test/factories.js';
import { engines } from '../../test/stores.js';
import { startReviewApp, type ReviewApp } from '../review/test-support.js';

interface InboxJson {
  reports: { month: string; state: string; task: { no: number } }[];
  extensions: unknown[];
  changedLights: { task: { no: number }; from: string | null; to: string; reason: string }[];
  counts: { reports: number; extensions: number; changedLights: number; total: number };
  seenAt: string | null;
}

describe.each(engines)('leader inbox on %s', (kind) => {
  let s: ReviewApp;
  const inbox = async (who: Client) => (await (await who.get('/api/inbox')).json()) as InboxJson;
  const changes = async (who: Client) =>
    (await inbox(who)).changedLights.map((c) => [c.task.no, c.from, c.to, c.reason]);
  const report = async (no: number, who: Client, month = '2017-05') =>
    who.send('POST', `/api/tasks/${await s.task(no)}/reports`, { month, done: '本月已推进' });

  beforeAll(async () => {
    s = await startReviewApp(kind);
  });
  afterAll(async () => s.t.close());

  it('shows 张家水, who never looked, every task he leads that is red or yellow on 2017-05-20', async () => {
    expect(await changes(s.as.zhang)).toEqual([
      [1, null, 'yellow', 'no_report'],
      [5, null, 'yellow', 'no_report'],
      [6, null, 'red', 'far_behind'],
      [9, null, 'yellow', 'no_report'],
      [10, null, 'yellow', 'no_report'],
    ]);
    expect((await inbox(s.as.zhang)).seenAt).toBeNull();
  });

  it('lists a submitted report for its leader and for administrators, not for other leaders', async () => {
    expect((await report(2, s.as.peng)).status).toBe(201);
    const liu = await inbox(s.as.liu);
    expect(liu.reports).toMatchObject([{ month: '2017-05', state: 'submitted', task: { no: 2 } }]);
    expect(liu.counts).toMatchObject({ reports: 1, extensions: 0 });
    expect((await inbox(s.as.admin)).counts.reports).toBe(1);
    expect((await inbox(s.as.zhang)).counts.reports).toBe(0);
  });

  it('drops the report once reviewed', async () => {
    const list = await s.as.admin.get(`/api/tasks/${await s.task(2)}/reports`);
    const { id } = ((await list.json()) as { items: { id: number }[] }).items[0]!;
    const accepted = await s.as.liu.send('POST', `/api/reports/${id}/accept`, { version: 1 });
    expect(accepted.status).toBe(200);
    expect((await inbox(s.as.liu)).counts.reports).toBe(0);
  });

  it('gives an owner who leads nothing no line to review or decide', async () => {
    expect((await inbox(s.as.bai)).counts).toMatchObject({
      reports: 0,
      extensions: 0,
      changedLights: 0,
    });
  });

  it('clears the changed lights after POST /api/inbox/seen, and good news stays out', async () => {
    const seen = await s.as.zhang.send('POST', '/api/inbox/seen');
    expect([seen.status, await seen.json()]).toEqual([
      200,
      { seenAt: '2017-05-20T04:00:00.000Z', tasks: 5 },
    ]);
    expect(await inbox(s.as.zhang)).toMatchObject({
      changedLights: [],
      counts: { changedLights: 0 },
      seenAt: '2017-05-20T04:00:00.000Z',
    });
    // Task 9 reported for May: yellow turns green, which needs no action.
    expect((await report(9, s.as.bai)).status).toBe(201);
    expect(await changes(s.as.zhang)).toEqual([]);
  });

  it('lists task 1 going from yellow to red when 5月底 passes, then clears it again', async () => {
    s.setToday('2017-06-01');
    try {
      // Tasks 5, 9 and 10 are yellow again for June, as they were when last seen: not listed.
      expect(await changes(s.as.zhang)).toEqual([[1, 'yellow', 'red', 'overdue']]);
      // 柏春艳's May report for task 9 still waits for him as well.
      const counts = { reports: 1, extensions: 0, changedLights: 1, total: 2 };
      expect((await inbox(s.as.zhang)).counts).toMatchObject(counts);
      expect((await s.as.zhang.send('POST', '/api/inbox/seen')).status).toBe(200);
      expect(await changes(s.as.zhang)).toEqual([]);
    } finally {
      s.setToday('2017-05-20');
    }
  });

  it('records one audit event per "seen"', async () => {
    expect(await s.auditCount()).toBe(2);
  });
});
