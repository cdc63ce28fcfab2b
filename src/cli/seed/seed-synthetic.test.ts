import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../platform/auth/password.js';
import { apiRoutes } from '../../app/routes.js';
import { buildApp } from '../../platform/http/server.js';
import { engines, openTestStore, type TestStore } from '../../test/stores.js';
import { logInClient, testPassword, type Client } from '../../test/factories.js';
import { verifyAuditChain } from '../../domains/audit/verify-audit-chain.js';
import { seedSynthetic, type SyntheticOptions } from './seed-synthetic.js';

const clock = () => new Date('2026-11-29T04:00:00Z');
const small = { units: 60, plans: 12, tasks: 240, ledger: 3000, reports: 1200 };

describe.each(engines)('seedSynthetic on %s', (kind) => {
  let t: TestStore;
  let synthetic: SyntheticOptions;
  let summary: Record<string, number>;
  let baseUrl: string;
  let close: () => Promise<void>;
  let admin: Client;

  beforeAll(async () => {
    t = await openTestStore(kind);
    synthetic = {
      ...small,
      seed: 11,
      year: 2026,
      today: '2026-11-29',
      root: 'city',
      passwordHash: await hashPassword(testPassword),
    };
    summary = await seedSynthetic({ db: t.store.db, kind, synthetic });
    const app = await buildApp({ store: t.store, routes: apiRoutes, logLevel: 'silent', clock });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    close = () => app.close();
    admin = await logInClient(baseUrl, 'admin');
  });
  afterAll(async () => {
    await close();
    await t.cleanup();
  });

  const count = async (
    table: 'units' | 'plans' | 'tasks' | 'ledger_entries' | 'progress_reports',
  ) =>
    Number(
      (
        await t.store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('writes the requested counts and reports them', async () => {
    expect(summary).toMatchObject({ units: 60, plans: 12, tasks: 240, ledger_entries: 3000 });
    expect(await count('units')).toBe(60);
    expect(await count('plans')).toBe(12);
    expect(await count('tasks')).toBe(240);
    expect(await count('ledger_entries')).toBe(3000);
    expect(await count('progress_reports')).toBe(1200);
  });

  it('records one audit event per batch and keeps the hash chain intact', async () => {
    expect(await verifyAuditChain({ db: t.store.db })).toMatchObject({ ok: true });
    const seeded = await t.store.db
      .selectFrom('audit_events')
      .select(['entity', 'after'])
      .where('action', '=', 'synthetic_seed')
      .orderBy('id')
      .execute();
    // Every table fits in one batch at this size.
    expect(seeded.map((e) => e.entity)).toEqual(Object.keys(summary));
    expect(seeded.map((e): unknown => JSON.parse(e.after ?? '{}'))).toEqual(
      Object.values(summary).map((rows) => ({ rows })),
    );
  });

  it('refuses a database that already holds data and writes nothing', async () => {
    await expect(seedSynthetic({ db: t.store.db, kind, synthetic })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await count('tasks')).toBe(240);
  });

  it('serves the synthetic plans, tasks, lights and roll-up over the API', async () => {
    const plans = (await (await admin.get('/api/plans?limit=100')).json()) as { total: number };
    expect(plans.total).toBe(12);
    const tasks = (await (await admin.get('/api/plans/1/tasks?limit=100')).json()) as {
      items: { content: string; light: { light: string } }[];
      total: number;
    };
    expect(tasks.total).toBe(20);
    expect(tasks.items[0]?.content).toMatch(/\p{Script=Han}/u);
    expect(
      tasks.items.every((i) => ['done', 'green', 'yellow', 'red'].includes(i.light.light)),
    ).toBe(true);
    const rollup = (await (await admin.get('/api/plans/1/rollup')).json()) as {
      keyTasks: { units: unknown[] }[];
    };
    expect(rollup.keyTasks.some((k) => k.units.length > 0)).toBe(true);
  });

  it('lets a synthetic owner log in and lets new rows take fresh ids after the seeded ones', async () => {
    const owner = await t.store.db
      .selectFrom('users')
      .select('username')
      .where('role', '=', 'owner')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await logInClient(baseUrl, owner.username);
    const res = await admin.send('POST', '/api/units', {
      name: '新建单位',
      parentId: 1,
      kind: 'society',
    });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { id: number }).id).toBe(61);
  });
});
