import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSamplePlan } from '../plan/load-sample-plan.js';
import { buildUser, personId } from '../../test/factories.js';
import { engines, openTestStore, type TestStore } from '../../test/stores.js';
import { startNotifyWorker } from './notify-worker.js';

describe.each(engines)('notify worker on %s', (kind) => {
  let store: TestStore;

  beforeAll(async () => {
    store = await openTestStore(kind);
    await loadSamplePlan({ db: store.store.db });
    await buildUser(store.store.db, {
      username: 'bai',
      role: 'owner',
      personId: await personId(store.store.db, '柏春艳'),
    });
  });
  afterAll(async () => store.cleanup());

  it('runs reminders at start, keeps polling, and stops cleanly', async () => {
    const errors: unknown[] = [];
    const worker = startNotifyWorker({
      db: store.store.db,
      clock: () => new Date('2017-05-24T01:00:00Z'),
      log: {
        info: () => undefined,
        warn: () => undefined,
        error: (obj) => errors.push(obj),
      },
      settings: { sendEveryMs: 20 },
    });
    const count = async () =>
      Number(
        (
          await store.store.db
            .selectFrom('notifications')
            .select((eb) => eb.fn.countAll<number | string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const until = Date.now() + 10_000;
    while ((await count()) === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 100));
    await worker.stop();
    expect(await count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
