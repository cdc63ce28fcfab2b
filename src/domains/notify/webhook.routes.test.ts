import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/stores.js';
import { startNotifyApp, type NotifyApp } from './test-support.js';

type Webhook = { id: number; version: number; events: string[]; hasSecret: boolean };
type ErrorJson = { error: { code: string; details: { field: string }[] } };

const robot = {
  name: '督办工作群',
  url: 'https://oapi.dingtalk.com/robot/send?access_token=abc',
  format: 'dingtalk',
  events: ['due_soon', 'overdue', 'due_soon'],
  secret: 'SEC123',
};

describe.each(engines)('webhook API on %s', (kind) => {
  let s: NotifyApp;
  let id = 0;
  const field = async (res: Response) =>
    [res.status, ((await res.json()) as ErrorJson).error.details[0]?.field] as const;

  beforeAll(async () => {
    s = await startNotifyApp(kind);
  });
  afterAll(async () => s.t.close());

  it('lets an administrator add a webhook (201, v1) without ever showing the secret', async () => {
    const res = await s.as.admin.send('POST', '/api/webhooks', robot);
    expect([res.status, res.headers.get('etag')]).toEqual([201, '"v1"']);
    const body = (await res.json()) as Webhook & Record<string, unknown>;
    expect(body).toMatchObject({
      name: '督办工作群',
      format: 'dingtalk',
      events: ['due_soon', 'overdue'],
      hasSecret: true,
      active: true,
      version: 1,
    });
    expect(body).not.toHaveProperty('secret');
    id = body.id;
    const list = (await (await s.as.admin.get('/api/webhooks')).json()) as { total: number };
    expect(list.total).toBe(1);
    expect(await s.audits('webhook')).toBe(1);
    const audit = await s.db
      .selectFrom('audit_events')
      .select('after')
      .where('entity', '=', 'webhook')
      .executeTakeFirstOrThrow();
    expect(audit.after).not.toContain('SEC123');
  });

  it('refuses owners, leaders and a unit administrator (403)', async () => {
    const unitAdmin = await s.head.get('/api/webhooks');
    expect(unitAdmin.status).toBe(403);
    for (const who of [s.as.bai, s.as.liu]) {
      expect((await who.get('/api/webhooks')).status).toBe(403);
      expect((await who.send('POST', '/api/webhooks', robot)).status).toBe(403);
      expect(
        (await who.send('PATCH', `/api/webhooks/${id}`, { name: 'x', version: 1 })).status,
      ).toBe(403);
      expect((await who.send('DELETE', `/api/webhooks/${id}`)).status).toBe(403);
      expect((await who.get(`/api/webhooks/${id}/deliveries`)).status).toBe(403);
    }
  });

  it.each([
    ['a non-http url', { url: 'ftp://example.com/hook' }, 'body.url'],
    ['a url that is no url', { url: 'not a url' }, 'body.url'],
    ['an unknown format', { format: 'slack' }, 'body.format'],
    ['an unknown event', { events: ['due_soon', 'holiday'] }, 'body.events.1'],
    ['no events', { events: [] }, 'body.events'],
    ['an empty name', { name: ' ' }, 'body.name'],
  ])('answers 400 naming the field for %s', async (_name, change, name) => {
    const res = await s.as.admin.send('POST', '/api/webhooks', { ...robot, ...change });
    expect(await field(res)).toEqual([400, name]);
  });

  it('edits with If-Match (412 stale, 428 without a version), clears the secret with null', async () => {
    const patch = (body: unknown, headers = {}) =>
      s.as.admin.send('PATCH', `/api/webhooks/${id}`, body, headers);
    expect((await patch({ name: '新群' }, { 'if-match': '"v9"' })).status).toBe(412);
    expect((await patch({ name: '新群', version: 9 })).status).toBe(409);
    expect((await patch({ name: '新群' })).status).toBe(428);
    expect(await field(await patch({ format: 'slack', version: 1 }))).toEqual([400, 'body.format']);
    const res = await patch(
      { name: '新群', format: 'wecom', secret: null, events: ['escalated'] },
      { 'if-match': '"v1"' },
    );
    expect([res.status, res.headers.get('etag')]).toEqual([200, '"v2"']);
    expect(await res.json()).toMatchObject({
      name: '新群',
      format: 'wecom',
      hasSecret: false,
      events: ['escalated'],
      version: 2,
    });
    expect(await s.audits('webhook')).toBe(2);
  });

  it('lists deliveries (empty) and deletes (412 on a stale If-Match, then 204, then 404)', async () => {
    const deliveries = await s.as.admin.get(`/api/webhooks/${id}/deliveries`);
    expect(await deliveries.json()).toEqual({ items: [], total: 0 });
    const del = (headers = {}) =>
      s.as.admin.send('DELETE', `/api/webhooks/${id}`, undefined, headers);
    expect((await del({ 'if-match': '"v1"' })).status).toBe(412);
    expect((await del({ 'if-match': '"v2"' })).status).toBe(204);
    expect((await del()).status).toBe(404);
    expect((await s.as.admin.get(`/api/webhooks/${id}/deliveries`)).status).toBe(404);
    expect(await s.audits('webhook')).toBe(3);
  });
});
