import { describe, expect, it } from 'vitest';
import { monthEnds } from './month-ends.js';

describe('monthEnds', () => {
  it('runs from January through the current month with each last day', () => {
    expect(monthEnds(2017, '2017-03-15')).toEqual([
      { month: '2017-01', asOf: '2017-01-31' },
      { month: '2017-02', asOf: '2017-02-28' },
      { month: '2017-03', asOf: '2017-03-31' },
    ]);
  });

  it.each([
    [2016, '2016-12-31', 12, '2016-12-31'],
    [2017, '2018-05-01', 12, '2017-12-31'],
    [2020, '2020-02-01', 2, '2020-02-29'],
    [2017, '2017-01-01', 1, '2017-01-31'],
    [2018, '2017-12-31', 0, undefined],
  ])('year %i on %s has %i months ending %s', (year, today, count, last) => {
    const months = monthEnds(year, today);
    expect(months).toHaveLength(count);
    expect(months.at(-1)?.asOf).toBe(last);
  });
});
