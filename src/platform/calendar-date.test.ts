import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  calendarDateProblem,
  calendarDateSchema,
  daysInMonth,
  endNotBeforeStart,
  isCalendarDate,
  isDateOrInstant,
  isYearMonth,
  yearMonthSchema,
} from './calendar-date.js';

describe('isCalendarDate', () => {
  it.each([
    ['2017-09-30', true],
    ['2017-01-31', true],
    ['2017-04-30', true],
    ['2016-02-29', true],
    ['2000-02-29', true],
    ['1900-01-01', true],
    ['2100-12-31', true],
    ['2017-02-29', false],
    ['1900-02-29', false],
    ['2100-02-29', false],
    ['2017-02-30', false],
    ['2017-04-31', false],
    ['2017-13-45', false],
    ['2017-13-01', false],
    ['2017-00-10', false],
    ['2017-09-00', false],
    ['0000-00-00', false],
    ['1899-12-31', false],
    ['2101-01-01', false],
    ['2017-9-30', false],
    ['2017-09-30T00:00:00Z', false],
    [' 2017-09-30', false],
    ['２０１７-09-30', false],
    ['', false],
  ])('%s → %s', (text, ok) => {
    expect(isCalendarDate(text)).toBe(ok);
  });

  it('agrees with the UTC calendar on every day from 1900 to 2100', () => {
    const refused: string[] = [];
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      if (!isCalendarDate(day)) refused.push(day);
    }
    expect(refused).toEqual([]);
  });
});

describe('daysInMonth', () => {
  it.each([
    [2017, 2, 28],
    [2016, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2017, 4, 30],
    [2017, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('isYearMonth', () => {
  it.each([
    ['2017-09', true],
    ['2017-12', true],
    ['2017-13', false],
    ['2017-00', false],
    ['0000-01', false],
    ['2017-9', false],
    ['2017-09-01', false],
  ])('%s → %s', (text, ok) => {
    expect(isYearMonth(text)).toBe(ok);
  });
});

describe('isDateOrInstant', () => {
  it.each([
    ['2017-09-30', true],
    ['2017-09-30T08:00', true],
    ['2017-09-30T08:00:00Z', true],
    ['2017-09-30T23:59:59.999Z', true],
    ['2017-02-30T08:00:00Z', false],
    ['2017-09-30T24:00:00Z', false],
    ['2017-09-30T08:60:00Z', false],
    ['2017-09-30T08', false],
    ['2017-09-30T08:00:00+08:00', false],
  ])('%s → %s', (text, ok) => {
    expect(isDateOrInstant(text)).toBe(ok);
  });
});

describe('calendarDateProblem', () => {
  it('names the impossible date in Chinese first, then English', () => {
    expect(calendarDateProblem('2017-02-30')).toBe(
      '日期无效：2017-02-30 不存在 / invalid date: 2017-02-30 does not exist',
    );
    expect(calendarDateProblem('0000-00-00')).toMatch(/^日期无效：年份应在 1900–2100 之间/);
    expect(calendarDateProblem('30/09/2017')).toMatch(/date must be YYYY-MM-DD$/);
    expect(calendarDateProblem('2017-09-30')).toBeNull();
  });
});

describe('the schemas', () => {
  const range = z
    .object({ startDate: calendarDateSchema.nullish(), dueDate: calendarDateSchema.nullish() })
    .superRefine(endNotBeforeStart('startDate', 'dueDate'));
  const issues = (schema: z.ZodType, value: unknown) =>
    schema.safeParse(value).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

  it('give one issue per impossible date, on its own field', () => {
    expect(issues(range, { startDate: '2017-13-45', dueDate: '2017-02-30' })).toEqual([
      ['startDate', calendarDateProblem('2017-13-45')],
      ['dueDate', calendarDateProblem('2017-02-30')],
    ]);
    expect(issues(yearMonthSchema, '2017-13')).toEqual([
      ['', '月份无效：2017-13 不存在 / invalid month: 2017-13 does not exist'],
    ]);
  });

  it('refuse an end before its start, but not a range with one end missing', () => {
    expect(issues(range, { startDate: '2017-06-01', dueDate: '2017-05-31' })).toEqual([
      ['dueDate', 'dueDate 早于 startDate / dueDate is before startDate (2017-06-01)'],
    ]);
    expect(issues(range, { startDate: '2017-06-01', dueDate: '2017-06-01' })).toEqual([]);
    expect(issues(range, { startDate: null, dueDate: '2017-05-31' })).toEqual([]);
    expect(issues(range, { dueDate: '2017-05-31' })).toEqual([]);
  });
});
