/**
 * The stored totals (db/totals/) against a recount from the ledger: after random entries, voids,
 * re-entries, target edits and milestones on both engines `verifyTotals` finds nothing, a tampered
 * or missing row is reported, and concurrent writes to one task's indicators lose nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/auth/actor.js';
import { rebuildTotals } from '../../platform/db/totals/rebuild-totals.js';
import { verifyTotals } from '../../platform/db/totals/verify-totals.js';
import { buildUser } from '../../test/factories.js';
import { engines, openTestStore, type TestStore } from '../../test/stores.js';
import { loadSamplePlan } from '../plan/load-sample-plan.js';
import { completeMilestone } from '../task/complete-milestone.js';
import { createMilestone } from '../task/create-milestone.js';
import { createIndicator } from './create-indicator.js';
import { createLedgerEntry } from './create-ledger-entry.js';
import type { CreateIndicatorInput } from './ledger.schema.js';
import { updateIndicator } from './update-indicator.js';
import { voidLedgerEntry } from './void-ledger-entry.js';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const targets: CreateIndicatorInput[] = [
  { comparator: '>=', value: 12.5, unit: '万元', subject: '资金', aggregation: 'sum' },
  { comparator: '>=', value: 20, unit: '次', subject: '活动', aggregation: 'count' },
  { comparator: '>=', value: 6, unit: '个', subject: '村', aggregation: 'distinct_subjects' },
  {
    comparator: '>=',
    value: 4,
    unit: '人',
    subject: '干部',
    aggregation: 'per_person',
    perPersonThreshold: 3,
  },
  { comparator: 'range', min: 5, max: 9, unit: '场', subject: '讲座', aggregation: 'sum' },
  { comparator: '<=', value: 3, unit: '起', subject: '事故', aggregation: 'count' },
];

describe.each(engines)('stored totals on %s', (kind) => {
  let t: TestStore;
  afterEach(async () => t.cleanup());

  async function setUp() {
    t = await openTestStore(kind);
    const db = t.store.db;
    await loadSamplePlan({ db });
    const userId = await buildUser(db, { username: 'admin', role: 'admin' });
    const actor: Actor = {
      userId,
      username: 'admin',
      role: 'admin',
      personId: null,
      unitId: null,
      via: 'session',
    };
    const tasks = await db
      .selectFrom('tasks')
      .innerJoin('plans', 'plans.id', 'tasks.plan_id')
      .select(['tasks.id', 'tasks.plan_id', 'plans.year'])
      .orderBy('tasks.no')
      .limit(3)
      .execute();
    const indicators: { id: number; taskId: number; aggregation: string; planId: number }[] = [];
    for (const [i, input] of targets.entries()) {
      const task = tasks[i % tasks.length]!;
      const id = await createIndicator({ db, actor, taskId: task.id, input });
      indicators.push({
        id,
        taskId: task.id,
        aggregation: input.aggregation,
        planId: task.plan_id,
      });
    }
    return { db, actor, tasks, indicators, year: tasks[0]!.year };
  }

  it('agree with the ledger after random entries, voids, re-entries, target edits and milestones', async () => {
    const { db, actor, tasks, indicators, year } = await setUp();
    const next = random(kind === 'sqlite' ? 7 : 11);
    const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
    const live: { id: number; indicatorId: number }[] = [];
    const voided: { id: number; indicatorId: number }[] = [];
    const milestones: number[] = [];
    for (let step = 0; step < 240; step++) {
      const roll = next();
      const indicator = pick(indicators);
      const entryDate = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-1${Math.floor(next() * 9)}`;
      if (roll < 0.6) {
        const row = await createLedgerEntry({
          db,
          actor,
          indicator: { ...indicator, planYear: year },
          input: {
            entryDate,
            // Fractions whose sums are not exact in binary: the check allows for the last bits.
            quantity: pick([1, 0.1, 0.7, 2.5, 3]),
            subject: pick(['甲', '乙', '丙', '丁', '戊']),
          },
          now: new Date(),
        });
        live.push({ id: row.id, indicatorId: indicator.id });
      } else if (roll < 0.8 && live.length > 0) {
        const entry = live.splice(Math.floor(next() * live.length), 1)[0]!;
        await voidLedgerEntry({ db, actor, id: entry.id, reason: '录入有误', now: new Date() });
        voided.push(entry);
      } else if (roll < 0.88 && voided.length > 0) {
        // A re-entry: the corrected entry names the one it replaces.
        const old = voided.pop()!;
        const of = indicators.find((i) => i.id === old.indicatorId)!;
        const row = await createLedgerEntry({
          db,
          actor,
          indicator: { ...of, planYear: year },
          input: { entryDate, quantity: 2, subject: '甲', replacesId: old.id },
          now: new Date(),
        });
        live.push({ id: row.id, indicatorId: of.id });
      } else if (roll < 0.93) {
        const found = await db
          .selectFrom('indicators')
          .select('version')
          .where('id', '=', indicator.id)
          .executeTakeFirstOrThrow();
        await updateIndicator({
          db,
          actor,
          id: indicator.id,
          expected: { version: found.version, source: 'body' },
          input:
            indicator.aggregation === 'per_person'
              ? { perPersonThreshold: pick([1, 2.5, 4]) }
              : { value: pick([3, 8, 40]) },
        });
      } else if (roll < 0.97 || milestones.length === 0) {
        const row = await createMilestone({
          db,
          actor,
          taskId: pick(tasks).id,
          input: { title: `节点${step}`, due: entryDate },
        });
        milestones.push(row.id);
      } else {
        const id = milestones.shift()!;
        await completeMilestone({
          db,
          actor,
          id,
          evidence: '已完成',
          expected: { version: 1, source: 'body' },
          today: `${year}-06-30`,
        });
      }
      if (step % 60 === 59) expect(await verifyTotals(db)).toMatchObject({ ok: true });
    }
    const report = await verifyTotals(db);
    expect(report.differences).toEqual([]);
    // Something was counted: stored progress moved off zero somewhere and some entries live.
    const stored = await db.selectFrom('indicator_totals').selectAll().execute();
    expect(stored.some((r) => Number(r.entries) > 0)).toBe(true);
    expect(report.indicators).toBeGreaterThanOrEqual(targets.length);
  });

  it('reports a tampered total and a missing row, and a rebuild mends both', async () => {
    const { db, actor, indicators, year } = await setUp();
    for (const indicator of indicators)
      await createLedgerEntry({
        db,
        actor,
        indicator: { ...indicator, planYear: year },
        input: { entryDate: `${year}-03-01`, quantity: 2, subject: '甲' },
        now: new Date(),
      });
    expect(await verifyTotals(db)).toMatchObject({ ok: true, differences: [] });
    const sum = indicators[0]!;
    await db
      .updateTable('indicator_totals')
      .set({ total: 99 })
      .where('indicator_id', '=', sum.id)
      .execute();
    await db.deleteFrom('task_facts').where('task_id', '=', indicators[1]!.taskId).execute();
    const report = await verifyTotals(db);
    expect(report.ok).toBe(false);
    expect(report.differences).toEqual(
      expect.arrayContaining([
        {
          table: 'indicator_totals',
          key: String(sum.id),
          column: 'total',
          stored: 99,
          expected: 2,
        },
        {
          table: 'task_facts',
          key: String(indicators[1]!.taskId),
          column: '*',
          stored: null,
          expected: 'row',
        },
      ]),
    );
    await rebuildTotals(db, { all: true });
    expect(await verifyTotals(db)).toMatchObject({ ok: true });
  });

  it('loses nothing when entries to one task’s indicators are written at once', async () => {
    const { db, actor, indicators, year } = await setUp();
    const ofFirstTask = indicators.filter((i) => i.taskId === indicators[0]!.taskId);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        createLedgerEntry({
          db,
          actor,
          indicator: { ...ofFirstTask[i % ofFirstTask.length]!, planYear: year },
          input: { entryDate: `${year}-05-0${1 + (i % 9)}`, quantity: 1, subject: `人${i % 7}` },
          now: new Date(),
        }),
      ),
    );
    expect(await verifyTotals(db)).toMatchObject({ ok: true, differences: [] });
    const entries = await db
      .selectFrom('indicator_totals')
      .select((eb) => eb.fn.sum<number>('entries').as('n'))
      .where('task_id', '=', indicators[0]!.taskId)
      .executeTakeFirstOrThrow();
    expect(Number(entries.n)).toBe(40);
  });
});
