import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/stores.js';
import { errorField, startTrackingApp, type TrackingApp } from './tracking-test-support.js';

type Ref = { id: number; name: string };
interface TaskJson {
  id: number;
  no: number;
  version: number;
  owner: Ref | null;
  owners: Ref[];
  leadDepartments: Ref[];
  coDepartments: Ref[];
}
const names = (refs: Ref[]) => refs.map((r) => r.name);

describe.each(engines)('task assignees API on %s', (kind) => {
  let s: TrackingApp;
  let taskId: number;
  const put = (body: unknown, headers = {}, who = s.as.admin) =>
    who.send('PUT', `/api/tasks/${taskId}/assignees`, body, headers);
  const listNos = async (query: string) =>
    ((await (await s.as.peng.get(`/api/tasks?${query}`)).json()) as { items: TaskJson[] }).items
      .map((x) => x.no)
      .sort((a, b) => a - b);

  beforeAll(async () => {
    s = await startTrackingApp(kind);
    taskId = await s.task(6);
  });
  afterAll(async () => s.t.close());

  it('shows an imported task’s single owner and department as lists', async () => {
    const page = (await (await s.as.admin.get(`/api/tasks/${taskId}`)).json()) as TaskJson;
    expect([names(page.owners), names(page.leadDepartments), page.coDepartments]).toEqual([
      ['钱吉伟'],
      ['科普部'],
      [],
    ]);
  });

  interface Primary {
    owners: number[];
    owner_person_id: number | null;
  }

  it('assigns two owners and a co-operating department (If-Match), audited once', async () => {
    const owners = [await s.person('钱吉伟'), await s.person('彭国华')];
    const body = {
      owners,
      leadDepartments: [await s.unit('科普部')],
      coDepartments: [await s.unit('科技馆')],
    };
    const res = await put(body, { 'if-match': '"v1"' });
    expect([res.status, res.headers.get('etag')]).toEqual([200, '"v2"']);
    const page = (await res.json()) as TaskJson;
    expect(page.owner?.name).toBe('钱吉伟');
    expect([names(page.owners), names(page.leadDepartments), names(page.coDepartments)]).toEqual([
      ['钱吉伟', '彭国华'],
      ['科普部'],
      ['科技馆'],
    ]);
    const audit = (await (
      await s.as.admin.get(`/api/audit?entity=task&entityId=${taskId}`)
    ).json()) as { items: { action: string; before: Primary; after: Primary }[] };
    expect(audit.items.map((e) => e.action)).toEqual(['assign']);
    expect(audit.items[0]?.after.owners).toEqual(owners);
    // Both sides carry the primary owner, so the history names it before and after.
    const before = audit.items[0]?.before;
    expect(before?.owner_person_id).toEqual(expect.any(Number));
    expect(before?.owner_person_id).toBe(before?.owners[0]);
    expect(audit.items[0]?.after.owner_person_id).toBe(owners[0]);
  });

  it('lets the second owner find the task by ownerId and report on it; others get 403', async () => {
    expect(await listNos(`ownerId=${await s.person('彭国华')}`)).toEqual([2, 3, 4, 6, 8]);
    expect(await listNos(`ownerId=${await s.person('钱吉伟')}`)).toEqual([6]);
    const report = { month: '2017-09', done: '已选定两个社区' };
    expect((await s.as.bai.send('POST', `/api/tasks/${taskId}/reports`, report)).status).toBe(403);
    expect((await s.as.peng.send('POST', `/api/tasks/${taskId}/reports`, report)).status).toBe(201);
  });

  it('finds the task by its co-operating department as well as its lead one', async () => {
    expect(await listNos(`departmentId=${await s.unit('科技馆')}`)).toEqual([5, 6]);
    expect(await listNos(`departmentId=${await s.unit('科普部')}`)).toEqual([6]);
  });

  it('replaces the primary owner on a reassignment and keeps the second one', async () => {
    const huang = await s.person('黄永伟');
    const res = await s.as.admin.send('PATCH', `/api/tasks/${taskId}`, {
      ownerPersonId: huang,
      version: 2,
    });
    expect(names(((await res.json()) as TaskJson).owners)).toEqual(['黄永伟', '彭国华']);
  });

  it('refuses an owner setting assignees (403), a stale version (412/409) and none (428)', async () => {
    const body = { owners: [], leadDepartments: [], coDepartments: [] };
    expect((await put({ ...body, version: 3 }, {}, s.as.peng)).status).toBe(403);
    expect((await put(body, { 'if-match': '"v1"' })).status).toBe(412);
    expect((await put({ ...body, version: 1 })).status).toBe(409);
    expect((await put(body)).status).toBe(428);
  });

  it.each<[string, Record<string, unknown>, number, string]>([
    ['no owners', { owners: undefined }, 400, 'body.owners'],
    ['owners as text', { owners: 'x' }, 400, 'body.owners'],
    ['an owner id as text', { owners: ['x'] }, 400, 'body.owners.0'],
    ['a duplicate owner', { owners: [1, 1] }, 400, 'body.owners'],
    ['no leadDepartments', { leadDepartments: undefined }, 400, 'body.leadDepartments'],
    ['a negative unit', { coDepartments: [-1] }, 400, 'body.coDepartments.0'],
    ['a version as text', { version: 'v3' }, 400, 'body.version'],
    ['an unknown person', { owners: [99_999] }, 422, 'body.owners'],
    ['an unknown unit', { leadDepartments: [99_999] }, 422, 'body.leadDepartments'],
  ])('refuses %s', async (_what, change, status, field) => {
    const body = { owners: [], leadDepartments: [], coDepartments: [], version: 3, ...change };
    expect(await errorField(await put(body))).toEqual([status, field]);
  });

  it('refuses a unit that would both lead and co-operate (422)', async () => {
    const unit = await s.unit('科普部');
    const body = { owners: [], leadDepartments: [unit], coDepartments: [unit], version: 3 };
    expect(await errorField(await put(body))).toEqual([422, 'body.coDepartments']);
  });

  it('left exactly one audit event per successful task write', async () => {
    // the assignment and the reassignment
    expect(await s.auditCount('task')).toBe(2);
  });
});
