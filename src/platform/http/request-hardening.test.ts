/**
 * Hostile requests over real HTTP: deep JSON before log-in, undecodable or NUL text, a URL that
 * does not decode, a body dripped slowly. Each gets our error shape (or 408) and changes nothing.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app.js';
import { buildUser, logInClient, type Client } from '../../test/factories.js';

describe('request hardening', () => {
  let t: TestApp;
  let testStore: TestApp['testStore'];
  let baseUrl: string;
  let port: number;
  let admin: Client;
  beforeAll(async () => {
    t = await startTestApp(
      'sqlite',
      (s) => buildUser(s.store.db, { username: 'admin', role: 'admin' }),
      undefined,
      { requestTimeoutMs: 1500 },
    );
    testStore = t.testStore;
    baseUrl = t.baseUrl;
    port = Number(new URL(baseUrl).port);
    admin = await logInClient(baseUrl, 'admin');
  });
  afterAll(async () => t.close());

  const postRaw = (path: string, body: Uint8Array | string, headers: Record<string, string> = {}) =>
    fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  const units = async () =>
    (await testStore.store.db.selectFrom('units').select('name').execute()).map((u) => u.name);

  it('answers 400 at once to a megabyte of nested JSON before log-in', async () => {
    const started = performance.now();
    const res = await postRaw('/api/session', '['.repeat(1024 * 1024 - 10));
    const ms = performance.now() - started;
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: { code: 'bad_request', message: expect.stringMatching(/嵌套过深/) as unknown },
    });
    expect(ms).toBeLessThan(2000);
  });

  it('answers 400 to a body that is not UTF-8, and stores nothing', async () => {
    const body = new Uint8Array([
      ...new TextEncoder().encode('{"name":"科'),
      0xff,
      0xfe,
      ...new TextEncoder().encode('","parentId":null,"kind":"association"}'),
    ]);
    const res = await postRaw('/api/units', body, admin.auth);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('UTF-8');
    expect(await units()).toEqual([]);
  });

  it('answers 400 to a NUL character in a text field, and stores nothing', async () => {
    const res = await admin.send('POST', '/api/units', {
      name: '科\u0000协',
      parentId: null,
      kind: 'association',
    });
    expect(res.status).toBe(400);
    expect(await units()).toEqual([]);
  });

  it('answers an undecodable URL in our error shape', async () => {
    const res = await fetch(`${baseUrl}/api/tasks/%ff`, { headers: admin.auth });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: { code: 'bad_request', details: [{ field: 'url' }] },
    });
  });

  it('ends a request whose body is dripped slower than the request timeout (408)', async () => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    const closed = new Promise<number>((resolve) => {
      const started = Date.now();
      socket.on('close', () => resolve(Date.now() - started));
    });
    socket.write(
      'POST /api/session HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\n' +
        'content-length: 100\r\n\r\n{',
    );
    const drip = setInterval(() => socket.write(' '), 200);
    const ms = await closed;
    clearInterval(drip);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeLessThan(5000);
  });
});
