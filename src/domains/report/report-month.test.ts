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
    ['2017-09', '2017-09', null],
    ['2017-01', '2017-09', null],
    ['2017-10', '2017-09', 'unprocessable'],
    ['2018-01', '2017-09', 'bad_request'],
    ['2016-12', '2017-09', 'bad_request'],
    // A past year's plan read today: its months are open, a month of today's year is not its own.
    ['2017-12', '2026-12', null],
    ['2026-12', '2026-12', 'bad_request'],
  ])('%s on %s in a 2017 plan → %s', (month, current, code) => {
    expect(reportMonthProblem(month, current, 2017)?.code ?? null).toBe(code);
  });

  it('names the plan year in Chinese when the month is outside it', () => {
    expect(reportMonthProblem('2026-12', '2026-12', 2017)?.message).toMatch(
      /^报送月份须在工作要点年度内（2017年1月至12月）/,
    );
  });
});
