/**
 * For the review API tests: the worked example (滁科协〔2017〕2号) with its people as users, on a
 * clock that starts at 2017-05-20 noon in China (before task 1's due date, 5月底) and that a test
 * can move on.
 */
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../platform/config.js';
import type { Database } from '../../platform/db/schema.js';
import { startTestApp, type TestApp } from '../../test/app.js';
import { buildUser, logInClient, personId, unitId, type Client } from '../../test/factories.js';
import { loadSamplePlan } from '../import/load-sample-plan.js';

const people = [
  ['peng', 'owner', '彭国华', '学会部'],
  ['bai', 'owner', '柏春艳', '办公室'],
  ['liu', 'leader', '柳军', '滁州市科学技术协会'],
  ['zhang', 'leader', '张家水', '滁州市科学技术协会'],
] as const;
export type ReviewUser = 'admin' | (typeof people)[number][0];

async function each<T>(f: (name: ReviewUser) => Promise<T>): Promise<Record<ReviewUser, T>> {
  return {
    admin: await f('admin'),
    peng: await f('peng'),
    bai: await f('bai'),
    liu: await f('liu'),
    zhang: await f('zhang'),
  };
}

export interface ReviewApp {
  t: TestApp;
  db: Kysely<Database>;
  as: Record<ReviewUser, Client>;
  userIds: Record<ReviewUser, number>;
  /** Moves the clock to noon (China time) of the given day. */
  setToday(date: string): void;
  /** Task id by its number in the table (1..10). */
  task(no: number): Promise<number>;
  /** Audit events about extension requests, month closes and inbox views. */
  auditCount(): Promise<number>;
}

export async function startReviewApp(kind: DatabaseKind): Promise<ReviewApp> {
  let now = new Date('2017-05-20T04:00:00Z');
  const seed = async (db: Kysely<Database>) => {
    await loadSamplePlan({ db });
    await buildUser(db, { username: 'admin', role: 'admin' });
    for (const [username, role, name, unit] of people) {
      const ids = { personId: await personId(db, name), unitId: await unitId(db, unit) };
      await buildUser(db, { username, role, ...ids });
    }
  };
  const t = await startTestApp(
    kind,
    ({ store }) => seed(store.db),
    () => now,
  );
  const db = t.testStore.store.db;
  return {
    t,
    db,
    as: await each((name) => logInClient(t.baseUrl, name)),
    userIds: await each(
      async (name) =>
        (
          await db
            .selectFrom('users')
            .select('id')
            .where('username', '=', name)
            .executeTakeFirstOrThrow()
        ).id,
    ),
    setToday: (date) => {
      now = new Date(`${date}T04:00:00Z`);
    },
    task: async (no) =>
      (await db.selectFrom('tasks').select('id').where('no', '=', no).executeTakeFirstOrThrow()).id,
    auditCount: async () => {
      const row = await db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('entity', 'in', ['extension_request', 'month_close', 'inbox_view'])
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
