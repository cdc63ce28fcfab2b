/**
 * The pace rule of grassroots contact (深入基层), pure so it can be tested by table: by date T a
 * person with a yearly minimum M should have spent M × (share of the year elapsed) days at the
 * grassroots. At or above M the year's duty is met; within 90% of the expected share they are on
 * pace; below that they are behind and listed for a reminder.
 */
export type GrassrootsCategory = 'leading' | 'staff';
export type PaceStatus = 'met' | 'on_pace' | 'behind';

/** Within this share of the expected days a person still counts as on pace. */
export const paceTolerance = 0.9;

export const defaultMinimums: Record<GrassrootsCategory, number> = { leading: 60, staff: 30 };

export function daysInYear(year: number): number {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
}

/** 1 for January 1st; the date is a calendar date 'YYYY-MM-DD'. */
export function dayOfYear(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return (Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) - Date.UTC(y ?? 0, 0, 1)) / 86_400_000 + 1;
}

/** The share of `year` elapsed on `today` (inclusive): 0 before it starts, 1 after it ends. */
export function elapsedShare(year: number, today: string): number {
  const todayYear = Number(today.slice(0, 4));
  if (todayYear < year) return 0;
  if (todayYear > year) return 1;
  return dayOfYear(today) / daysInYear(year);
}

export interface Pace {
  expected: number;
  status: PaceStatus;
}

export function paceOf(options: {
  minimum: number;
  days: number;
  year: number;
  today: string;
}): Pace {
  const { minimum, days } = options;
  const expected = minimum * elapsedShare(options.year, options.today);
  const status: PaceStatus =
    days >= minimum ? 'met' : days >= expected * paceTolerance ? 'on_pace' : 'behind';
  return { expected: Math.round(expected * 10) / 10, status };
}

/**
 * Cumulative days at the end of each month of the year (12 values), for a chart; months are
 * 'YYYY-MM' with the days recorded in them, in any order; other years are ignored.
 */
export function monthlyCumulative(
  year: number,
  months: readonly { month: string; days: number }[],
): number[] {
  let running = 0;
  return Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    for (const m of months) if (m.month === month) running += m.days;
    return running;
  });
}

/** Calendar days from start to end, both included (a one-day visit starts and ends the same day). */
export function spanDays(startDate: string, endDate: string): number {
  return (Date.parse(endDate) - Date.parse(startDate)) / 86_400_000 + 1;
}
