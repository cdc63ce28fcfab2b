/**
 * The months a task owes a monthly progress report (月度进展) by a given day. Pure.
 *
 * A month is owed when it lies in the plan year, is not before the month the task starts (the
 * plan year's January when it has no start), has ended by asOf (its last day ≤ asOf: the report
 * of the current month is not late yet) and, for a task done by asOf, is before the month it was
 * completed in. A done task without a known completion date owes nothing.
 */

export interface ReportMonthsInput {
  planYear: number;
  start: string | null;
  /** Completion date when the task is done by asOf; undefined when it is still open. */
  completedOn?: string | null;
  asOf: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function lastDay(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function owedReportMonths(input: ReportMonthsInput): string[] {
  const { planYear, asOf, completedOn } = input;
  if (completedOn === null) return [];
  const from = (input.start ?? `${planYear}-01-01`).slice(0, 7);
  const until = completedOn === undefined ? null : completedOn.slice(0, 7);
  const months: string[] = [];
  for (let m = 1; m <= 12; m++) {
    const month = `${planYear}-${pad(m)}`;
    if (month < from || lastDay(planYear, m) > asOf) continue;
    if (until !== null && month >= until) continue;
    months.push(month);
  }
  return months;
}
