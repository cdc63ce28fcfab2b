/**
 * For the ledger and report API tests: the worked example (滁科协〔2017〕2号) on a clock standing at
 * 2017-09-30 noon in China, with an administrator and the plan's people as users, logged in.
 */
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../platform/config.js';
import type { Database } from '../../platform/db/schema.js';
import { startTestApp, type TestApp } from '../../test/app.js';
import { buildUser, logInClient, personId, unitId, type Client } from '../../test/factories.js';
import { loadSamplePlan } from '../import/load-sample-plan.js';

export const sampleClock = () => new Date('2017-09-30T04:00:00Z');

/** username → role, person and the unit the person works in; the administrator has no unit. */
const people = [
  ['peng', 'owner', '彭国华', '学会部'],
  ['bai', 'owner', '柏春艳', '办公室'],
  ['liu', 'leader', '柳军', '滁州市科学技术协会'],
  ['zhang', 'leader', '张家水', '滁州市科学技术协会'],
] as const;

export type SampleUser = 'admin' | (typeof people)[number][0];

async function each<T>(f: (name: SampleUser) => Promise<T>): Promise<Record<SampleUser, T>> {
  return {
    admin: await f('admin'),
    peng: await f('peng'),
    bai: await f('bai'),
    liu: await f('liu'),
    zhang: await f('zhang'),
  };
}

export interface SampleApp {
  t: TestApp;
  db: Kysely<Database>;
  as: Record<SampleUser, Client>;
  userIds: Record<SampleUser, number>;
  /** Task id by its number in the table (1..10). */
  task(no: number): Promise<number>;
  /** Audit events about indicators, ledger entries and progress reports. */
  auditCount(): Promise<number>;
}

export async function startSampleApp(kind: DatabaseKind): Promise<SampleApp> {
  const seed = async (db: Kysely<Database>) => {
    await loadSamplePlan({ db });
    await buildUser(db, { username: 'admin', role: 'admin' });
    for (const [username, role, name, unit] of people) {
      await buildUser(db, {
        username,
        role,
        personId: await personId(db, name),
        unitId: await unitId(db, unit),
      });
    }
  };
  const t = await startTestApp(kind, ({ store }) => seed(store.db), sampleClock);
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
    task: async (no) =>
      (await db.selectFrom('tasks').select('id').where('no', '=', no).executeTakeFirstOrThrow()).id,
    auditCount: async () => {
      const row = await db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('entity', 'in', ['indicator', 'ledger_entry', 'progress_report'])
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
