import { describe, expect, it } from 'vitest';
import { dayOfYear, elapsedShare, monthlyCumulative, paceOf, spanDays } from './grassroots-pace.js';

describe('grassroots pace', () => {
  it.each([
    ['2017-01-01', 1],
    ['2017-09-30', 273],
    ['2017-12-31', 365],
    ['2016-12-31', 366],
    ['2016-03-01', 61],
  ])('day of year of %s is %d', (date, day) => {
    expect(dayOfYear(date)).toBe(day);
  });

  it.each([
    [2017, '2016-12-31', 0],
    [2017, '2018-01-01', 1],
    [2017, '2017-12-31', 1],
    [2016, '2016-12-31', 1],
  ])('elapsed share of %d on %s is %d', (year, today, share) => {
    expect(elapsedShare(year, today)).toBe(share);
  });

  it.each([
    // 张家水: 45 days by 2017-09-30 against 60 × 273/365 ≈ 44.9
    { minimum: 60, days: 45, today: '2017-09-30', expected: 44.9, status: 'on_pace' },
    // 柳军: 20 days is far below
    { minimum: 60, days: 20, today: '2017-09-30', expected: 44.9, status: 'behind' },
    // within 90% of the expected share still counts as on pace; just below does not
    { minimum: 60, days: 40.5, today: '2017-09-30', expected: 44.9, status: 'on_pace' },
    { minimum: 60, days: 40, today: '2017-09-30', expected: 44.9, status: 'behind' },
    // 柏春艳: 31 days meets the staff minimum of 30
    { minimum: 30, days: 31, today: '2017-09-30', expected: 22.4, status: 'met' },
    { minimum: 30, days: 30, today: '2017-03-01', expected: 4.9, status: 'met' },
    { minimum: 60, days: 54, today: '2018-02-01', expected: 60, status: 'on_pace' },
    { minimum: 60, days: 53.5, today: '2018-02-01', expected: 60, status: 'behind' },
    { minimum: 60, days: 0, today: '2016-12-31', expected: 0, status: 'on_pace' },
    { minimum: 0, days: 0, today: '2017-09-30', expected: 0, status: 'met' },
  ])('$days of $minimum days on $today is $status', ({ minimum, days, today, ...want }) => {
    expect(paceOf({ minimum, days, year: 2017, today })).toEqual(want);
  });

  it('accumulates days month by month, ignoring other years', () => {
    const months = [
      { month: '2017-03', days: 5 },
      { month: '2017-01', days: 2.5 },
      { month: '2017-03', days: 1 },
      { month: '2016-12', days: 9 },
      { month: '2017-09', days: 4 },
    ];
    expect(monthlyCumulative(2017, months)).toEqual([
      2.5, 2.5, 8.5, 8.5, 8.5, 8.5, 8.5, 8.5, 12.5, 12.5, 12.5, 12.5,
    ]);
  });

  it.each([
    ['2017-03-01', '2017-03-01', 1],
    ['2017-02-27', '2017-03-02', 4],
    ['2016-12-30', '2017-01-02', 4],
  ])('a visit from %s to %s spans %d days', (start, end, days) => {
    expect(spanDays(start, end)).toBe(days);
  });
});
