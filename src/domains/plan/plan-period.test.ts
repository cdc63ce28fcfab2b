import { describe, expect, it } from 'vitest';
import {
  dayOutsidePeriodMessage,
  defaultAsOf,
  effectiveAsOf,
  isDayInPeriod,
  isMonthInPeriod,
  monthOutsidePeriodMessage,
  planPeriod,
} from './plan-period.js';

describe('planPeriod', () => {
  it('is the calendar year', () => {
    expect(planPeriod(2017)).toEqual({ start: '2017-01-01', end: '2017-12-31' });
  });
});

describe('defaultAsOf', () => {
  it.each([
    [2017, '2026-12-07', '2017-12-31'],
    [2017, '2018-01-01', '2017-12-31'],
    [2017, '2017-12-31', '2017-12-31'],
    [2017, '2017-09-30', '2017-09-30'],
    [2017, '2017-01-01', '2017-01-01'],
    // A plan for next year, drawn up early: today, before its period.
    [2027, '2026-12-07', '2026-12-07'],
  ])('a %i plan on %s counts as of %s', (year, today, expected) => {
    expect(defaultAsOf(year, today)).toBe(expected);
  });
});

describe('effectiveAsOf', () => {
  it('takes the picked day, else the plan default, else today', () => {
    expect(effectiveAsOf({ asOf: '2017-09-30', planYear: 2017, today: '2026-12-07' })).toBe(
      '2017-09-30',
    );
    expect(effectiveAsOf({ asOf: '2019-03-01', today: '2026-12-07' })).toBe('2019-03-01');
    expect(effectiveAsOf({ planYear: 2017, today: '2026-12-07' })).toBe('2017-12-31');
    expect(effectiveAsOf({ today: '2026-12-07' })).toBe('2026-12-07');
  });
});

describe('isDayInPeriod / isMonthInPeriod', () => {
  it.each([
    ['2017-01-01', true],
    ['2017-12-31', true],
    ['2016-12-31', false],
    ['2018-01-01', false],
  ])('day %s in 2017 → %s', (day, inside) => {
    expect(isDayInPeriod(day, 2017)).toBe(inside);
  });

  it.each([
    ['2017-01', true],
    ['2017-12', true],
    ['2016-12', false],
    ['2018-01', false],
    ['2026-12', false],
  ])('month %s in 2017 → %s', (month, inside) => {
    expect(isMonthInPeriod(month, 2017)).toBe(inside);
  });
});

describe('messages', () => {
  it('name the year in Chinese first', () => {
    expect(monthOutsidePeriodMessage(2017)).toMatch(
      /^报送月份须在工作要点年度内（2017年1月至12月）/,
    );
    expect(dayOutsidePeriodMessage(2017)).toMatch(
      /^台账日期须在工作要点年度内（2017年1月1日至12月31日）/,
    );
  });
});
