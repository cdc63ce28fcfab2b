/**
 * For the tracking API tests: the worked example (滁科协〔2017〕2号) on a clock the test moves,
 * with an administrator and two owners (彭国华 of 学会部, 柏春艳 of 办公室), logged in.
 */
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../platform/config.js';
import type { Database } from '../../platform/db/schema.js';
import { startTestApp, type TestApp } from '../../test/app.js';
import { buildUser, logInClient, personId, unitId, type Client } from '../../test/factories.js';
import { loadSamplePlan } from '../plan/load-sample-plan.js';

export interface TrackingApp {
  t: TestApp;
  db: Kysely<Database>;
  planId: number;
  as: { admin: Client; peng: Client; bai: Client };
  /** Moves the clock to noon of this China date. */
  setDay(day: string): void;
  task(no: number): Promise<number>;
  person(name: string): Promise<number>;
  unit(name: string): Promise<number>;
  auditCount(entity: string): Promise<number>;
}

export async function startTrackingApp(kind: DatabaseKind): Promise<TrackingApp> {
  let now = new Date('2017-09-30T04:00:00Z');
  let planId = 0;
  const t = await startTestApp(
    kind,
    async ({ store: { db } }) => {
      planId = (await loadSamplePlan({ db }))?.planId ?? 0;
      await buildUser(db, { username: 'admin', role: 'admin' });
      for (const [username, name, unit] of [
        ['peng', '彭国华', '学会部'],
        ['bai', '柏春艳', '办公室'],
      ] as const) {
        const ids = { personId: await personId(db, name), unitId: await unitId(db, unit) };
        await buildUser(db, { username, role: 'owner', ...ids });
      }
    },
    () => now,
  );
  const db = t.testStore.store.db;
  return {
    t,
    db,
    planId,
    as: {
      admin: await logInClient(t.baseUrl, 'admin'),
      peng: await logInClient(t.baseUrl, 'peng'),
      bai: await logInClient(t.baseUrl, 'bai'),
    },
    setDay: (day) => {
      now = new Date(`${day}T04:00:00Z`);
    },
    task: async (no) =>
      (
        await db
          .selectFrom('tasks')
          .select('id')
          .where('plan_id', '=', planId)
          .where('no', '=', no)
          .executeTakeFirstOrThrow()
      ).id,
    person: (name) => personId(db, name),
    unit: (name) => unitId(db, name),
    auditCount: async (entity) => {
      const row = await db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('entity', '=', entity)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

export type ErrorJson = { error: { code: string; details: { field: string }[] } };

export const errorField = async (res: Response) =>
  [res.status, ((await res.json()) as ErrorJson).error.details[0]?.field] as const;
