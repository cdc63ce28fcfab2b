/**
 * Which months a progress report may be for: not after the current month (an office's month turns
 * at midnight in Beijing, so the clock is read in China time) and not before the plan's year.
 */
import { calendarDate } from '../../platform/clock.js';

export interface MonthProblem {
  field: 'month';
  message: string;
}

/** YYYY-MM of the given instant in China time. */
export function chinaMonth(at: Date): string {
  return calendarDate(at).slice(0, 7);
}

export function reportMonthProblem(
  month: string,
  currentMonth: string,
  planYear: number,
): MonthProblem | null {
  if (month > currentMonth)
    return { field: 'month', message: `is after the current month ${currentMonth}` };
  if (Number(month.slice(0, 4)) < planYear)
    return { field: 'month', message: `is before the plan year ${planYear}` };
  return null;
}
