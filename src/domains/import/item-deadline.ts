/**
 * An item's due date when the notice gives no 完成时限 label: the first dated deadline phrase
 * written in the item ("2013年6月底前", "于2020年6月底前完成", "年底前完成", "9月下旬"),
 * resolved with deadline.ts against the plan year.
 */
import { resolveDeadline } from './deadline.js';
import type { DeadlineWindow } from './draft.js';

const CN = '[一二三四五六七八九十]{1,3}';
const YEAR = '(?:(?:(?:19|20)\\d{2}|[今明次本])年)';
const MONTH = `(?:\\d{1,2}|${CN})月`;
const DAY = `(?:\\d{1,2}|${CN})[日号]`;
/** Phrases that name a point of the year on their own: 6月底, 9月下旬, 年底, 三季度末, 上半年. */
const NAMED = [
  `${YEAR}年?[底末]`,
  `年[底末]`,
  `${YEAR}?${MONTH}(?:底|末|上旬|中旬|下旬)`,
  `${YEAR}?第?[一二三四1-4]季度[末底]?`,
  `${YEAR}?[上下]半年`,
].join('|');
/** A month or a day is a deadline only with 前: 6月前, 3月15日前 (3月15日召开 is an event). */
const DATED = `${YEAR}?${MONTH}(?:份|${DAY})?`;
const BEFORE = '(?:之前|以前|前)';
const PHRASE = new RegExp(`(?:${NAMED})${BEFORE}?|(?:${DATED})${BEFORE}`, 'g');

export interface DeadlinePhrase {
  /** As written, e.g. 2013年6月底前. */
  text: string;
  index: number;
}

/** Dated deadline phrases in order: '6月底前', '9月下旬', but not a date such as '2019年3月5日'. */
export function findDeadlinePhrases(text: string): DeadlinePhrase[] {
  return [...text.matchAll(PHRASE)].map((m) => ({ text: m[0], index: m.index }));
}

/** The first phrase that resolves to a date, or null. */
export function firstDeadline(text: string, year: number): DeadlineWindow | null {
  for (const phrase of findDeadlinePhrases(text)) {
    const resolved = resolveDeadline(phrase.text, year);
    if (resolved?.due) return { ...resolved, text: phrase.text };
  }
  return null;
}
