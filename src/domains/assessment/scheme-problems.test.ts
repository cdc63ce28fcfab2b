import { describe, expect, it } from 'vitest';
import { defaultRules, type SchemeRules } from './assessment-scheme.js';
import { schemeProblems } from './scheme-problems.js';

const plan = { taskIds: [1, 2, 3], leadUnitIds: [11, 12] };
const rules = (over: Partial<SchemeRules>): SchemeRules => ({
  ...defaultRules([1, 2, 3]),
  ...over,
});
const fields = (r: SchemeRules) => schemeProblems(r, plan).map((p) => p.field);

describe('schemeProblems', () => {
  it('accepts the default and weights that leave a task at 0', () => {
    expect(fields(rules({}))).toEqual([]);
    expect(
      fields(
        rules({
          weights: [
            { taskId: 1, weight: 60 },
            { taskId: 3, weight: 40 },
          ],
        }),
      ),
    ).toEqual([]);
  });

  it.each([
    ['a task of another plan', [{ taskId: 9, weight: 100 }], ['body.weights.0.taskId']],
    [
      'a task listed twice',
      [
        { taskId: 1, weight: 50 },
        { taskId: 1, weight: 50 },
      ],
      ['body.weights.1.taskId'],
    ],
    [
      'weights summing to 99.99',
      [
        { taskId: 1, weight: 33.33 },
        { taskId: 2, weight: 33.33 },
        { taskId: 3, weight: 33.33 },
      ],
      ['body.weights'],
    ],
  ])('names %s', (_what, weights, expected) => {
    expect(fields(rules({ weights }))).toEqual(expected);
  });

  it('names a bonus for a unit that leads no task', () => {
    const bonus = { name: '表彰', points: 1, reason: '先进' };
    expect(
      fields(
        rules({
          bonuses: [
            { ...bonus, unitId: 12 },
            { ...bonus, unitId: 99 },
          ],
        }),
      ),
    ).toEqual(['body.bonuses.1.unitId']);
  });

  it('needs no weights for a plan without tasks', () => {
    expect(schemeProblems(defaultRules([]), { taskIds: [], leadUnitIds: [] })).toEqual([]);
  });
});
