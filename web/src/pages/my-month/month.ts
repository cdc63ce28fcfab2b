/**
 * Which month the page fills in: `?month=YYYY-MM` when it falls inside the plan's year and is not
 * after this month, else this month when today is inside the plan's year, else the plan's last month.
 */
import dayjs, { type Dayjs } from 'dayjs';
import { defaultDayIn, outsideYear } from '../../components/as-of';

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Months a report can be for: inside the plan's year and not after the current month. */
export function monthClosedTo(year: number, today: Dayjs = dayjs()) {
  return (d: Dayjs) => outsideYear(year)(d) || d.isAfter(today, 'month');
}

export function chosenMonth(wanted: string | null, year: number, today: Dayjs = dayjs()): string {
  if (wanted && monthPattern.test(wanted) && !monthClosedTo(year, today)(dayjs(`${wanted}-01`)))
    return wanted;
  return defaultDayIn(year, today).format('YYYY-MM');
}

/** A ledger entry's default day: today in the current month, else the month's last day. */
export function dayIn(month: string, today: Dayjs = dayjs()): Dayjs {
  const first = dayjs(`${month}-01`);
  if (today.isSame(first, 'month')) return today.startOf('day');
  return today.isBefore(first) ? first : first.endOf('month').startOf('day');
}

/** The as-of day that shows a past month as it ended; undefined for the current month (today). */
export function monthEnd(month: string, today: Dayjs = dayjs()): string | undefined {
  const first = dayjs(`${month}-01`);
  return first.isBefore(today, 'month') ? first.endOf('month').format('YYYY-MM-DD') : undefined;
}
