/**
 * The months an indicator's history covers: from January of the plan year through the current
 * month (or December once the year is over), each with its last day as the as-of date. Pure.
 */
export interface MonthEnd {
  /** YYYY-MM */
  month: string;
  /** YYYY-MM-DD, the month's last day. */
  asOf: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function monthEnds(year: number, today: string): MonthEnd[] {
  const todayYear = Number(today.slice(0, 4));
  if (todayYear < year) return [];
  const last = todayYear > year ? 12 : Number(today.slice(5, 7));
  const months: MonthEnd[] = [];
  for (let m = 1; m <= last; m++) {
    // Day 0 of the next month is the last day of this one.
    const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
    months.push({ month: `${year}-${pad(m)}`, asOf: `${year}-${pad(m)}-${pad(days)}` });
  }
  return months;
}
