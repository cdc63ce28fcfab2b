import { describe, expect, it } from 'vitest';
import {
  addDays,
  isDueSoon,
  monthEnd,
  monthsToClose,
  owesReport,
  previousMonth,
  reportDue,
} from './inbox-rules.js';

const task = { status: 'open', planYear: 2017, start: null };

describe('previousMonth and monthEnd', () => {
  it('steps back a month, across the new year', () => {
    expect(previousMonth('2017-09-30')).toBe('2017-08');
    expect(previousMonth('2017-01-05')).toBe('2016-12');
    expect(previousMonth('2017-10-01')).toBe('2017-09');
  });

  it('knows the month ends, leap years included', () => {
    expect(monthEnd('2017-02')).toBe('2017-02-28');
    expect(monthEnd('2016-02')).toBe('2016-02-29');
    expect(monthEnd('2017-12')).toBe('2017-12-31');
    expect(addDays('2017-12-25', 14)).toBe('2018-01-08');
  });
});

describe('reportDue', () => {
  it('asks for this month’s report while today lies in the plan’s year', () => {
    expect(reportDue(task, '2017-09-20', false)).toBe('2017-09');
    expect(reportDue(task, '2017-09-20', true)).toBeNull();
    expect(reportDue(task, '2018-01-03', false)).toBeNull();
    expect(reportDue(task, '2016-12-30', false)).toBeNull();
  });

  it('asks nothing of a task done, or not started yet', () => {
    expect(reportDue({ ...task, status: 'done' }, '2017-09-20', false)).toBeNull();
    expect(reportDue({ ...task, start: '2017-07-01' }, '2017-06-20', false)).toBeNull();
    expect(reportDue({ ...task, start: '2017-07-01' }, '2017-07-01', false)).toBe('2017-07');
    expect(reportDue({ ...task, start: '2017-07-15' }, '2017-07-10', false)).toBeNull();
  });
});

describe('owesReport', () => {
  it('owes a month of the plan’s year once the task has started by its end', () => {
    expect(owesReport(task, '2017-08')).toBe(true);
    expect(owesReport({ ...task, start: '2017-08-31' }, '2017-08')).toBe(true);
    expect(owesReport({ ...task, start: '2017-09-01' }, '2017-08')).toBe(false);
    expect(owesReport(task, '2016-12')).toBe(false);
    expect(owesReport({ ...task, status: 'cancelled' }, '2017-08')).toBe(false);
  });
});

describe('isDueSoon', () => {
  it('covers today through 14 days ahead, neither past nor later', () => {
    expect(isDueSoon('2017-05-31', '2017-05-20')).toBe(true);
    expect(isDueSoon('2017-05-20', '2017-05-20')).toBe(true);
    expect(isDueSoon('2017-06-03', '2017-05-20')).toBe(true);
    expect(isDueSoon('2017-06-04', '2017-05-20')).toBe(false);
    expect(isDueSoon('2017-05-19', '2017-05-20')).toBe(false);
    expect(isDueSoon(null, '2017-05-20')).toBe(false);
    expect(isDueSoon('2017-05-27', '2017-05-20', 7)).toBe(true);
  });
});

describe('monthsToClose', () => {
  it("lists the ended months of the plans' years that are not closed, oldest first", () => {
    expect(monthsToClose('2017-05-20', new Set(['2017-01', '2017-03']), [2017])).toEqual([
      '2017-02',
      '2017-04',
    ]);
    expect(monthsToClose('2017-01-31', new Set(), [2017])).toEqual([]);
    expect(monthsToClose('2017-12-31', new Set(['2016-12']), [2017])).toHaveLength(11);
  });

  it('owes nothing for a year without a plan, and all twelve months of a past plan year', () => {
    expect(monthsToClose('2026-12-07', new Set(), [])).toEqual([]);
    const past = monthsToClose('2026-12-07', new Set(['2017-06']), [2017, 2017]);
    expect(past).toHaveLength(11);
    expect(past[0]).toBe('2017-01');
    expect(past.at(-1)).toBe('2017-12');
    expect(monthsToClose('2026-03-07', new Set(), [2027, 2026])).toEqual(['2026-01', '2026-02']);
  });
});
