import { describe, expect, it } from 'vitest';
import { chinaMonth, reportMonthProblem } from './report-month.js';

describe('chinaMonth', () => {
  it.each([
    ['2017-09-30T04:00:00Z', '2017-09'],
    ['2017-09-30T15:59:59Z', '2017-09'],
    // Midnight in Beijing is 16:00 UTC: the office is already in October.
    ['2017-09-30T16:00:00Z', '2017-10'],
    ['2017-12-31T16:30:00Z', '2018-01'],
  ])('%s is %s in China', (at, month) => {
    expect(chinaMonth(new Date(at))).toBe(month);
  });
});

describe('reportMonthProblem', () => {
  it.each([
    ['2017-09', null],
    ['2017-01', null],
    ['2017-10', 'is after the current month 2017-09'],
    ['2018-01', 'is after the current month 2017-09'],
    ['2016-12', 'is before the plan year 2017'],
  ])('%s on 2017-09 in a 2017 plan → %s', (month, message) => {
    expect(reportMonthProblem(month, '2017-09', 2017)?.message ?? null).toBe(message);
  });
});
