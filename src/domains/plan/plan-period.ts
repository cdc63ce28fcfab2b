/**
 * A plan's period (工作要点年度) and the day its figures count as of (统计日期). A work plan covers
 * one calendar year; once that year is over, its lights, overdue days and actuals are read as of
 * its last day (a 2017 plan opened in 2026 is not "3,477 days overdue"), and while it runs, as of
 * today. Evidence and reports belong inside the period. Pure: the clock is passed in.
 */

export interface PlanPeriod {
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD. */
  end: string;
}

/** The calendar year a plan covers. */
export function planPeriod(year: number): PlanPeriod {
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** The day a plan's figures count as of when nobody picks one: its last day once over, else today. */
export function defaultAsOf(year: number, today: string): string {
  const { end } = planPeriod(year);
  return today > end ? end : today;
}

/** The picked day when there is one, else the plan's default (today without a plan). */
export function effectiveAsOf(options: {
  asOf?: string | undefined;
  planYear?: number | undefined;
  today: string;
}): string {
  if (options.asOf !== undefined) return options.asOf;
  return options.planYear === undefined
    ? options.today
    : defaultAsOf(options.planYear, options.today);
}

/** Whether a day (YYYY-MM-DD) falls inside the plan's year. */
export function isDayInPeriod(day: string, year: number): boolean {
  const { start, end } = planPeriod(year);
  return day >= start && day <= end;
}

/** Whether a month (YYYY-MM) falls inside the plan's year. */
export function isMonthInPeriod(month: string, year: number): boolean {
  return month.length === 7 && month.slice(0, 4) === String(year);
}

/** 报送月份须在工作要点年度内（2017年1月至12月）: why a report's month is refused. */
export function monthOutsidePeriodMessage(year: number): string {
  return `报送月份须在工作要点年度内（${year}年1月至12月）/ the month must fall within the plan's year ${year}`;
}

/** 台账日期须在工作要点年度内（2017年1月1日至12月31日）: why an entry's date is refused. */
export function dayOutsidePeriodMessage(year: number, what = '台账日期'): string {
  return `${what}须在工作要点年度内（${year}年1月1日至12月31日）/ the date must fall within the plan's year ${year}`;
}
