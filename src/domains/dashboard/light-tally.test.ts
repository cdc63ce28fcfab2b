import { describe, expect, it } from 'vitest';
import type { Light } from '../progress/status-light.js';
import { completionRate, daysOverdue, tallyBy, tallyLights } from './light-tally.js';

describe('dashboard arithmetic', () => {
  it('tallies lights overall and per group, null being its own group', () => {
    const tasks: { dept: number | null; light: Light }[] = [
      { dept: 1, light: 'red' },
      { dept: 1, light: 'yellow' },
      { dept: 2, light: 'red' },
      { dept: null, light: 'done' },
    ];
    expect(tallyLights(tasks.map((t) => t.light))).toEqual({
      done: 1,
      green: 0,
      yellow: 1,
      red: 2,
    });
    const groups = tallyBy(
      tasks,
      (t) => t.dept,
      (t) => t.light,
    );
    expect(groups.get(1)).toEqual({ done: 0, green: 0, yellow: 1, red: 1 });
    expect(groups.get(null)).toEqual({ done: 1, green: 0, yellow: 0, red: 0 });
  });

  it.each([
    ['2017-05-31', '2017-09-30', 122],
    ['2017-09-30', '2017-09-30', 0],
    ['2017-12-31', '2017-09-30', 0],
    ['2016-12-31', '2017-01-01', 1],
  ])('due %s, today %s: %i days overdue', (due, today, days) => {
    expect(daysOverdue(due, today)).toBe(days);
  });

  it.each([
    [0, 0, 0],
    [1, 10, 0.1],
    [1, 3, 0.3333],
    [10, 10, 1],
  ])('%i done of %i is %d', (done, total, rate) => {
    expect(completionRate(done, total)).toBe(rate);
  });
});
