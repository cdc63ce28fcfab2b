import { describe, expect, it } from 'vitest';
import { defaultRules, equalWeights, type SchemeRules } from './assessment-scheme.js';
import { scoreAssessment, scoreTask, type ScoringTask } from './assessment-scoring.js';
import { owedReportMonths } from './report-months.js';

const office = { id: 11, name: '办公室', kind: 'department' };
const society = { id: 12, name: '学会部', kind: 'department' };
const county = { id: 21, name: '天长市科协', kind: 'county' };

const task = (over: Partial<ScoringTask> & { taskId: number }): ScoringTask => ({
  no: over.taskId,
  unitIds: [office.id],
  status: 'open',
  due: '2017-12-31',
  completedOn: null,
  light: null,
  progress: null,
  missingReports: 0,
  ...over,
});

const rules: SchemeRules = {
  weights: [
    { taskId: 1, weight: 30 },
    { taskId: 2, weight: 20 },
    { taskId: 3, weight: 50 },
  ],
  overdueDeduction: 2,
  missingReportDeduction: 1,
  bonuses: [{ name: '省级表彰', unitId: office.id, points: 3, reason: '获省科协表彰' }],
};

describe('scoreAssessment', () => {
  const tasks = [
    // On time: full weight, no deduction.
    task({ taskId: 1, status: 'done', due: '2017-05-31', completedOn: '2017-05-20' }),
    // Open past its due date at half progress, two months without a report.
    task({ taskId: 2, due: '2017-06-30', progress: 0.5, missingReports: 2 }),
    // Done late, led by a department and a county association together.
    task({
      taskId: 3,
      unitIds: [society.id, county.id],
      status: 'done',
      due: '2017-10-31',
      completedOn: '2017-11-15',
    }),
  ];
  const scores = scoreAssessment({
    rules,
    tasks,
    units: [office, society, county],
    asOf: '2017-12-31',
  });

  it('scores each department on its own tasks with deductions and bonuses', () => {
    // 办公室: weight 30 + 20 = 50; earned 30 + 20 × 0.5 = 40; base 100 × 40 / 50 = 80;
    // deductions 1 overdue × 2 + 2 reports × 1 = 4; bonus 3; total 80 − 4 + 3 = 79.
    expect(scores.departments.find((d) => d.unitId === office.id)).toEqual({
      rank: 2,
      unitId: office.id,
      unitName: '办公室',
      tasks: 2,
      weight: 50,
      earned: 40,
      base: 80,
      overdueTasks: 1,
      overdueDeduction: 2,
      missingReports: 2,
      missingReportDeduction: 2,
      deductions: 4,
      bonuses: [{ name: '省级表彰', points: 3, reason: '获省科协表彰' }],
      bonus: 3,
      total: 79,
    });
    // 学会部: task 3 done late earns its full weight but costs the overdue deduction: 100 − 2.
    expect(scores.departments.map((d) => [d.rank, d.unitName, d.total])).toEqual([
      [1, '学会部', 98],
      [2, '办公室', 79],
    ]);
  });

  it('ranks other units apart from departments, crediting each lead unit in full', () => {
    expect(scores.units.map((u) => [u.rank, u.unitName, u.base, u.total])).toEqual([
      [1, '天长市科协', 100, 98],
    ]);
  });

  it('gives each task its weight, completion and deduction', () => {
    expect(
      scores.tasks.map((t) => [t.taskId, t.completion, t.earned, t.overdue, t.deduction]),
    ).toEqual([
      [1, 1, 30, false, 0],
      [2, 0.5, 10, true, 4],
      [3, 1, 50, true, 2],
    ]);
  });
});

describe('scoreTask', () => {
  const at = (over: Partial<ScoringTask>, asOf = '2017-09-30') =>
    scoreTask(task({ taskId: 1, ...over }), rules, asOf);

  it.each([
    [1.7, 1, 30],
    [-0.2, 0, 0],
    [null, 0, 0],
    [0.333, 0.33, 9.9],
  ])(
    'caps indicator progress %s to completion %s (earned %s of 30)',
    (progress, completion, earned) => {
      expect(at({ progress })).toMatchObject({ completion, earned });
    },
  );

  it('counts a task completed after asOf as open on asOf', () => {
    expect(at({ status: 'done', completedOn: '2017-12-20', progress: 0.4 })).toMatchObject({
      done: false,
      completion: 0.4,
      overdue: false,
    });
  });

  it('counts a done task without a completion date as done on time', () => {
    expect(at({ status: 'done', due: '2017-05-31' })).toMatchObject({
      done: true,
      completion: 1,
      overdue: false,
    });
  });

  it('is not overdue on its due date, and is the day after', () => {
    expect(at({ due: '2017-09-30' }).overdue).toBe(false);
    expect(at({ due: '2017-09-29' }).overdue).toBe(true);
  });

  it('gives a task the scheme does not list no weight', () => {
    expect(scoreTask(task({ taskId: 9, progress: 1 }), rules, '2017-09-30').earned).toBe(0);
  });
});

describe('ranking ties', () => {
  const rulesOf = (weights: [number, number][]): SchemeRules => ({
    ...defaultRules([]),
    weights: weights.map(([taskId, weight]) => ({ taskId, weight })),
  });

  it('puts the higher base first when totals are equal', () => {
    // 学会部 base 90 − 0; 办公室 base 100 − 10 (5 missing reports at 2 points): both 90.
    const scores = scoreAssessment({
      rules: {
        ...rulesOf([
          [1, 50],
          [2, 50],
        ]),
        missingReportDeduction: 2,
      },
      tasks: [
        task({ taskId: 1, status: 'done', missingReports: 5 }),
        task({ taskId: 2, unitIds: [society.id], progress: 0.9 }),
      ],
      units: [society, office],
      asOf: '2017-09-30',
    });
    expect(scores.departments.map((d) => [d.unitName, d.base, d.total])).toEqual([
      ['办公室', 100, 90],
      ['学会部', 90, 90],
    ]);
  });

  it('orders full ties by name in Chinese collation (办 before 学)', () => {
    const scores = scoreAssessment({
      rules: rulesOf([
        [1, 50],
        [2, 50],
      ]),
      tasks: [task({ taskId: 2, unitIds: [society.id] }), task({ taskId: 1 })],
      units: [society, office],
      asOf: '2017-09-30',
    });
    expect(scores.departments.map((d) => [d.rank, d.unitName, d.total])).toEqual([
      [1, '办公室', 0],
      [2, '学会部', 0],
    ]);
  });

  it('leaves cancelled tasks out and scores a bonus-only unit from 0', () => {
    const scores = scoreAssessment({
      rules: {
        ...rulesOf([[1, 100]]),
        bonuses: [{ name: '创新', unitId: county.id, points: 5, reason: '试点' }],
      },
      tasks: [task({ taskId: 1, status: 'cancelled', due: '2017-01-31' })],
      units: [office, county],
      asOf: '2017-09-30',
    });
    expect(scores.tasks).toEqual([]);
    expect(scores.departments).toEqual([]);
    expect(scores.units.map((u) => [u.unitName, u.weight, u.base, u.total])).toEqual([
      ['天长市科协', 0, 0, 5],
    ]);
  });
});

describe('equalWeights', () => {
  it.each([
    [3, [33.34, 33.33, 33.33]],
    [10, Array<number>(10).fill(10)],
    [7, [14.29, 14.29, 14.29, 14.29, 14.28, 14.28, 14.28]],
    [0, []],
  ])('splits 100 over %s tasks', (n, expected) => {
    const weights = equalWeights(Array.from({ length: n }, (_, i) => i + 1));
    expect(weights.map((w) => w.weight)).toEqual(expected);
    expect(Math.round(weights.reduce((a, w) => a + w.weight * 100, 0))).toBe(n === 0 ? 0 : 10_000);
  });
});

describe('owedReportMonths', () => {
  it.each([
    // Open all year, asOf the last day of September: January … September.
    [{ start: null, asOf: '2017-09-30' }, 9],
    // The current month is not owed before it ends.
    [{ start: null, asOf: '2017-09-29' }, 8],
    // Starts in July (下半年): July, August.
    [{ start: '2017-07-01', asOf: '2017-09-15' }, 2],
    // Done in May: January … April.
    [{ start: null, completedOn: '2017-05-20', asOf: '2017-12-31' }, 4],
    // Done on an unknown day: nothing owed.
    [{ start: null, completedOn: null, asOf: '2017-12-31' }, 0],
    // After the plan year: only its twelve months.
    [{ start: null, asOf: '2018-03-31' }, 12],
  ])('%o owes %s months', (input, count) => {
    expect(owedReportMonths({ planYear: 2017, ...input })).toHaveLength(count);
  });

  it('names the months', () => {
    expect(owedReportMonths({ planYear: 2017, start: '2017-11-05', asOf: '2017-12-31' })).toEqual([
      '2017-11',
      '2017-12',
    ]);
  });
});
