import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/stores.js';
import { startReviewApp, type ReviewApp } from './test-support.js';

type ErrorJson = { error: { code: string; details: { field: string }[] } };

describe.each(engines)('review API refusals on %s', (kind) => {
  let s: ReviewApp;
  let extensionId: number;
  const field = async (res: Response) => ((await res.json()) as ErrorJson).error.details[0]?.field;
  const request = async (body: unknown, taskPath?: string) =>
    s.as.bai.send('POST', `/api/tasks/${taskPath ?? (await s.task(1))}/extensions`, body);

  beforeAll(async () => {
    s = await startReviewApp(kind);
    const res = await request({ requestedDue: '2017-06-30', reason: '需征求意见' });
    extensionId = ((await res.json()) as { id: number }).id;
  });
  afterAll(async () => s.t.close());

  it.each<[string, unknown, string]>([
    ['no fields', {}, 'body.requestedDue'],
    ['a one-digit month', { requestedDue: '2017-6-30', reason: 'x' }, 'body.requestedDue'],
    ['30 February', { requestedDue: '2017-02-30', reason: 'x' }, 'body.requestedDue'],
    ['a date and time', { requestedDue: '2017-06-30T00:00', reason: 'x' }, 'body.requestedDue'],
    ['no reason', { requestedDue: '2017-06-30' }, 'body.reason'],
    ['a blank reason', { requestedDue: '2017-06-30', reason: '   ' }, 'body.reason'],
    ['a reason as a number', { requestedDue: '2017-06-30', reason: 3 }, 'body.reason'],
    ['a reason too long', { requestedDue: '2017-06-30', reason: '字'.repeat(2001) }, 'body.reason'],
    ['a list for a body', [], 'body'],
  ])('refuses an extension request with %s (400)', async (_what, body, name) => {
    const res = await request(body);
    expect([res.status, await field(res)]).toEqual([400, name]);
  });

  it('refuses a task id that is not a number (400) and a task that does not exist (404)', async () => {
    const body = { requestedDue: '2017-06-30', reason: 'x' };
    const bad = await request(body, 'abc');
    expect([bad.status, await field(bad)]).toEqual([400, 'params.id']);
    expect((await request(body, '99999')).status).toBe(404);
  });

  it.each<[string, unknown, string]>([
    ['reject', { version: 1 }, 'body.comment'],
    ['reject', { comment: ' ', version: 1 }, 'body.comment'],
    ['reject', { comment: 3, version: 1 }, 'body.comment'],
    ['reject', { comment: '不同意', version: 'v1' }, 'body.version'],
    ['approve', { comment: ['同意'] }, 'body.comment'],
    ['approve', { version: 0 }, 'body.version'],
    ['approve', [], 'body'],
  ])('refuses %s with %o (400)', async (action, body, name) => {
    const res = await s.as.zhang.send('POST', `/api/extensions/${extensionId}/${action}`, body);
    expect([res.status, await field(res)]).toEqual([400, name]);
  });

  it('answers 400 for a malformed If-Match and 404 for a request that does not exist', async () => {
    const path = `/api/extensions/${extensionId}/approve`;
    const res = await s.as.zhang.send('POST', path, undefined, { 'if-match': 'v1' });
    expect([res.status, await field(res)]).toEqual([400, 'headers.if-match']);
    const missing = await s.as.zhang.send('POST', '/api/extensions/99999/approve', { version: 1 });
    expect(missing.status).toBe(404);
  });

  it.each([
    ['2017-13', 400],
    ['2017-4', 400],
    ['2017-04-01', 400],
    ['四月', 400],
    ['2017-06', 422],
  ])('refuses closing month %s (%i naming params.month)', async (month, status) => {
    const res = await s.as.admin.send('POST', `/api/months/${encodeURIComponent(month)}/close`);
    expect([res.status, await field(res)]).toEqual([status, 'params.month']);
  });

  it('leaves the request pending and the audit trail as the one request made it', async () => {
    const res = await s.as.zhang.get(`/api/extensions/${extensionId}`);
    expect([res.headers.get('etag'), await res.json()]).toEqual([
      '"v1"',
      expect.objectContaining({ state: 'pending', version: 1 }),
    ]);
    expect(await s.auditCount()).toBe(1);
  });
});
