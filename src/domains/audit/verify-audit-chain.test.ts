import { afterEach, describe, expect, it } from 'vitest';
import { engines, openTestStore, type TestStore } from '../../test/stores.js';
import { recordAudit } from './record-audit.js';
import { verifyAuditChain } from './verify-audit-chain.js';

describe.each(engines)('the audit hash chains on %s', (kind) => {
  let t: TestStore;
  afterEach(async () => t.cleanup());

  /** Entity 1 on plan 1, 2 on plan 2, 3 on the organisation's chain, 4 on plan 1 again… */
  const planOf = (i: number) => [null, 1, 2][i % 3] ?? null;

  /** Events on the three chains in turn, entity ids 1…n. */
  async function seedEvents(n: number) {
    t = await openTestStore(kind);
    for (let i = 1; i <= n; i++) {
      await recordAudit(t.store.db, {
        actor: null,
        planId: planOf(i),
        entity: 'task',
        entityId: i,
        action: 'update',
        before: { v: i },
        after: { v: i + 1 },
      });
    }
  }

  const eventOf = (entityId: number) =>
    t.store.db
      .selectFrom('audit_events')
      .select(['id', 'chain_id'])
      .where('entity', '=', 'task')
      .where('entity_id', '=', entityId)
      .executeTakeFirstOrThrow();

  it('verifies untouched chains, one per plan and the organisation’s, across batches', async () => {
    await seedEvents(10);
    const report = await verifyAuditChain({ db: t.store.db, batch: 2 });
    // The test store's seed records events of its own on the organisation's chain.
    expect(report).toMatchObject({ ok: true, chains: 3 });
    const heads = await t.store.db
      .selectFrom('audit_chains')
      .select(['chain_id', 'events'])
      .where('chain_id', 'in', [1, 2])
      .orderBy('chain_id')
      .execute();
    expect(heads).toEqual([
      { chain_id: 1, events: 4 },
      { chain_id: 2, events: 3 },
    ]);
  });

  it('reports the event whose content was edited, and its chain', async () => {
    await seedEvents(6);
    await t.store.db
      .updateTable('audit_events')
      .set({ after: '{"v":999}' })
      .where('entity_id', '=', 5)
      .execute();
    const edited = await eventOf(5);
    expect(await verifyAuditChain({ db: t.store.db })).toMatchObject({
      ok: false,
      chainId: 2,
      brokenAt: edited.id,
      reason: expect.stringMatching(/changed/) as unknown,
    });
  });

  it('reports an event moved to another chain', async () => {
    await seedEvents(6);
    await t.store.db
      .updateTable('audit_events')
      .set({ chain_id: 2 })
      .where('entity_id', '=', 4)
      .execute();
    expect(await verifyAuditChain({ db: t.store.db })).toMatchObject({ ok: false, chainId: 1 });
  });

  it('reports the event after one that was deleted', async () => {
    await seedEvents(7);
    await t.store.db.deleteFrom('audit_events').where('entity_id', '=', 1).execute();
    const next = await eventOf(4);
    expect(await verifyAuditChain({ db: t.store.db })).toMatchObject({
      ok: false,
      chainId: 1,
      brokenAt: next.id,
    });
  });

  it('reports a chain whose last events were deleted', async () => {
    await seedEvents(7);
    await t.store.db.deleteFrom('audit_events').where('entity_id', '=', 7).execute();
    const last = await eventOf(4);
    expect(await verifyAuditChain({ db: t.store.db })).toMatchObject({
      ok: false,
      chainId: 1,
      brokenAt: last.id,
      reason: expect.stringMatching(/removed/) as unknown,
    });
  });

  it('keeps each chain whole when writers append concurrently', async () => {
    t = await openTestStore(kind);
    const db = t.store.db;
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        db.transaction().execute((trx) =>
          recordAudit(trx, {
            actor: null,
            planId: (i % 3) + 1,
            entity: 'task',
            entityId: i,
            action: 'touch',
          }),
        ),
      ),
    );
    const report = await verifyAuditChain({ db });
    expect(report.ok).toBe(true);
    const heads = await db
      .selectFrom('audit_chains')
      .select('events')
      .where('chain_id', 'in', [1, 2, 3])
      .execute();
    expect(heads.map((h) => h.events)).toEqual([10, 10, 10]);
  });
});

describe('the audit chains on postgres', () => {
  let t: TestStore;
  afterEach(async () => t.cleanup());

  it('lets a plan’s write commit while another plan’s append waits on its open transaction', async () => {
    t = await openTestStore('postgres');
    const db = t.store.db;
    const append = (planId: number) => (trx: typeof db) =>
      recordAudit(trx, { actor: null, planId, entity: 'task', entityId: planId, action: 'touch' });
    let releaseFirst = () => {};
    const held = new Promise<void>((resolve) => (releaseFirst = resolve));
    const first = db.transaction().execute(async (trx) => {
      await append(1)(trx);
      await held;
    });
    // Plan 2 appends and commits while plan 1's transaction still holds its chain's head.
    const second = db.transaction().execute(append(2));
    const outcome = await Promise.race([
      second.then(() => 'committed'),
      new Promise((resolve) => setTimeout(() => resolve('waited'), 5000)),
    ]);
    releaseFirst();
    await Promise.all([first, second]);
    expect(outcome).toBe('committed');
    expect(await verifyAuditChain({ db })).toMatchObject({ ok: true });
  });
});
