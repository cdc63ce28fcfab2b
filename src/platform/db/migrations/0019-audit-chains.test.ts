/** 0019 on a store with a single audit chain: its events join the organisation's chain. */
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../domains/audit/verify-audit-chain.js';
import { engines, openEmptyStore, type TestStore } from '../../../test/stores.js';
import { migrateToLatest } from '../database.js';
import { migrateTo } from './test-support.js';

/** Events chained by the rule of migrations 0002–0018. */
async function seedOldChain(t: TestStore, count: number) {
  let prev: string | null = null;
  for (let i = 1; i <= count; i++) {
    const event = {
      at: `2017-0${i}-01T00:00:00.000Z`,
      actor_user_id: null,
      actor_name: 'admin',
      entity: 'task',
      entity_id: i,
      action: 'update',
      before: null,
      after: JSON.stringify({ v: i }),
    };
    const content: unknown[] = [
      prev,
      event.at,
      event.actor_user_id,
      event.actor_name,
      event.entity,
      event.entity_id,
      event.action,
      event.before,
      event.after,
    ];
    const hash: string = createHash('sha256').update(JSON.stringify(content)).digest('hex');
    await t.store.db
      .insertInto('audit_events')
      .values({ ...event, prev_hash: prev, hash } as never)
      .execute();
    prev = hash;
  }
}

describe.each(engines)('migration 0019 on %s', (kind) => {
  let t: TestStore;
  afterEach(async () => t.cleanup());

  it('re-chains the events recorded before as the organisation’s chain', async () => {
    t = await openEmptyStore(kind);
    await migrateTo(t, '0018-bulletin-issue');
    await seedOldChain(t, 5);
    expect(await migrateToLatest(t.store)).toContain('0019-audit-chains');
    expect(await verifyAuditChain({ db: t.store.db })).toEqual({ ok: true, events: 5, chains: 1 });
    const head = await t.store.db.selectFrom('audit_chains').selectAll().execute();
    expect(head).toMatchObject([{ chain_id: 0, events: 5 }]);
  });

  it('keeps a break found before: the edited event still fails to verify', async () => {
    t = await openEmptyStore(kind);
    await migrateTo(t, '0018-bulletin-issue');
    await seedOldChain(t, 5);
    await t.store.db
      .updateTable('audit_events')
      .set({ action: 'forged' })
      .where('entity_id', '=', 3)
      .execute();
    await migrateToLatest(t.store);
    const forged = await t.store.db
      .selectFrom('audit_events')
      .select('id')
      .where('entity_id', '=', 3)
      .executeTakeFirstOrThrow();
    expect(await verifyAuditChain({ db: t.store.db })).toMatchObject({
      ok: false,
      chainId: 0,
      brokenAt: forged.id,
    });
  });
});
