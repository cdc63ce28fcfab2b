/**
 * Month close (月结) rules. A month is closed once its figures have been reported upward; after
 * that its ledger entries and progress reports are read-only, and corrections go in an open month.
 * Only a month that has begun can be closed: closing the future would freeze records not yet made.
 */
export interface MonthProblem {
  field: 'month';
  message: string;
}

/** The month (YYYY-MM) a date (YYYY-MM-DD) or month falls in. */
export function monthOf(dateOrMonth: string): string {
  return dateOrMonth.slice(0, 7);
}

export function closeMonthProblem(month: string, currentMonth: string): MonthProblem | null {
  return month > currentMonth
    ? { field: 'month', message: `is after the current month ${currentMonth}` }
    : null;
}
