/**
 * POST /api/plans/:id/accounts over the real app on the worked example, on both engines: one
 * account for each person named on the tasks who has none, their first passwords to be changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInClient } from '../../test/factories.js';
import { engines } from '../../test/stores.js';
import { startWorkedExampleApp, type ExampleApp } from '../../test/worked-example-app.js';

interface Created {
  created: {
    userId: number;
    username: string;
    personId: number;
    name: string;
    role: string;
    password: string;
  }[];
  skipped: number;
}

describe.each(engines)('plan accounts on %s', (kind) => {
  let s: ExampleApp;
  let planId: number;
  let first: Created;
  const open = () => s.as.admin.send('POST', `/api/plans/${planId}/accounts`, {});

  beforeAll(async () => {
    s = await startWorkedExampleApp(kind, { today: '2017-09-30', audited: ['user'] });
    planId = (await s.db.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => s.t.close());

  it('is for the plan’s administrators only', async () => {
    expect((await s.as.liu.send('POST', `/api/plans/${planId}/accounts`, {})).status).toBe(403);
    expect((await s.as.admin.send('POST', '/api/plans/999999/accounts', {})).status).toBe(404);
    expect(await s.auditCount()).toBe(0);
  });

  it('opens one account for each person named on the tasks who has none, leaders as leaders', async () => {
    const res = await open();
    expect(res.status).toBe(201);
    const body = (first = (await res.json()) as Created);
    // 彭国华, 柏春艳, 柳军 and 张家水 have theirs already.
    expect(body.created.map((c) => [c.name, c.username, c.role])).toEqual([
      ['黄永伟', '黄永伟', 'owner'],
      ['钱吉伟', '钱吉伟', 'owner'],
      ['张道秀', '张道秀', 'leader'],
    ]);
    expect(body.skipped).toBe(4);
    for (const c of body.created) expect(c.password).toMatch(/^[a-zA-Z2-9]{10}$/);
    expect(await s.auditCount()).toBe(3);
  });

  it('lets them log in with the first password, which they must change', async () => {
    const { username, password } = first.created[2]!;
    const login = await fetch(`${s.t.baseUrl}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    expect(login.status).toBe(200);
    expect(await login.json()).toMatchObject({
      user: { username: '张道秀', name: '张道秀', role: 'leader', mustChangePassword: true },
    });
    const zhang = await logInClient(s.t.baseUrl, username, password);
    const changed = await zhang.send('POST', '/api/me/password', {
      currentPassword: password,
      newPassword: '张道秀自己选的新密码',
    });
    expect(changed.status).toBe(204);
    expect(await (await zhang.get('/api/me')).json()).toMatchObject({
      user: { mustChangePassword: false },
    });
  });

  it('creates none the second time', async () => {
    const res = await open();
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ created: [], skipped: 7 });
    expect(await s.auditCount()).toBe(4);
  });
});
