import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../test/factories.js';
import { engines } from '../../test/stores.js';
import { startSampleApp, type SampleApp } from './test-support.js';

type ErrorJson = { error: { code: string; details: { field: string }[] } };
const tooMany = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i]));
const on = (entryDate: string) => ({ entryDate, subject: '专家1' });

describe.each(engines)('ledger API refusals on %s', (kind) => {
  let s: SampleApp;
  let indicatorId: number;
  let entryId: number;
  const enter = (body: unknown, who: Client = s.as.peng) =>
    who.send('POST', `/api/indicators/${indicatorId}/ledger`, body);
  const field = async (res: Response) => ((await res.json()) as ErrorJson).error.details[0]?.field;

  beforeAll(async () => {
    s = await startSampleApp(kind);
    type Items = { items: { id: number }[] };
    const list = await s.as.admin.get(`/api/tasks/${await s.task(2)}/indicators`);
    indicatorId = ((await list.json()) as Items).items[0]!.id;
    entryId = ((await (await enter(on('2017-09-01'))).json()) as { id: number }).id;
  });
  afterAll(async () => s.t.close());

  it('refuses 柏春艳, who does not own task 2, entering or voiding its evidence (403)', async () => {
    expect((await enter(on('2017-09-01'), s.as.bai)).status).toBe(403);
    const res = await s.as.bai.send('POST', `/api/ledger/${entryId}/void`, { reason: '错' });
    expect(res.status).toBe(403);
    expect((await s.as.zhang.get(`/api/indicators/${indicatorId}/ledger`)).status).toBe(200);
  });

  it.each<[string, unknown, number, string]>([
    ['no body fields', {}, 400, 'body.entryDate'],
    ['a slashed date', on('2017/09/01'), 400, 'body.entryDate'],
    ['a date that does not exist', on('2017-02-30'), 400, 'body.entryDate'],
    ['a negative quantity', { ...on('2017-09-01'), quantity: -1 }, 400, 'body.quantity'],
    ['a quantity in words', { ...on('2017-09-01'), quantity: '两' }, 400, 'body.quantity'],
    ['51 attributes', { ...on('2017-09-01'), attributes: tooMany }, 400, 'body.attributes'],
    [
      'a nested attribute',
      { ...on('2017-09-01'), attributes: { a: [1] } },
      400,
      'body.attributes.a',
    ],
    ['a subject that is not text', { entryDate: '2017-09-01', subject: 7 }, 400, 'body.subject'],
    ['a replacement id in words', { ...on('2017-09-01'), replacesId: 'x' }, 400, 'body.replacesId'],
    ['a date after the plan year', on('2018-01-01'), 400, 'body.entryDate'],
    ['a date before the plan year', on('2016-12-31'), 400, 'body.entryDate'],
    ['no subject where subjects are counted', { entryDate: '2017-09-01' }, 422, 'body.subject'],
  ])('refuses an entry with %s', async (_what, body, status, name) => {
    const res = await enter(body);
    expect([res.status, await field(res)]).toEqual([status, name]);
  });

  it.each<[unknown, string]>([
    [{}, 'body.reason'],
    [{ reason: '   ' }, 'body.reason'],
    [{ reason: 'x'.repeat(501) }, 'body.reason'],
    [{ reason: 5 }, 'body.reason'],
  ])('refuses a void with %o (400)', async (body, name) => {
    const res = await s.as.peng.send('POST', `/api/ledger/${entryId}/void`, body);
    expect([res.status, await field(res)]).toEqual([400, name]);
  });

  it('answers 404 for an indicator or entry that does not exist', async () => {
    expect((await s.as.admin.get('/api/indicators/99999/ledger')).status).toBe(404);
    const res = await s.as.admin.send('POST', '/api/ledger/99999/void', { reason: '无' });
    expect(res.status).toBe(404);
  });

  it('leaves no audit event for a refused write: only the one accepted entry is there', async () => {
    expect(await s.auditCount()).toBe(1);
  });
});
