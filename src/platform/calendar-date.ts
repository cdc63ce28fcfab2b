/**
 * Calendar dates (YYYY-MM-DD) and months (YYYY-MM) as every route takes them: text naming a day
 * or month that exists in the Gregorian calendar, in years 1900–2100. One type for every date
 * field and date query parameter, so 2017-02-30 is refused at the door and never stored; the
 * pure checks also let jobs recognise impossible dates already in the store (old data).
 */
import { z } from 'zod';

/** Years a date may fall in: older or later ones are typing mistakes in this domain. */
export const calendarYears = { min: 1900, max: 2100 } as const;

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const monthPattern = /^(\d{4})-(\d{2})$/;
/** An audit-style instant: a date, optionally with a UTC or local time of day. */
const instantPattern = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?Z?)?$/;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month (1–12) of a Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const yearInRange = (year: number) => year >= calendarYears.min && year <= calendarYears.max;

/** True for YYYY-MM with a month 01–12 of a year in range. */
export function isYearMonth(text: string): boolean {
  const m = monthPattern.exec(text);
  return m !== null && yearInRange(Number(m[1])) && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** True for YYYY-MM-DD naming a day that exists (2016-02-29 does, 2017-02-29 does not). */
export function isCalendarDate(text: string): boolean {
  const m = datePattern.exec(text);
  if (m === null || !isYearMonth(`${m[1]}-${m[2]}`)) return false;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(Number(m[1]), Number(m[2]));
}

/** True for a calendar date, alone or followed by a valid time of day (THH:MM[:SS[.sss]][Z]). */
export function isDateOrInstant(text: string): boolean {
  const m = instantPattern.exec(text);
  if (m === null || !isCalendarDate(m[1] ?? '')) return false;
  const [hour, minute, second] = [m[2], m[3], m[4]].map((part) => Number(part ?? 0));
  return (hour ?? 0) <= 23 && (minute ?? 0) <= 59 && (second ?? 0) <= 59;
}

const yearsText = `${calendarYears.min}–${calendarYears.max}`;

/** Why the text is not a calendar date, in Chinese then English; null when it is one. */
export function calendarDateProblem(text: string): string | null {
  if (isCalendarDate(text)) return null;
  const m = datePattern.exec(text);
  if (m === null) return `日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD`;
  if (!yearInRange(Number(m[1])))
    return `日期无效：年份应在 ${yearsText} 之间 / invalid date: the year must be within ${yearsText}`;
  return `日期无效：${text} 不存在 / invalid date: ${text} does not exist`;
}

/** Why the text is not a month, in Chinese then English; null when it is one. */
export function yearMonthProblem(text: string): string | null {
  if (isYearMonth(text)) return null;
  const m = monthPattern.exec(text);
  if (m === null) return `月份格式应为 YYYY-MM / month must be YYYY-MM`;
  if (!yearInRange(Number(m[1])))
    return `月份无效：年份应在 ${yearsText} 之间 / invalid month: the year must be within ${yearsText}`;
  return `月份无效：${text} 不存在 / invalid month: ${text} does not exist`;
}

const checked = (problem: (text: string) => string | null) =>
  z.string().superRefine((text, ctx) => {
    const message = problem(text);
    if (message !== null) ctx.addIssue({ code: 'custom', message });
  });

// The OpenAPI document shows the shape (years 1900–2100, months 01–12, days 01–31); the check
// above also knows each month's length and leap years.
const monthShape = '(19\\d\\d|20\\d\\d|2100)-(0[1-9]|1[0-2])';

/** A calendar date field or query parameter, YYYY-MM-DD. */
export const calendarDateSchema = checked(calendarDateProblem).meta({
  format: 'date',
  pattern: `^${monthShape}-(0[1-9]|[12]\\d|3[01])$`,
  example: '2017-09-30',
});

/** A month field, query parameter or path segment, YYYY-MM. */
export const yearMonthSchema = checked(yearMonthProblem).meta({
  pattern: `^${monthShape}$`,
  example: '2017-09',
});

/** A calendar date or an instant on it (audit filters): 2017-09-30 or 2017-09-30T08:00:00Z. */
export const dateOrInstantSchema = checked((text) =>
  isDateOrInstant(text)
    ? null
    : `日期或时间无效：${text} / invalid date or timestamp: ${text} (YYYY-MM-DD[THH:MM:SS[.sss]Z])`,
).meta({ example: '2017-09-30T08:00:00Z' });

/**
 * A start and an end date, the end not before the start: the refinement every date range shares.
 * Only checked when both are given, so partial updates pass; the end field carries the issue.
 */
export function endNotBeforeStart<K extends string, L extends string>(start: K, end: L) {
  return (value: Partial<Record<K | L, string | null | undefined>>, ctx: z.RefinementCtx) => {
    const from = value[start];
    const to = value[end];
    if (typeof from !== 'string' || typeof to !== 'string') return;
    if (!isCalendarDate(from) || !isCalendarDate(to) || to >= from) return;
    ctx.addIssue({
      code: 'custom',
      path: [end],
      message: `${end} 早于 ${start} / ${end} is before ${start} (${from})`,
    });
  };
}
