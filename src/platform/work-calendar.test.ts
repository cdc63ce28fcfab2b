import { describe, expect, it } from 'vitest';
import { firstWorkingDayAfter, isWorkingDay } from './work-calendar.js';

describe('the working-day calendar', () => {
  it('knows the holidays and the 调休 weekend days of the State Council notices', () => {
    expect(isWorkingDay('2017-09-29')).toBe(true);
    // 国庆中秋 2017: 1–8 October off, Saturday 30 September worked.
    expect(isWorkingDay('2017-09-30')).toBe(true);
    expect(isWorkingDay('2017-10-08')).toBe(false);
    expect(isWorkingDay('2017-10-09')).toBe(true);
    expect(isWorkingDay('2019-05-05')).toBe(true);
    expect(isWorkingDay('2019-05-03')).toBe(false);
    expect(isWorkingDay('2020-01-31')).toBe(false);
    expect(isWorkingDay('2020-02-01')).toBe(false);
    expect(isWorkingDay('2026-02-28')).toBe(true);
    expect(isWorkingDay('2026-02-23')).toBe(false);
    expect(isWorkingDay('2016-12-31')).toBe(false);
  });

  it('counts only weekends outside the years it knows', () => {
    expect(isWorkingDay('2030-10-01')).toBe(true);
    expect(isWorkingDay('2030-10-05')).toBe(false);
    expect(isWorkingDay('2010-10-01')).toBe(true);
  });

  it.each([
    ['2017-09-30', '2017-10-09'],
    ['2017-04-30', '2017-05-02'],
    ['2017-03-31', '2017-04-01'],
    ['2017-12-31', '2018-01-02'],
    ['2017-01-31', '2017-02-03'],
    ['2017-06-30', '2017-07-03'],
    ['2017-11-30', '2017-12-01'],
    ['2018-09-30', '2018-10-08'],
    ['2020-01-31', '2020-02-03'],
    ['2023-09-30', '2023-10-07'],
    ['2024-02-29', '2024-03-01'],
    ['2025-12-31', '2026-01-04'],
    ['2026-12-31', '2027-01-01'],
  ])('the first working day after %s is %s', (date, next) => {
    expect(firstWorkingDayAfter(date)).toBe(next);
  });
});
