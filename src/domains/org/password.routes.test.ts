/**
 * Passwords and the name in the header, over the real app on the worked example, on both
 * engines: changing one's own, an administrator's reset (changed at the next log-in, sessions
 * ended), and who may reset.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInClient, testPassword, type Client } from '../../test/factories.js';
import { engines } from '../../test/stores.js';
import { startWorkedExampleApp, type ExampleApp } from '../../test/worked-example-app.js';

interface Me {
  user: { username: string; name: string | null; mustChangePassword: boolean };
}

describe.each(engines)('passwords on %s', (kind) => {
  let s: ExampleApp;
  const me = async (who: Client) => ((await (await who.get('/api/me')).json()) as Me).user;
  const logIn = (username: string, password: string) =>
    fetch(`${s.t.baseUrl}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });

  beforeAll(async () => {
    s = await startWorkedExampleApp(kind, { today: '2017-09-30', audited: ['user'] });
  });
  afterAll(async () => s.t.close());

  it('shows the linked person’s name, and no name for an account without a person', async () => {
    expect(await me(s.as.peng)).toMatchObject({
      username: 'peng',
      name: '彭国华',
      mustChangePassword: false,
    });
    expect(await me(s.as.admin)).toMatchObject({ name: null, mustChangePassword: false });
    const login = (await (await logIn('liu', testPassword)).json()) as Me;
    expect(login.user).toMatchObject({ name: '柳军', mustChangePassword: false });
  });

  it('refuses a wrong current password with the field named, and changes nothing', async () => {
    const res = await s.as.peng.send('POST', '/api/me/password', {
      currentPassword: 'not my password',
      newPassword: 'a new password 1',
    });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { message: string; details: unknown } };
    expect(error.message).toContain('当前密码不正确');
    expect(error.details).toMatchObject([{ field: 'body.currentPassword' }]);
    expect((await logIn('peng', testPassword)).status).toBe(200);
    expect(await s.auditCount()).toBe(0);
  });

  it('changes one’s own password: the new one works, the old one fails, other sessions end', async () => {
    const elsewhere = await logInClient(s.t.baseUrl, 'peng');
    const res = await s.as.peng.send('POST', '/api/me/password', {
      currentPassword: testPassword,
      newPassword: 'a new password 1',
    });
    expect(res.status).toBe(204);
    expect((await logIn('peng', testPassword)).status).toBe(401);
    expect((await logIn('peng', 'a new password 1')).status).toBe(200);
    expect((await s.as.peng.get('/api/me')).status).toBe(200);
    expect((await elsewhere.get('/api/me')).status).toBe(401);
    expect(await s.auditCount()).toBe(1);
  });

  it('lets an administrator reset a password: to be changed at the next log-in, sessions ended', async () => {
    const res = await s.as.admin.send('POST', `/api/users/${s.userIds.bai}/password`, {
      password: 'given by the office',
    });
    expect(res.status).toBe(204);
    expect((await s.as.bai.get('/api/me')).status).toBe(401);
    expect((await logIn('bai', testPassword)).status).toBe(401);
    const login = (await (await logIn('bai', 'given by the office')).json()) as Me;
    expect(login.user).toMatchObject({ name: '柏春艳', mustChangePassword: true });
    const bai = await logInClient(s.t.baseUrl, 'bai', 'given by the office');
    expect(await me(bai)).toMatchObject({ mustChangePassword: true });
    const changed = await bai.send('POST', '/api/me/password', {
      currentPassword: 'given by the office',
      newPassword: 'chosen by bai',
    });
    expect(changed.status).toBe(204);
    expect(await me(bai)).toMatchObject({ mustChangePassword: false });
  });

  it('refuses a reset by someone who is not an administrator (403), and a short password (400)', async () => {
    const byOwner = await s.as.liu.send('POST', `/api/users/${s.userIds.zhang}/password`, {
      password: 'taken over',
    });
    expect(byOwner.status).toBe(403);
    const short = await s.as.admin.send('POST', `/api/users/${s.userIds.zhang}/password`, {
      password: 'short',
    });
    expect(short.status).toBe(400);
    expect(await short.json()).toMatchObject({ error: { details: [{ field: 'body.password' }] } });
    expect((await s.as.zhang.get('/api/me')).status).toBe(200);
  });
});
