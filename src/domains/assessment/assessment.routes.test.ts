import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitId } from '../../test/factories.js';
import { engines } from '../../test/stores.js';
import type { UnitScore } from './assessment-scoring.js';
import {
  addLedgerEntries,
  addReport,
  startAssessmentApp,
  type AssessmentApp,
} from './test-support.js';

interface Scheme {
  stored: boolean;
  version: number;
  weights: { taskId: number; no: number; weight: number }[];
  weightTotal: number;
  overdueDeduction: number;
  missingReportDeduction: number;
  bonuses: { name: string; unitId: number; unitName: string | null; points: number }[];
}
interface Scores {
  asOf: string;
  departments: UnitScore[];
  units: UnitScore[];
  tasks: { no: number; done: boolean; overdue: boolean; completion: number }[];
}

describe.each(engines)('year-end assessment on %s', (kind) => {
  let s: AssessmentApp;
  let society: number;
  let scheme: (over?: Record<string, unknown>) => Record<string, unknown>;
  const schemeUrl = () => `/api/plans/${s.planId}/assessment-scheme`;
  const getScheme = async () => (await (await s.as.admin.get(schemeUrl())).json()) as Scheme;
  const scores = async (query = '') => {
    const res = await s.as.bai.get(`/api/plans/${s.planId}/assessment${query}`);
    expect(res.status).toBe(200);
    return (await res.json()) as Scores;
  };
  const department = (all: Scores, name: string) => {
    const found = all.departments.find((d) => d.unitName === name);
    if (!found) throw new Error(`no ${name}`);
    return found;
  };

  beforeAll(async () => {
    s = await startAssessmentApp(kind);
    society = await unitId(s.db, '学会部');
    const ids = await Promise.all(Array.from({ length: 10 }, (_, i) => s.task(i + 1)));
    // Task 1 weighs 20, tasks 9 and 10 weigh 5, the rest 10: 100 in all.
    const weights = ids.map((taskId, i) => ({
      taskId,
      weight: i === 0 ? 20 : i >= 8 ? 5 : 10,
    }));
    scheme = (over = {}) => ({
      weights,
      overdueDeduction: 3,
      missingReportDeduction: 0,
      bonuses: [
        { name: '省科协表彰', unitId: society, points: 2, reason: '获评全省科协系统先进集体' },
      ],
      ...over,
    });
    // Task 3: one of two 院士与企业对接活动 (0.5); task 4: its one 海智对接活动 (1).
    await addLedgerEntries(s.db, ids[2] ?? 0, 1, '2017-09-10');
    await addLedgerEntries(s.db, ids[3] ?? 0, 1, '2017-09-12');
    // Task 7 done on 2017-09-30, before its due date 2017-12-31.
    const task7 = ids[6] ?? 0;
    const res = await s.as.admin.send('POST', `/api/tasks/${task7}/complete`, { version: 1 });
    expect(res.status).toBe(200);
  });
  afterAll(async () => s.t.close());

  it('offers equal weights summing to 100 before a scheme is saved', async () => {
    const res = await s.as.peng.get(schemeUrl());
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"v0"');
    const body = (await res.json()) as Scheme;
    expect(body).toMatchObject({ stored: false, version: 0, weightTotal: 100, bonuses: [] });
    expect(body.weights.map((w) => [w.no, w.weight])).toEqual(
      Array.from({ length: 10 }, (_, i) => [i + 1, 10]),
    );
  });

  it('lets an administrator save a scheme with a bonus, audited, and nobody else', async () => {
    expect((await s.as.peng.send('PUT', schemeUrl(), scheme())).status).toBe(403);
    expect((await s.as.liu.send('PUT', schemeUrl(), scheme())).status).toBe(403);
    const before = await s.auditCount();
    const res = await s.as.admin.send('PUT', schemeUrl(), scheme());
    expect(res.status).toBe(201);
    expect(res.headers.get('etag')).toBe('"v1"');
    expect(await s.auditCount()).toBe(before + 1);
    const saved = await getScheme();
    expect(saved).toMatchObject({
      stored: true,
      version: 1,
      weightTotal: 100,
      overdueDeduction: 3,
    });
    expect(saved.bonuses).toEqual([
      {
        name: '省科协表彰',
        unitId: society,
        unitName: '学会部',
        points: 2,
        reason: '获评全省科协系统先进集体',
      },
    ]);
  });

  it('scores each department as computed by hand on 2017-09-30', async () => {
    const all = await scores();
    expect(all.asOf).toBe('2017-09-30');
    // 学会部 (tasks 2, 3, 4, 8; weight 40): earned 0 + 10 × 0.5 + 10 × 1 + 0 = 15,
    //   base 100 × 15 / 40 = 37.5, bonus 2 → 39.5.
    // 办公室 (tasks 1, 7, 9, 10; weight 20 + 10 + 5 + 5 = 40): task 7 done → earned 10, base 25;
    //   task 1 due 5月底 is open → overdue, −3 → 22.
    // 科技馆 (task 5) and 科普部 (task 6): nothing done → 0; tied, 科技馆 first by collation.
    expect(
      all.departments.map((d) => [
        d.rank,
        d.unitName,
        d.weight,
        d.earned,
        d.base,
        d.deductions,
        d.bonus,
        d.total,
      ]),
    ).toEqual([
      [1, '学会部', 40, 15, 37.5, 0, 2, 39.5],
      [2, '办公室', 40, 10, 25, 3, 0, 22],
      [3, '科技馆', 10, 0, 0, 0, 0, 0],
      [4, '科普部', 10, 0, 0, 0, 0, 0],
    ]);
    expect(all.units).toEqual([]);
    expect(all.tasks.find((t) => t.no === 7)).toMatchObject({ done: true, completion: 1 });
  });

  it('costs a department the deduction from the day after its task falls due', async () => {
    const onDue = department(await scores('?asOf=2017-05-31'), '办公室');
    const after = department(await scores('?asOf=2017-06-01'), '办公室');
    expect([onDue.overdueTasks, onDue.overdueDeduction]).toEqual([0, 0]);
    expect([after.overdueTasks, after.overdueDeduction]).toEqual([1, 3]);
    expect(after.base).toBe(onDue.base);
    expect(after.total).toBe(onDue.total - 3);
    // Task 7 was completed on 2017-09-30, so on 2017-05-31 it was still open.
    expect(onDue.earned).toBe(0);
  });

  it('refuses a stale If-Match with 412 and changes nothing', async () => {
    const updated = await s.as.admin.send('PUT', schemeUrl(), scheme({ overdueDeduction: 4 }), {
      'if-match': '"v1"',
    });
    expect(updated.status).toBe(200);
    expect(updated.headers.get('etag')).toBe('"v2"');
    const before = await s.auditCount();
    const stale = await s.as.admin.send('PUT', schemeUrl(), scheme({ overdueDeduction: 9 }), {
      'if-match': '"v1"',
    });
    expect(stale.status).toBe(412);
    expect(await s.auditCount()).toBe(before);
    expect(await getScheme()).toMatchObject({ version: 2, overdueDeduction: 4 });
    const missing = await s.as.admin.send('PUT', schemeUrl(), scheme());
    expect(missing.status).toBe(428);
  });

  it.each([
    [
      'a negative weight',
      400,
      (w: Weights) => [{ ...w[0], weight: -5 }, ...w.slice(1)],
      'body.weights.0.weight',
    ],
    [
      'an unknown task',
      422,
      (w: Weights) => [...w.slice(0, 9), { taskId: 999_999, weight: 5 }],
      'body.weights.9.taskId',
    ],
    [
      'a task listed twice',
      422,
      (w: Weights) => [...w.slice(0, 9), { ...w[1], weight: 5 }],
      'body.weights.9.taskId',
    ],
    ['weights summing to 95', 422, (w: Weights) => w.slice(0, 9), 'body.weights'],
  ] as const)('rejects %s with %s and changes nothing', async (_what, status, edit, field) => {
    const current = await getScheme();
    const before = await s.auditCount();
    const weights = current.weights.map(({ taskId, weight }) => ({ taskId, weight }));
    const res = await s.as.admin.send('PUT', schemeUrl(), scheme({ weights: edit(weights) }), {
      'if-match': `"v${current.version}"`,
    });
    expect(res.status).toBe(status);
    const body = (await res.json()) as { error: { details: { field: string }[] } };
    expect(body.error.details.map((d) => d.field)).toContain(field);
    expect(await s.auditCount()).toBe(before);
    expect(await getScheme()).toEqual(current);
  });

  it('rejects a bonus for a unit that leads no task of the plan', async () => {
    const current = await getScheme();
    const issuer = await unitId(s.db, '滁州市科学技术协会');
    const res = await s.as.admin.send(
      'PUT',
      schemeUrl(),
      scheme({ bonuses: [{ name: '表彰', unitId: issuer, points: 1, reason: '先进' }] }),
      { 'if-match': `"v${current.version}"` },
    );
    expect(res.status).toBe(422);
    expect(await getScheme()).toEqual(current);
  });

  it('deducts per month a task owed a report and has none (a returned one counts as none)', async () => {
    const task5 = await s.task(5);
    await addReport(s.db, task5, '2017-01', 'submitted');
    await addReport(s.db, task5, '2017-02', 'accepted');
    await addReport(s.db, task5, '2017-03', 'returned');
    const current = await getScheme();
    const res = await s.as.admin.send('PUT', schemeUrl(), scheme({ missingReportDeduction: 0.5 }), {
      'if-match': `"v${current.version}"`,
    });
    expect(res.status).toBe(200);
    // January … September owed (9), two reported → 7 missing × 0.5.
    expect(department(await scores(), '科技馆')).toMatchObject({
      missingReports: 7,
      missingReportDeduction: 3.5,
      total: -3.5,
    });
  });

  it('scores a task whose audited completion names no readable time as done, without failing', async () => {
    const task7 = await s.task(7);
    const event = () =>
      s.db
        .updateTable('audit_events')
        .where('entity', '=', 'task')
        .where('action', '=', 'complete')
        .where('entity_id', '=', task7);
    const [stored] = await s.db
      .selectFrom('audit_events')
      .select(['after', 'at'])
      .where('entity', '=', 'task')
      .where('action', '=', 'complete')
      .where('entity_id', '=', task7)
      .execute();
    // Written straight into the table, as old data would be. Scores are cached per data
    // generation, which such writes do not move: each look asks for another day.
    await event()
      .set({ after: '{"updated_at":"2017-13-45T00:00:00Z"}', at: '0000-00-00' })
      .execute();
    const first = await scores('?asOf=2017-10-01');
    expect(first.tasks.find((t) => t.no === 7)).toMatchObject({ done: true });
    await event().set({ after: '{"updated_at"', at: 'never' }).execute();
    const second = await scores('?asOf=2017-10-02');
    expect(second.tasks.find((t) => t.no === 7)).toMatchObject({ done: true });
    await event()
      .set({ after: stored?.after ?? null, at: stored?.at ?? '' })
      .execute();
  });
});

type Weights = { taskId: number; weight: number }[];
