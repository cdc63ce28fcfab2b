/**
 * The app on the worked example (滁科协〔2017〕2号) for API tests: the plan loaded, an administrator
 * and the plan's people as users (all logged in), and a clock at noon China time that a test can
 * move. Domain test helpers configure the day and which audit entities they count.
 */
import type { Kysely } from 'kysely';
import { loadSamplePlan } from '../domains/plan/load-sample-plan.js';
import type { DatabaseKind } from '../platform/config.js';
import type { Database } from '../platform/db/schema.js';
import { startTestApp, type TestApp } from './app.js';
import { buildUser, logInClient, personId, unitId, type Client } from './factories.js';

/** username → role, person and the unit the person works in; the administrator has no unit. */
const people = [
  ['peng', 'owner', '彭国华', '学会部'],
  ['bai', 'owner', '柏春艳', '办公室'],
  ['liu', 'leader', '柳军', '滁州市科学技术协会'],
  ['zhang', 'leader', '张家水', '滁州市科学技术协会'],
] as const;

export type ExampleUser = 'admin' | (typeof people)[number][0];
const usernames: ExampleUser[] = ['admin', ...people.map(([username]) => username)];

export interface ExampleApp {
  t: TestApp;
  db: Kysely<Database>;
  as: Record<ExampleUser, Client>;
  userIds: Record<ExampleUser, number>;
  /** Moves the clock to noon (China time) of the given day. */
  setToday(date: string): void;
  /** Task id by its number in the table (1..10). */
  task(no: number): Promise<number>;
  /** Audit events about the entities the domain under test writes. */
  auditCount(): Promise<number>;
}

const noon = (date: string) => new Date(`${date}T04:00:00Z`);

async function seed(db: Kysely<Database>): Promise<void> {
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
}

async function byUser<T>(f: (name: ExampleUser) => Promise<T>): Promise<Record<ExampleUser, T>> {
  const entries: [ExampleUser, T][] = [];
  for (const name of usernames) entries.push([name, await f(name)]);
  return Object.fromEntries(entries) as Record<ExampleUser, T>;
}

export async function startWorkedExampleApp(
  kind: DatabaseKind,
  options: { today: string; audited: string[] },
): Promise<ExampleApp> {
  let now = noon(options.today);
  const t = await startTestApp(
    kind,
    ({ store }) => seed(store.db),
    () => now,
  );
  const db = t.testStore.store.db;
  const userId = async (name: ExampleUser) =>
    (
      await db
        .selectFrom('users')
        .select('id')
        .where('username', '=', name)
        .executeTakeFirstOrThrow()
    ).id;
  return {
    t,
    db,
    as: await byUser((name) => logInClient(t.baseUrl, name)),
    userIds: await byUser(userId),
    setToday: (date) => {
      now = noon(date);
    },
    task: async (no) =>
      (await db.selectFrom('tasks').select('id').where('no', '=', no).executeTakeFirstOrThrow()).id,
    auditCount: async () => {
      const row = await db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('entity', 'in', options.audited)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
