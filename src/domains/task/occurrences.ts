/**
 * Recurring obligations (每月25日前报送, 每季度, 每年): the occurrences of a plan year and whether
 * each was met. An occurrence is met by a progress report (submitted or accepted) for a month
 * inside its period, submitted on or before its due date (China calendar date). Pure: no I/O,
 * the clock is passed in.
 */
import { resolveDeadline } from '../import/deadline.js';

export type Cadence = 'monthly' | 'quarterly' | 'yearly';
export type OccurrenceLight = 'done' | 'green' | 'yellow' | 'red';

export interface Recurrence {
  recurring: Cadence;
  /** Due day of each month (每月25日前); null means the period's last day. */
  dayOfMonth: number | null;
}

export interface Occurrence {
  /** 'YYYY-MM', 'YYYY-Q3' or 'YYYY'. */
  period: string;
  /** The months (YYYY-MM) whose reports count for this occurrence. */
  months: string[];
  start: string;
  end: string;
  due: string;
}

export interface ReportFact {
  month: string;
  /** submitted | accepted | returned */
  state: string;
  /** China calendar date of submitted_at. */
  submittedOn: string;
}

export interface LitOccurrence extends Occurrence {
  met: boolean;
  light: OccurrenceLight;
}

/** Unmet occurrences due within this many days are yellow. */
export const dueSoonDays = 7;

const cadences: readonly string[] = ['monthly', 'quarterly', 'yearly'];
const isCadence = (s: string | null): s is Cadence => s !== null && cadences.includes(s);
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const date = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** The recurrence of a task, its due day read from the phrase ('每月25日前' → 25). */
export function recurrenceOf(
  task: { recurring: string | null; deadline_text: string | null },
  year: number,
): Recurrence | null {
  if (!isCadence(task.recurring)) return null;
  const window = task.deadline_text ? resolveDeadline(task.deadline_text, year) : null;
  const day = task.recurring === 'monthly' ? (window?.dayOfMonth ?? null) : null;
  return { recurring: task.recurring, dayOfMonth: day };
}

/** The occurrences of the plan year; a due day past a month's end falls on its last day. */
export function occurrencesOf(recurrence: Recurrence, year: number): Occurrence[] {
  const span = (period: string, first: number, last: number, due: string): Occurrence => ({
    period,
    months: Array.from({ length: last - first + 1 }, (_, k) => `${year}-${pad(first + k)}`),
    start: date(year, first, 1),
    end: date(year, last, lastDay(year, last)),
    due,
  });
  if (recurrence.recurring === 'yearly') return [span(String(year), 1, 12, `${year}-12-31`)];
  if (recurrence.recurring === 'quarterly')
    return [1, 2, 3, 4].map((q) =>
      span(`${year}-Q${q}`, q * 3 - 2, q * 3, date(year, q * 3, lastDay(year, q * 3))),
    );
  return Array.from({ length: 12 }, (_, k) => {
    const month = k + 1;
    const last = lastDay(year, month);
    const day = Math.min(recurrence.dayOfMonth ?? last, last);
    return span(`${year}-${pad(month)}`, month, month, date(year, month, day));
  });
}

export function lightOccurrences(
  occurrences: Occurrence[],
  reports: ReportFact[],
  today: string,
): LitOccurrence[] {
  return occurrences.map((o) => {
    const met = reports.some(
      (r) =>
        (r.state === 'submitted' || r.state === 'accepted') &&
        o.months.includes(r.month) &&
        r.submittedOn <= o.due,
    );
    return { ...o, met, light: occurrenceLight(met, o.due, today) };
  });
}

function occurrenceLight(met: boolean, due: string, today: string): OccurrenceLight {
  if (met) return 'done';
  if (today > due) return 'red';
  return dayNumber(due) - dayNumber(today) <= dueSoonDays ? 'yellow' : 'green';
}

/**
 * The occurrence that stands for the task today: the one whose period holds today, the last one
 * once the year is over, none before it starts. Missed counts past-due occurrences left unmet.
 */
export function currentOccurrence(
  lit: LitOccurrence[],
  today: string,
): { current: LitOccurrence | null; missed: number } {
  const missed = lit.filter((o) => o.light === 'red').length;
  const last = lit[lit.length - 1];
  if (last && today > last.end) return { current: last, missed };
  return { current: lit.find((o) => o.start <= today && today <= o.end) ?? null, missed };
}
