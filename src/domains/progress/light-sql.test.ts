/**
 * The light in SQL (light-sql.ts) against the pure rule (status-light.ts via taskLights): over
 * tasks with random windows, targets, evidence, milestones, reports and recurrences, filtering a
 * list by each light on both engines returns exactly the tasks the rule gives that light, for days
 * across the year; sorting by light and paging walks the same order as sorting the whole list.
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Access } from '../../platform/auth/access.js';
import type { Database } from '../../platform/db/schema.js';
import { rebuildTotals } from '../../platform/db/totals/rebuild-totals.js';
import { engines, openTestStore, type TestStore } from '../../test/stores.js';
import { loadSamplePlan } from '../plan/load-sample-plan.js';
import { taskListQuery } from '../task/task.schema.js';
import { findTasks } from './find-tasks.js';
import type { Light } from './status-light.js';
import { taskLights } from './task-lights.js';

function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const access: Access = {
  actor: {
    userId: 0,
    username: 'admin',
    role: 'admin',
    personId: null,
    unitId: null,
    via: 'token',
  },
  scope: { all: true },
};

const pad = (n: number) => String(n).padStart(2, '0');

/** Eighty tasks in the sample plan's year with everything a light reads drawn at random. */
async function seedTasks(
  db: Kysely<Database>,
  seed: number,
): Promise<{ planId: number; year: number }> {
  await loadSamplePlan({ db });
  const plan = await db.selectFrom('plans').select(['id', 'year']).executeTakeFirstOrThrow();
  const { year } = plan;
  const next = random(seed);
  const day = () =>
    `${year}-${pad(1 + Math.floor(next() * 12))}-${pad(1 + Math.floor(next() * 28))}`;
  const maybe = (p: number) => next() < p;
  for (let no = 100; no < 180; no++) {
    const [a, b] = [day(), day()].sort();
    const task = await db
      .insertInto('tasks')
      .values({
        plan_id: plan.id,
        no,
        content: `任务${no}`,
        start_date: maybe(0.5) ? a! : null,
        due_date: maybe(0.85) ? b! : null,
        recurring: maybe(0.1) ? (['monthly', 'quarterly', 'yearly'] as const)[no % 3]! : null,
        status: maybe(0.1) ? 'done' : 'open',
        updated_at: new Date().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (let k = Math.floor(next() * 3); k > 0; k--) {
      const indicator = await db
        .insertInto('indicators')
        .values({
          task_id: task.id,
          comparator: maybe(0.15) ? '<=' : '>=',
          value: Math.ceil(next() * 10),
          unit: '次',
          subject: '活动',
          aggregation: 'sum',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (let e = Math.floor(next() * 12); e > 0; e--)
        await db
          .insertInto('ledger_entries')
          .values({ indicator_id: indicator.id, entry_date: day(), quantity: 1, attributes: '{}' })
          .execute();
    }
    for (let m = Math.floor(next() * 3); m > 0; m--)
      await db
        .insertInto('milestones')
        .values({
          task_id: task.id,
          title: '节点',
          due_date: day(),
          done_at: maybe(0.4) ? day() : null,
        })
        .execute();
    for (let month = 1; month <= 12; month++)
      if (maybe(0.4))
        await db
          .insertInto('progress_reports')
          .values({
            task_id: task.id,
            month: `${year}-${pad(month)}`,
            done: '已推进',
            problems: '',
            next_steps: '',
            state: (['submitted', 'accepted', 'returned'] as const)[Math.floor(next() * 3)]!,
            submitted_at: `${year}-${pad(month)}-2${Math.floor(next() * 8)}T02:00:00.000Z`,
          })
          .execute();
  }
  await rebuildTotals(db, { all: true });
  return { planId: plan.id, year };
}

describe.each(engines)('lights in SQL on %s', (kind) => {
  let t: TestStore;
  let planId: number;
  let year: number;
  beforeAll(async () => {
    t = await openTestStore(kind);
    ({ planId, year } = await seedTasks(t.store.db, kind === 'sqlite' ? 3 : 5));
  });
  afterAll(async () => t.cleanup());

  const list = (asOf: string, extra: Record<string, unknown>) =>
    findTasks({
      db: t.store.db,
      access,
      query: taskListQuery.parse({ planId, limit: 500, ...extra }),
      today: asOf,
    });

  const ruleLights = async (asOf: string) => {
    const { items } = await list(asOf, {});
    const lights = await taskLights({
      db: t.store.db,
      tasks: items.map((i) => ({ ...i, planYear: year })),
      today: asOf,
    });
    return new Map([...lights].map(([id, l]) => [id, l.light]));
  };

  it('filters by each light to exactly the tasks the rule gives it, on days across the year', async () => {
    const days = ['01-01', '02-14', '03-31', '05-20', '06-30', '08-08', '09-30', '11-15', '12-31'];
    for (const asOf of days.map((d) => `${year}-${d}`)) {
      const rule = await ruleLights(asOf);
      expect(rule.size).toBeGreaterThan(80);
      const seen = new Set<Light>();
      for (const light of ['red', 'yellow', 'green', 'done'] as const) {
        const want = [...rule].filter(([, l]) => l === light).map(([id]) => id);
        const { items, total } = await list(asOf, { light });
        expect({ asOf, light, ids: items.map((i) => i.id).sort((a, b) => a - b) }).toEqual({
          asOf,
          light,
          ids: want.sort((a, b) => a - b),
        });
        expect(total).toBe(want.length);
        for (const item of items) expect(item.light.light).toBe(light);
        if (want.length > 0) seen.add(light);
      }
      // The draw gives every light somewhere in the year; a rule that lit everything alike fails.
      if (asOf.endsWith('06-30')) expect(seen.size).toBe(4);
    }
  });

  it('pages a list sorted by light in the order of the whole sorted list', async () => {
    const asOf = `${year}-07-15`;
    for (const order of ['asc', 'desc'] as const) {
      const whole = await list(asOf, { sort: 'light', order });
      const rank = { red: 0, yellow: 1, green: 2, done: 3 };
      const ranks = whole.items.map((i) => rank[i.light.light]);
      expect(ranks).toEqual([...ranks].sort((a, b) => (order === 'asc' ? a - b : b - a)));
      const paged: number[] = [];
      for (let offset = 0; offset < whole.total; offset += 7) {
        const page = await list(asOf, { sort: 'light', order, limit: 7, offset });
        expect(page.total).toBe(whole.total);
        paged.push(...page.items.map((i) => i.id));
      }
      expect(paged).toEqual(whole.items.map((i) => i.id));
      const past = await list(asOf, { sort: 'light', order, limit: 7, offset: whole.total + 3 });
      expect(past).toEqual({ items: [], total: whole.total });
    }
  });
});
