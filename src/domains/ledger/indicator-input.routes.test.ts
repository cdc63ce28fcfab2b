import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/stores.js';
import { startSampleApp, type SampleApp } from './test-support.js';

type ErrorJson = { error: { code: string; details: { field: string }[] } };
const schools = { comparator: '>=', value: 3, unit: '所', subject: '学校', aggregation: 'count' };

describe.each(engines)('indicator API refusals on %s', (kind) => {
  let s: SampleApp;
  let experts: number;
  const field = async (res: Response) => ((await res.json()) as ErrorJson).error.details[0]?.field;
  const patch = (body: unknown) => s.as.admin.send('PATCH', `/api/indicators/${experts}`, body);

  beforeAll(async () => {
    s = await startSampleApp(kind);
    const res = await s.as.admin.get(`/api/tasks/${await s.task(2)}/indicators`);
    experts = ((await res.json()) as { items: { id: number }[] }).items[0]!.id;
  });
  afterAll(async () => s.t.close());

  it.each<[string, unknown, string]>([
    ['no fields', {}, 'body.comparator'],
    ['an unknown comparator', { ...schools, comparator: '!=' }, 'body.comparator'],
    ['a value in words', { ...schools, value: '三' }, 'body.value'],
    ['no value', { ...schools, value: undefined }, 'body.value'],
    ['an empty unit', { ...schools, unit: ' ' }, 'body.unit'],
    ['no aggregation', { ...schools, aggregation: undefined }, 'body.aggregation'],
    ['a range without min', { ...schools, comparator: 'range', max: 5 }, 'body.min'],
    ['a range without max', { ...schools, comparator: 'range', min: 5 }, 'body.max'],
    ['a range with min above max', { ...schools, comparator: 'range', min: 5, max: 2 }, 'body.min'],
    [
      'per person without threshold',
      { ...schools, aggregation: 'per_person' },
      'body.perPersonThreshold',
    ],
    ['a negative threshold', { ...schools, perPersonThreshold: -1 }, 'body.perPersonThreshold'],
  ])('refuses a new indicator with %s (400)', async (_what, body, name) => {
    const res = await s.as.admin.send('POST', `/api/tasks/${await s.task(5)}/indicators`, body);
    expect([res.status, await field(res)]).toEqual([400, name]);
  });

  it.each<[unknown, string]>([
    [{ version: 1 }, 'body'],
    [{ value: 'x', version: 1 }, 'body.value'],
    [{ aggregation: 'avg', version: 1 }, 'body.aggregation'],
    [{ value: 1, version: 0 }, 'body.version'],
  ])('refuses the edit %o (400)', async (body, name) => {
    const res = await patch(body);
    expect([res.status, await field(res)]).toEqual([400, name]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a range without min or max', { comparator: 'range' }, 'body.min'],
    ['a range without max', { comparator: 'range', min: 1 }, 'body.max'],
    ['a range with min above max', { comparator: 'range', min: 3, max: 1 }, 'body.min'],
    [
      'per-person counting without a threshold',
      { aggregation: 'per_person' },
      'body.perPersonThreshold',
    ],
    ['no value for an exact target', { comparator: '=', value: null }, 'body.value'],
  ])('refuses an edit leaving %s (422)', async (_what, body, name) => {
    const res = await patch({ ...body, version: 1 });
    expect([res.status, await field(res)]).toEqual([422, name]);
  });

  it('answers 404 for an indicator that does not exist', async () => {
    const res = await s.as.admin.send('PATCH', '/api/indicators/99999', { value: 1, version: 1 });
    expect(res.status).toBe(404);
  });

  it('leaves the indicator and the audit trail untouched', async () => {
    const res = await s.as.admin.get(`/api/indicators/${experts}`);
    expect(await res.json()).toMatchObject({ comparator: '>=', value: 100, version: 1 });
    expect(await s.auditCount()).toBe(0);
  });
});
