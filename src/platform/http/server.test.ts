/** Cross-cutting behaviour of the HTTP server: headers, limits, error shape, OpenAPI. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app.js';
import { buildUser, logInClient, type Client } from '../../test/factories.js';

describe('the HTTP server', () => {
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    t = await startTestApp('sqlite', (s) =>
      buildUser(s.store.db, { username: 'admin', role: 'admin' }),
    );
    admin = await logInClient(t.baseUrl, 'admin');
  });
  afterAll(async () => t.close());

  it('sends security headers', async () => {
    const res = await fetch(`${t.baseUrl}/api/health`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
  });

  it('sets the session cookie httpOnly and SameSite=Strict', async () => {
    const res = await fetch(`${t.baseUrl}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'correct horse battery' }),
    });
    expect(res.headers.get('set-cookie')).toMatch(
      /duban_session=[^;]+;.*HttpOnly;.*SameSite=Strict/i,
    );
  });

  it('answers 413 in the error shape for a JSON body over 1 MB', async () => {
    const res = await admin.send('PATCH', '/api/tasks/1', {
      notes: 'x'.repeat(1_100_000),
      version: 1,
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'too_large' } });
  });

  it('answers malformed JSON with 400 and no stack trace', async () => {
    const res = await fetch(`${t.baseUrl}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"username":',
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'bad_request' } });
  });

  it('answers an unknown API path with 404 once logged in', async () => {
    const res = await admin.get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('logs out: the session stops working', async () => {
    const other = await logInClient(t.baseUrl, 'admin');
    expect((await other.send('DELETE', '/api/session')).status).toBe(204);
    expect((await other.get('/api/me')).status).toBe(401);
  });

  it('serves the OpenAPI document and the browsable page without a login', async () => {
    const doc = (await (await fetch(`${t.baseUrl}/api/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/session',
        '/api/me',
        '/api/plans',
        '/api/plans/{id}/tasks',
        '/api/tasks/{id}',
        '/api/audit',
      ]),
    );
    const page = await fetch(`${t.baseUrl}/api/docs/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/swagger/i);
  });
});
