import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/stores.js';
import { startSampleApp, type SampleApp } from '../ledger/test-support.js';

describe.each(engines)('task search (?q=) on %s', (kind) => {
  let s: SampleApp;
  let planId: number;
  const found = async (q: string) => {
    const res = await s.as.admin.get(`/api/plans/${planId}/tasks?q=${encodeURIComponent(q)}`);
    return ((await res.json()) as { items: { no: number }[] }).items.map((t) => t.no);
  };
  const rename = async (no: number, content: string) => {
    const res = await s.as.admin.send('PATCH', `/api/tasks/${await s.task(no)}`, {
      content,
      version: 1,
    });
    expect(res.status).toBe(200);
  };

  beforeAll(async () => {
    s = await startSampleApp(kind);
    planId = (await s.db.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id;
    await rename(4, '微信公众号（WeChat）关注人数增长100%');
    await rename(5, '科普活动参与人数增长100人次，覆盖率_达标');
  });
  afterAll(async () => s.t.close());

  it.each([
    ['100%', [4]],
    ['100', [2, 4, 5]],
    ['%', [4]],
    ['_', [5]],
    ['wechat', [4]],
    ['WECHAT', [4]],
    ['海智', []],
  ])('finds %s literally and in either case', async (q, nos) => {
    expect(await found(q)).toEqual(nos);
  });
});
