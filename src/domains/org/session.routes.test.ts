/** Log-in throttling and log-out over the real app, on both engines. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app.js';
import { buildUser, logInClient, testPassword } from '../../test/factories.js';
import { engines } from '../../test/stores.js';

describe.each(engines)('session API on %s', (kind) => {
  let t: TestApp;
  let now = new Date('2017-09-30T04:00:00Z');
  const logIn = (username: string, password: string, remoteAddress: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username, password },
      remoteAddress,
    });
  const status = async (username: string, password: string, address: string) =>
    (await logIn(username, password, address)).statusCode;

  beforeAll(async () => {
    t = await startTestApp(
      kind,
      async (s) => {
        await buildUser(s.store.db, { username: 'admin', role: 'admin' });
        await buildUser(s.store.db, { username: 'viewer', role: 'viewer' });
      },
      () => now,
    );
  });
  afterAll(async () => t.close());

  it('locks only the address guessing the administrator’s password, with Retry-After', async () => {
    for (let i = 0; i < 5; i++) expect(await status('admin', 'wrong', '203.0.113.9')).toBe(401);
    const locked = await logIn('admin', testPassword, '203.0.113.9');
    expect([locked.statusCode, locked.headers['retry-after']]).toEqual([429, '1']);
    expect(locked.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect(await status('admin', testPassword, '10.0.0.1')).toBe(200);
  });

  it('doubles the wait after each further failure of the pair, and a success resets it', async () => {
    now = new Date(now.getTime() + 1000);
    expect(await status('admin', 'wrong', '203.0.113.9')).toBe(401);
    expect((await logIn('admin', testPassword, '203.0.113.9')).headers['retry-after']).toBe('2');
    now = new Date(now.getTime() + 2000);
    expect(await status('admin', testPassword, '203.0.113.9')).toBe(200);
    for (let i = 0; i < 4; i++) expect(await status('admin', 'wrong', '203.0.113.9')).toBe(401);
    expect(await status('admin', testPassword, '203.0.113.9')).toBe(200);
  });

  it('refuses a cookie log-out without the CSRF token (403) and keeps the session', async () => {
    const viewer = await logInClient(t.baseUrl, 'viewer');
    const forged = await fetch(`${t.baseUrl}/api/session`, {
      method: 'DELETE',
      headers: { cookie: viewer.auth.cookie ?? '' },
    });
    expect(forged.status).toBe(403);
    expect((await viewer.get('/api/me')).status).toBe(200);
    const out = await viewer.send('DELETE', '/api/session');
    expect(out.status).toBe(204);
    expect((await viewer.get('/api/me')).status).toBe(401);
  });

  it('answers 204 to a log-out without a session', async () => {
    expect((await fetch(`${t.baseUrl}/api/session`, { method: 'DELETE' })).status).toBe(204);
  });
});
