import { afterEach, describe, expect, it } from 'vitest';
import { engines, openTestStore, type TestStore } from '../../test/stores.js';
import { recordAudit } from './record-audit.js';
import { verifyAuditChain } from './verify-audit-chain.js';

describe.each(engines)('the audit hash chain on %s', (kind) => {
  let t: TestStore;
  afterEach(async () => t.cleanup());

  async function seedEvents(n: number) {
    t = await openTestStore(kind);
    for (let i = 1; i <= n; i++) {
      await recordAudit(t.store.db, {
        actor: null,
        entity: 'task',
        entityId: i,
        action: 'update',
        before: { v: i },
        after: { v: i + 1 },
      });
    }
  }

  it('verifies an untouched trail, across batches', async () => {
    await seedEvents(7);
    expect(await verifyAuditChain({ db: t.store.db, batch: 3 })).toEqual({ ok: true, events: 7 });
  });

  it('reports the event whose content was edited', async () => {
    await seedEvents(5);
    await t.store.db
      .updateTable('audit_events')
      .set({ after: '{"v":999}' })
      .where('entity_id', '=', 3)
      .execute();
    expect(await verifyAuditChain({ db: t.store.db })).toMatchObject({
      ok: false,
      brokenAt: 3,
      reason: expect.stringMatching(/changed/) as unknown,
    });
  });

  it('reports the event after one that was deleted', async () => {
    await seedEvents(5);
    await t.store.db.deleteFrom('audit_events').where('entity_id', '=', 2).execute();
    expect(await verifyAuditChain({ db: t.store.db })).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it('keeps one chain when writers append concurrently', async () => {
    t = await openTestStore(kind);
    const db = t.store.db;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db
          .transaction()
          .execute((trx) =>
            recordAudit(trx, { actor: null, entity: 'task', entityId: i, action: 'touch' }),
          ),
      ),
    );
    expect(await verifyAuditChain({ db })).toEqual({ ok: true, events: 20 });
  });
});
