import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/stores.js';
import { startSampleApp, type SampleApp } from '../ledger/test-support.js';

type ErrorJson = { error: { code: string; details: { field: string }[] } };

describe.each(engines)('progress report API refusals on %s', (kind) => {
  let s: SampleApp;
  let reportId: number;
  const submit = async (body: unknown) =>
    s.as.peng.send('POST', `/api/tasks/${await s.task(4)}/reports`, body);
  const field = async (res: Response) => ((await res.json()) as ErrorJson).error.details[0]?.field;

  beforeAll(async () => {
    s = await startSampleApp(kind);
    const res = await submit({ month: '2017-09', done: '已联系海外专家' });
    reportId = ((await res.json()) as { id: number }).id;
  });
  afterAll(async () => s.t.close());

  it.each<[string, unknown, number, string]>([
    ['no fields', {}, 400, 'body.month'],
    ['month 13', { month: '2017-13', done: 'x' }, 400, 'body.month'],
    ['a one-digit month', { month: '2017-7', done: 'x' }, 400, 'body.month'],
    ['a date for a month', { month: '2017-07-01', done: 'x' }, 400, 'body.month'],
    ['no done', { month: '2017-07' }, 400, 'body.done'],
    ['blank done', { month: '2017-07', done: '  ' }, 400, 'body.done'],
    ['done as a number', { month: '2017-07', done: 5 }, 400, 'body.done'],
    ['done too long', { month: '2017-07', done: '字'.repeat(20_001) }, 400, 'body.done'],
    ['problems as a list', { month: '2017-07', done: 'x', problems: ['a'] }, 400, 'body.problems'],
    ['a future month', { month: '2017-10', done: 'x' }, 422, 'body.month'],
    ['a month before the plan year', { month: '2016-12', done: 'x' }, 400, 'body.month'],
    ['a month after the plan year', { month: '2018-01', done: 'x' }, 400, 'body.month'],
  ])('refuses a report with %s', async (_what, body, status, name) => {
    const res = await submit(body);
    expect([res.status, await field(res)]).toEqual([status, name]);
  });

  it.each<[string, unknown, string]>([
    ['return', { version: 1 }, 'body.comment'],
    ['return', { comment: ' ', version: 1 }, 'body.comment'],
    ['return', { comment: 3, version: 1 }, 'body.comment'],
    ['return', { comment: '退回', version: 'v1' }, 'body.version'],
    ['accept', { comment: ['好'] }, 'body.comment'],
    ['accept', [], 'body'],
  ])('refuses %s with %o (400)', async (action, body, name) => {
    const res = await s.as.liu.send('POST', `/api/reports/${reportId}/${action}`, body);
    expect([res.status, await field(res)]).toEqual([400, name]);
  });

  it('answers 400 for a malformed If-Match and 404 for a report that does not exist', async () => {
    const res = await s.as.liu.send('POST', `/api/reports/${reportId}/accept`, undefined, {
      'if-match': 'v1',
    });
    expect([res.status, await field(res)]).toEqual([400, 'headers.if-match']);
    const missing = await s.as.liu.send('POST', '/api/reports/99999/accept', { version: 1 });
    expect(missing.status).toBe(404);
  });

  it('leaves the report and the audit trail as the one submission made them', async () => {
    const res = await s.as.admin.get(`/api/reports/${reportId}`);
    expect(await res.json()).toMatchObject({ state: 'submitted', version: 1 });
    expect(await s.auditCount()).toBe(1);
  });
});
