/**
 * Reads the completion-time column (完成时间) of a Chinese work plan and turns phrases such as
 * 5月底, 上半年, 三季度末, 3—5月 or 每月25日前 into an inclusive date window for the plan year,
 * so that supervision can tell what is due when. Pure: no I/O, no clock — the plan year is the
 * only context, and an explicit year in the phrase (2018年3月底前) overrides it.
 *
 * Anything that is not a recognisable time phrase (见备注, 按要求, an impossible date) yields null
 * rather than a guess, so the importer can show the phrase as written instead of a wrong date.
 */
import type { DeadlineWindow } from './draft.js';

type Span = Omit<DeadlineWindow, 'text'>;
type Cadence = NonNullable<DeadlineWindow['recurring']>;

// \s already covers U+3000 and nbsp; U+200B is listed because pasted Word tables carry it.
const WHITESPACE = /[\s\u3000\u00a0\u200b]/g;
const CHINESE_DIGITS = '〇一二三四五六七八九';

export function resolveDeadline(text: string, year: number): DeadlineWindow | null {
  const compact = text.replace(WHITESPACE, '');
  const span = parsePhrase(normalise(compact), year);
  return span ? { text: compact, ...span } : null;
}

/** Brings full-width digits, Chinese numerals and 之前/以前 to one spelling the rules can match. */
function normalise(s: string): string {
  return s
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[零〇一二三四五六七八九十]+/g, chineseNumber)
    .replace(/[之以]前$/, '前');
}

function chineseNumber(run: string): string {
  const tens = /^([一二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(run);
  if (tens) return String(chineseDigit(tens[1] || '一') * 10 + chineseDigit(tens[2] || '〇'));
  // One character is a month, day or quarter; four are a year written digit by digit (二〇一八).
  // Two, as in 一二月份, means "January and February", so it is left alone and will not match.
  if (/^[零〇一二三四五六七八九](?:[零〇一二三四五六七八九]{3})?$/.test(run)) {
    return [...run].map(chineseDigit).join('');
  }
  return run;
}

function chineseDigit(c: string): number {
  return c === '零' ? 0 : CHINESE_DIGITS.indexOf(c);
}

function parsePhrase(s: string, planYear: number): Span | null {
  const { year, rest } = splitYear(s, planYear);
  return parseRange(rest, year) ?? parseSingle(rest, year);
}

/** Takes a leading 2018年 / 次年 / 明年 / 今年 / 本年 off the phrase and returns the year it names. */
function splitYear(s: string, planYear: number): { year: number; rest: string } {
  const m = /^(?:((?:19|20)\d{2})|([次明])|[今本])年/.exec(s);
  if (!m) return { year: planYear, rest: s };
  const year = m[1] ? Number(m[1]) : m[2] ? planYear + 1 : planYear;
  const rest = s.slice(m[0].length);
  // The prefix swallowed the 年 of 2018年底 / 2018年, so give the year-level rules their word back.
  if (rest === '') return { year, rest: '全年' };
  return { year, rest: /^[底末终内]/.test(rest) ? `年${rest}` : rest };
}

/** 3—5月, 3月至5月, 二至三季度, 11月至次年2月: from the start of one end to the due of the other. */
function parseRange(s: string, year: number): Span | null {
  const m = /^(.+?)(?:至|到|[-—–－~～〜]+)(.+)$/.exec(s);
  if (!m) return null;
  const [, left = '', right = ''] = m;
  const from = parseEnd(withUnitOf(right, left), year);
  const to = parseEnd(right, year);
  if (!from?.start || !to?.due || from.start > to.due) return null;
  return { start: from.start, due: to.due };
}

/** A bare left end borrows the right end's unit: the 3 of 3-5月 is a month, of 3-4季度 a quarter. */
function withUnitOf(right: string, left: string): string {
  const unit = /^第?\d{1,2}(月|季度?)/.exec(right)?.[1];
  return unit && /^第?\d{1,2}$/.test(left) ? left + unit : left;
}

function parseEnd(s: string, planYear: number): Span | null {
  const { year, rest } = splitYear(s, planYear);
  return parseSingle(rest, year);
}

type Rule = (s: string, year: number) => Span | null;

function parseSingle(s: string, year: number): Span | null {
  const rules: Rule[] = [ongoing, recurring, yearPart, yearEnd, quarter, monthPhrase];
  for (const rule of rules) {
    const span = rule(s, year);
    if (span) return span;
  }
  return null;
}

function ongoing(s: string): Span | null {
  const ongoingWords = /^(?:长期|长期坚持|长期推进|持续|持续推进|持续开展|常年|常态化)$/;
  return ongoingWords.test(s) ? { start: null, due: null } : null;
}

const CADENCES: Record<string, Cadence> = {
  月: 'monthly',
  季: 'quarterly',
  季度: 'quarterly',
  年: 'yearly',
};

/** 每月 / 每季度 / 每年, and 每月25日前; a day only makes sense for a monthly cadence. */
function recurring(s: string): Span | null {
  const m = /^每(月|季度?|年)(?:(\d{1,2})[日号]前?)?$/.exec(s);
  const recurring = m?.[1] ? CADENCES[m[1]] : undefined;
  if (!m || !recurring) return null;
  if (m[2] === undefined) return { start: null, due: null, recurring };
  const dayOfMonth = Number(m[2]);
  if (recurring !== 'monthly' || dayOfMonth < 1 || dayOfMonth > 31) return null;
  return { start: null, due: null, recurring, dayOfMonth };
}

const YEAR_PARTS: Record<string, readonly [number, number]> = {
  全年: [1, 12],
  上半年: [1, 6],
  下半年: [7, 12],
};

function yearPart(s: string, year: number): Span | null {
  const months = YEAR_PARTS[s];
  return months ? monthsWindow(year, months[0], months[1]) : null;
}

/** 年底, 年末, 年终, 年内 (and …前): any time up to 31 December. */
function yearEnd(s: string, year: number): Span | null {
  return /^年(?:[底末终]前?|内)$/.test(s) ? { start: null, due: endOfMonth(year, 12) } : null;
}

/** 第一季度 / 二季度 is the quarter itself; 三季度末 only fixes its last day. */
function quarter(s: string, year: number): Span | null {
  const m = /^第?([1-4])季度?((?:末|底)前?)?$/.exec(s);
  if (!m) return null;
  const last = Number(m[1]) * 3;
  if (m[2]) return { start: null, due: endOfMonth(year, last) };
  return monthsWindow(year, last - 2, last);
}

/**
 * Everything anchored on one month: 5月, 5月份, 5月底, 6月30日, 12月中旬, and each with 前.
 * 底 and 前 only fix a due date; the start is left to the plan.
 */
function monthPhrase(s: string, year: number): Span | null {
  const m = /^(\d{1,2})月(份|底|末|上旬|中旬|下旬|初|中|(\d{1,2})[日号])?(前)?$/.exec(s);
  if (!m) return null;
  const [, monthText = '', part = '', dayText = '', before = ''] = m;
  const month = Number(monthText);
  if (month < 1 || month > 12) return null;
  // 6月前 is "before June", so the last day that still counts is 31 May.
  if (before && (part === '' || part === '份')) return { start: null, due: endBefore(year, month) };
  const days = daysWithin(part, dayText, lastDay(year, month));
  if (!days) return null;
  const due = isoDate(year, month, days[1]);
  if (before || part === '底' || part === '末') return { start: null, due };
  return { start: isoDate(year, month, days[0]), due };
}

/** The first and last day a month phrase covers; 上旬 1–10, 中旬 11–20, 下旬 21 to month end. */
function daysWithin(part: string, dayText: string, last: number): readonly [number, number] | null {
  if (dayText) {
    const day = Number(dayText);
    return day >= 1 && day <= last ? [day, day] : null;
  }
  // 初 and 中 are the everyday words for 上旬 and 中旬.
  if (part === '上旬' || part === '初') return [1, 10];
  if (part === '中旬' || part === '中') return [11, 20];
  if (part === '下旬') return [21, last];
  if (part === '底' || part === '末') return [last, last];
  return [1, last];
}

function monthsWindow(year: number, firstMonth: number, lastMonth: number): Span {
  return { start: isoDate(year, firstMonth, 1), due: endOfMonth(year, lastMonth) };
}

function endBefore(year: number, month: number): string {
  return month === 1 ? endOfMonth(year - 1, 12) : endOfMonth(year, month - 1);
}

function endOfMonth(year: number, month: number): string {
  return isoDate(year, month, lastDay(year, month));
}

function lastDay(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one, leap years included.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}
