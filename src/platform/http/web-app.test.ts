/** The built web app served by the API server: files, cache headers, deep links, API 404s. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/stores.js';
import { buildApp } from './server.js';
import { apiRoutes } from '../../app/routes.js';
import type { FastifyInstance } from 'fastify';

describe('serving the web app', () => {
  const root = mkdtempSync(join(tmpdir(), 'duban-web-'));
  let store: TestStore;
  let app: FastifyInstance;
  let base = '';
  beforeAll(async () => {
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><div id="root">督办</div>');
    writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
    store = await openTestStore('sqlite');
    app = await buildApp({
      store: store.store,
      routes: apiRoutes,
      logLevel: 'silent',
      webRoot: root,
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await app.close();
    await store.cleanup();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves index.html at / without caching it', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('督办');
  });

  it('caches hashed assets for a year', async () => {
    const res = await fetch(`${base}/assets/index-abc123.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe('console.log(1)');
  });

  it('answers a deep link with index.html so the browser router can show it', async () => {
    const res = await fetch(`${base}/tasks/3?plan=1`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root">');
  });

  it('serves a file built after the server started, and answers a missing one with 404', async () => {
    writeFileSync(join(root, 'assets', 'late-def456.js'), 'console.log(2)');
    const late = await fetch(`${base}/assets/late-def456.js`);
    expect(late.status).toBe(200);
    expect(late.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await late.text()).toBe('console.log(2)');
    const missing = await fetch(`${base}/assets/gone-000000.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).not.toMatch(/text\/html/);
    await missing.arrayBuffer();
  });

  it('does not serve files outside the web app', async () => {
    const res = await fetch(`${base}/assets/..%2f..%2fpackage.json`);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(await res.text()).not.toContain('"dependencies"');
  });

  it('keeps unknown API paths as JSON errors, not the app', async () => {
    const res = await fetch(`${base}/api/nothing-here`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'unauthenticated' } });
  });

  it('sends a CSP that allows the app and does not force https', async () => {
    const csp = (await fetch(`${base}/`)).headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/upgrade-insecure-requests/);
  });
});
