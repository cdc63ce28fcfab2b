import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/stores.js';
import { errorField, startTrackingApp, type TrackingApp } from './tracking-test-support.js';

interface MilestoneJson {
  id: number;
  title: string;
  due: string;
  doneAt: string | null;
  evidence: string | null;
  state: string;
  version: number;
}
const milestones = [
  { title: '天长市科技馆开建', due: '2017-06-30' },
  { title: '定远县科技馆布展', due: '2017-09-30' },
  { title: '全椒气象科普馆对外开放', due: '2017-12-31' },
];

describe.each(engines)('milestone API on %s', (kind) => {
  let s: TrackingApp;
  let taskId: number;
  const ids: number[] = [];
  let writes = 0;
  const counted = (res: Response) => {
    if (res.ok) writes++;
    return res;
  };
  const light = async () =>
    ((await (await s.as.admin.get(`/api/tasks/${taskId}`)).json()) as { light: unknown }).light;
  const done = async (id: number, body: unknown, headers = {}, who = s.as.peng) =>
    counted(await who.send('POST', `/api/milestones/${id}/done`, body, headers));
  const patch = async (id: number, body: unknown, headers = {}, who = s.as.admin) =>
    counted(await who.send('PATCH', `/api/milestones/${id}`, body, headers));

  beforeAll(async () => {
    s = await startTrackingApp(kind);
    taskId = await s.task(8);
  });
  afterAll(async () => s.t.close());

  it('lets an administrator add three milestones to task 8 (201, v1) but not its owner (403)', async () => {
    s.setDay('2017-06-20');
    for (const m of milestones) {
      const res = counted(await s.as.admin.send('POST', `/api/tasks/${taskId}/milestones`, m));
      expect([res.status, res.headers.get('etag')]).toEqual([201, '"v1"']);
      ids.push(((await res.json()) as MilestoneJson).id);
    }
    const byOwner = await s.as.peng.send('POST', `/api/tasks/${taskId}/milestones`, milestones[0]);
    expect(byOwner.status).toBe(403);
    const list = (await (await s.as.peng.get(`/api/tasks/${taskId}/milestones`)).json()) as {
      items: MilestoneJson[];
      total: number;
    };
    expect(list.total).toBe(3);
    expect(list.items.map((m) => [m.title, m.due, m.state])).toEqual(
      milestones.map((m) => [m.title, m.due, 'open']),
    );
  });

  it('paces the task by milestones done, and turns it red once the first is 30 days late', async () => {
    // none of three done at 54% of the year: far behind outweighs a two-week-late milestone
    s.setDay('2017-07-15');
    expect(await light()).toEqual({ light: 'red', reason: 'far_behind' });
    s.setDay('2017-09-05');
    expect(await light()).toEqual({ light: 'red', reason: 'milestone_overdue' });
  });

  it('lets the owner mark the first done with evidence (If-Match), once; others get 403', async () => {
    s.setDay('2017-08-10');
    const first = ids[0] ?? 0;
    expect((await done(first, { evidence: '开工照片' }, {}, s.as.bai)).status).toBe(403);
    const res = await done(
      first,
      { evidence: '天长市科技馆开工仪式照片及报道' },
      { 'if-match': '"v1"' },
    );
    expect([res.status, res.headers.get('etag')]).toEqual([200, '"v2"']);
    expect(await res.json()).toMatchObject({
      doneAt: '2017-08-10',
      evidence: '天长市科技馆开工仪式照片及报道',
      state: 'done',
    });
    const again = await done(first, { evidence: '再次', version: 2 });
    expect([
      again.status,
      ((await again.json()) as { error: { code: string } }).error.code,
    ]).toEqual([409, 'conflict']);
  });

  it('no longer reddens the task from milestones once the late one is done', async () => {
    const current = (await light()) as { light: string; reason: string };
    expect(current.light).not.toBe('red');
    expect(current.reason).not.toBe('milestone_overdue');
    s.setDay('2017-09-05');
    expect(((await light()) as { reason: string }).reason).not.toBe('milestone_overdue');
  });

  it('lets an administrator move a due date; refuses stale (412/409), missing (428) versions', async () => {
    const second = ids[1] ?? 0;
    const res = await patch(second, { due: '2017-10-15' }, { 'if-match': '"v1"' });
    expect([res.status, res.headers.get('etag')]).toEqual([200, '"v2"']);
    expect(await res.json()).toMatchObject({ due: '2017-10-15', title: milestones[1]?.title });
    expect((await patch(second, { title: 'x' }, { 'if-match': '"v1"' })).status).toBe(412);
    expect((await patch(second, { title: 'x', version: 1 })).status).toBe(409);
    expect((await patch(second, { title: 'x' })).status).toBe(428);
    expect((await patch(second, { title: 'x', version: 2 }, {}, s.as.peng)).status).toBe(403);
    expect((await patch(99_999, { title: 'x', version: 1 })).status).toBe(404);
  });

  it.each<[string, unknown, string]>([
    ['no title', { due: '2017-06-30' }, 'body.title'],
    ['a blank title', { title: '  ', due: '2017-06-30' }, 'body.title'],
    ['no due', { title: '开建' }, 'body.due'],
    ['a slashed due', { title: '开建', due: '2017/06/30' }, 'body.due'],
    ['an impossible due', { title: '开建', due: '2017-02-30' }, 'body.due'],
  ])('refuses a milestone with %s (400)', async (_what, body, field) => {
    const res = await s.as.admin.send('POST', `/api/tasks/${taskId}/milestones`, body);
    expect(await errorField(res)).toEqual([400, field]);
  });

  it.each<[string, string, unknown, string]>([
    ['edit', 'nothing to change', { version: 2 }, 'body'],
    ['edit', 'a month for a due', { due: '2017-13-01', version: 2 }, 'body.due'],
    ['edit', 'a numeric title', { title: 5, version: 2 }, 'body.title'],
    ['done', 'no evidence', { version: 1 }, 'body.evidence'],
    ['done', 'blank evidence', { evidence: ' ', version: 1 }, 'body.evidence'],
    ['done', 'evidence as a list', { evidence: ['a'], version: 1 }, 'body.evidence'],
  ])('refuses to %s with %s (400)', async (action, _what, body, field) => {
    const res =
      action === 'edit'
        ? await patch(ids[1] ?? 0, body)
        : await done(ids[2] ?? 0, body, {}, s.as.admin);
    expect(await errorField(res)).toEqual([400, field]);
  });

  it('records one audit event per successful write', async () => {
    // three creations, one done, one edit
    expect(writes).toBe(5);
    expect(await s.auditCount('milestone')).toBe(writes);
  });
});
