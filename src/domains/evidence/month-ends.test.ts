import { describe, expect, it } from 'vitest';
import { indicatorLabel } from './indicator-label.js';
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

describe('indicatorLabel', () => {
  const target = { value: 100, min_value: null, max_value: null, unit: '名', subject: '专家' };
  it.each([
    [{ ...target, comparator: '>=' }, '专家 ≥100名'],
    [{ ...target, comparator: 'approx' }, '专家 约100名'],
    [{ ...target, comparator: 'range', min_value: 1, max_value: 2, unit: '个' }, '专家 1—2个'],
  ])('%o → %s', (t, label) => {
    expect(indicatorLabel(t)).toBe(label);
  });
});
