/**
 * Which months a progress report may be for: a month of the plan's year (400 otherwise: a 2017
 * task takes no 2026-12 report), and not after the current month (422: an office's month turns at
 * midnight in Beijing, so the clock is read in China time).
 */
import { calendarDate } from '../../platform/clock.js';
import { isMonthInPeriod, monthOutsidePeriodMessage } from '../plan/plan-period.js';

export interface MonthProblem {
  field: 'month';
  /** bad_request outside the plan's year; unprocessable for a month still to come. */
  code: 'bad_request' | 'unprocessable';
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
  if (!isMonthInPeriod(month, planYear))
    return { field: 'month', code: 'bad_request', message: monthOutsidePeriodMessage(planYear) };
  if (month > currentMonth)
    return {
      field: 'month',
      code: 'unprocessable',
      message: `报送月份不能晚于本月（${currentMonth}）/ the month is after the current month ${currentMonth}`,
    };
  return null;
}
