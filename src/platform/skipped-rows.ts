/**
 * Stored rows a job cannot read — a date that does not exist, a timestamp or JSON that does not
 * parse, left by old data or a hand edit — are skipped rather than fatal: the job goes on with
 * the other rows and logs each one it skipped with its table, id, column and value, so someone
 * can correct it. One bad row must never stop every unit's reminders or bulletins.
 */
import { isCalendarDate } from './calendar-date.js';

export interface SkippedRow {
  table: string;
  id: number;
  column: string;
  value: string;
}

/** The part of a logger (pino's, or the CLI's) that jobs report skipped rows to. */
export interface SkipLog {
  warn(obj: object, msg: string): void;
}

/** Logs each skipped row as its own structured line, naming the job that skipped it. */
export function logSkippedRows(log: SkipLog, job: string, rows: readonly SkippedRow[]): void {
  for (const row of rows)
    log.warn({ job, ...row }, `${job}: 跳过无法读取的记录 / skipped a row it cannot read`);
}

/**
 * The first of the given date columns of a row holding something other than a calendar date
 * (null counts as absent, not bad), as a SkippedRow; null when every one is readable.
 */
export function impossibleDate(
  table: string,
  id: number,
  dates: Record<string, string | null>,
): SkippedRow | null {
  for (const [column, value] of Object.entries(dates))
    if (value !== null && !isCalendarDate(value)) return { table, id, column, value };
  return null;
}

/** The instant a stored ISO timestamp names, or null when it names none (Invalid Date). */
export function parseInstant(text: string): Date | null {
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** Parsed JSON, or undefined when the text is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
