import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/stores.js';
import { anonymousClient, type Client } from '../../test/factories.js';
import { runReminders } from './run-reminders.js';
import { recordingLog, startNotifyApp, type NotifyApp } from './test-support.js';

type Notification = { id: number; kind: string; taskId: number; body: string; read: boolean };
type List = { items: Notification[]; total: number };

describe.each(engines)('notifications API on %s', (kind) => {
  let s: NotifyApp;
  const list = async (who: Client, query = '') =>
    (await (await who.get(`/api/notifications${query}`)).json()) as List;

  beforeAll(async () => {
    s = await startNotifyApp(kind);
    // 2017-09-30: month end; task 1 (due 5月底) long overdue.
    await runReminders({
      db: s.db,
      today: '2017-09-30',
      now: new Date('2017-09-30T01:00:00Z'),
      log: recordingLog(),
    });
  });
  afterAll(async () => s.t.close());

  it('lists each account’s own notifications only, newest first', async () => {
    const peng = await list(s.as.peng);
    const pengTasks = await Promise.all([2, 3, 4, 8].map((no) => s.task(no)));
    expect(peng.total).toBe(4);
    expect(peng.items.map((n) => n.taskId).sort()).toEqual(pengTasks.sort());
    expect(peng.items.every((n) => n.kind === 'report_missing' && !n.read)).toBe(true);
    const bai = await list(s.as.bai);
    expect(bai.total).toBe(5);
    expect(bai.items.map((n) => n.kind)).toContain('escalated');
    const ids = bai.items.map((n) => n.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect((await list(s.as.admin)).total).toBe(0);
    expect((await anonymousClient(s.t.baseUrl).get('/api/notifications')).status).toBe(401);
  });

  it('marks one read (only one’s own: 403 otherwise, 404 when missing) and filters unread=1', async () => {
    const [first] = (await list(s.as.peng)).items;
    expect((await s.as.bai.send('POST', `/api/notifications/${first!.id}/read`)).status).toBe(403);
    expect((await s.as.peng.send('POST', '/api/notifications/999999/read')).status).toBe(404);
    const before = await s.audits('notification');
    const res = await s.as.peng.send('POST', `/api/notifications/${first!.id}/read`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: first!.id, read: true });
    expect((await s.as.peng.send('POST', `/api/notifications/${first!.id}/read`)).status).toBe(200);
    expect(await s.audits('notification')).toBe(before + 1);
    const unread = await list(s.as.peng, '?unread=1');
    expect(unread.total).toBe(3);
    expect(unread.items.map((n) => n.id)).not.toContain(first!.id);
    expect((await list(s.as.peng, '?unread=0')).total).toBe(4);
    expect((await list(s.as.peng, '?limit=2')).items).toHaveLength(2);
  });

  it('marks all of one’s own read with one audit event, leaving others’ unread', async () => {
    const before = await s.audits('notification');
    const res = await s.as.peng.send('POST', '/api/notifications/read-all');
    expect([res.status, await res.json()]).toEqual([200, { updated: 3 }]);
    expect(await s.audits('notification')).toBe(before + 1);
    expect((await list(s.as.peng, '?unread=1')).total).toBe(0);
    expect((await list(s.as.bai, '?unread=1')).total).toBe(5);
    const again = await s.as.peng.send('POST', '/api/notifications/read-all');
    expect(await again.json()).toEqual({ updated: 0 });
    expect(await s.audits('notification')).toBe(before + 1);
  });

  it('needs the CSRF token for cookie writes and rejects a bad id (400)', async () => {
    const res = await s.as.bai.send('POST', '/api/notifications/read-all', undefined, {
      'x-csrf-token': 'wrong',
    });
    expect(res.status).toBe(403);
    const bad = await s.as.bai.send('POST', '/api/notifications/abc/read');
    const body = (await bad.json()) as { error: { details: { field: string }[] } };
    expect([bad.status, body.error.details[0]?.field]).toEqual([400, 'params.id']);
  });
});
