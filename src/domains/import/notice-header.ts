/**
 * The metadata of the issuing notice (通知): 文号, title, 主送 recipients, the signature (issuer and
 * date) and 抄报/抄送. Offices put the signature before the attached plan or at the very end, so
 * the signature is looked for everywhere and its lines are reported to be left out of the outline.
 */
import { isCalendarDate } from '../../platform/calendar-date.js';
import type { NoticeDraft } from './draft.js';
import type { Line } from './lines.js';
import { chineseOrdinal, tidy } from './normalize.js';

export interface NoticeHeader {
  notice: NoticeDraft;
  /** Index of the plan title line, or -1 when none was recognised. */
  planTitleIndex: number;
  planTitle: string | null;
  /** Indexes of header and signature lines, which belong to no item. */
  consumed: Set<number>;
}

const docNumberPattern = /^\S{0,20}[〔[【（(]\d{4}[〕\]】）)]\s*\d{1,4}\s*号$/;
const titleEndings = /(通知|意见|决定|办法|方案|通报|要点|计划)(?:[（(][^（）()]{1,20}[）)])?$/;
const copyToPattern = /^(抄报|抄送)[：:]\s*(.+?)[。.]?$/;
const planTitlePattern = /(工作要点|工作计划|工作安排|任务分解|重点工作)$/;

export function parseNoticeHeader(lines: Line[]): NoticeHeader {
  const text = lines.map((l) => tidy(l.raw));
  const consumed = new Set<number>();
  const take = (i: number) => (consumed.add(i), text[i] ?? '');

  const docIndex = text.findIndex((t) => docNumberPattern.test(t));
  const docNumber = docIndex >= 0 ? take(docIndex).replace(/\s+/g, '') : null;
  const title = findNoticeTitle(text, take);
  const signature = findSignature(text, take);
  const copyToIndex = text.findIndex((t) => copyToPattern.test(t));
  const copyTo =
    copyToIndex >= 0 ? splitList(take(copyToIndex).replace(copyToPattern, '$2'), /[、，,；;]/) : [];
  const found = findPlanTitle(text, title, consumed);
  // A notice that issues no other document (关于加快发展…的意见) is itself the plan.
  const planTitleIndex = found < 0 && title && isSelfContained(title.text) ? title.end - 1 : found;
  const recipients = findRecipients(text, title ? (title.end ?? 0) : 0, found, take);
  if (planTitleIndex >= 0) consumed.add(planTitleIndex);

  return {
    notice: {
      docNumber,
      title: title?.text ?? null,
      recipients,
      issuer: signature?.issuer ?? null,
      issueDate: signature?.date ?? null,
      copyTo,
    },
    planTitleIndex,
    planTitle:
      found >= 0 ? (text[found] ?? null) : planTitleIndex >= 0 ? (title?.text ?? null) : null,
    consumed,
  };
}

/** Verbs by which one notice issues another document. */
const ISSUING = '(?:印发|转发|批转|下达)';
/** 某市人民政府办公室印发…的通知: a title without 关于 that issues another document. */
const issuingTitle = new RegExp(`^.{0,30}?${ISSUING}[^。；]{2,80}的通知$`);
const issuedDocument = new RegExp(`${ISSUING}(.+?)的(?:通知|意见)$`);
const issuingWord = new RegExp(`《|${ISSUING}`);

/** (Issuer)关于…的通知 near the top, possibly broken over up to three lines. */
function findNoticeTitle(text: string[], take: (i: number) => string) {
  const start = text.findIndex(
    (t, i) => i < 30 && (/^.{0,30}关于/.test(t) || issuingTitle.test(t)) && !/[。；]/.test(t),
  );
  if (start < 0) return null;
  let joined = '';
  for (let i = start; i < Math.min(start + 3, text.length); i++) {
    joined += text[i] ?? '';
    if (titleEndings.test(joined)) {
      for (let j = start; j <= i; j++) take(j);
      return { text: joined, end: i + 1 };
    }
  }
  return null;
}

/** The plan title: the 《name》 of the notice title as its own line, else a line ending in 工作要点. */
function findPlanTitle(
  text: string[],
  title: { text: string } | null,
  consumed: Set<number>,
): number {
  const named = title?.text.match(/《([^》]+)》/)?.[1] ?? title?.text.match(issuedDocument)?.[1];
  const free = (i: number) => !consumed.has(i);
  if (named) {
    const exact = text.findIndex((t, i) => free(i) && t === named);
    if (exact >= 0) return exact;
  }
  return text.findIndex(
    (t, i) => free(i) && t.length <= 60 && planTitlePattern.test(t) && !/[。；]/.test(t),
  );
}

/** 主送: the first line after the title ending in a colon, split at top-level commas. */
function findRecipients(
  text: string[],
  from: number,
  before: number,
  take: (i: number) => string,
): string[] {
  const end = before >= 0 ? before : Math.min(text.length, from + 10);
  for (let i = from; i < end; i++) {
    const t = text[i] ?? '';
    // Only the final colon: page furniture like 发布时间：…来源：… has several.
    if (/^[^：:]+[：:]$/.test(t) && t.length < 200 && !copyToPattern.test(t)) {
      return splitList(take(i).slice(0, -1), /[，,；;]/);
    }
  }
  return [];
}

/** Splits at separators outside brackets, so 市级各学会（协会、研究会） stays whole. */
export function splitList(text: string, separators: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if ('（(《“'.includes(ch)) depth++;
    if ('）)》”'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.test(ch)) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

function isSelfContained(title: string): boolean {
  return !issuingWord.test(title);
}

/**
 * The signature: a short organisation name followed (blank lines aside) by a date line; else an
 * undated one, the issuer's name alone on a line after the notice's last sentence.
 */
function findSignature(text: string[], take: (i: number) => string) {
  return findDatedSignature(text, take) ?? findUndatedSignature(text, take);
}

const organisation =
  /(办公厅|办公室|人民政府|委员会|联合会|协会|学会|研究会|科协|中心|厅|局|委|部|院|署|办)$/;

function findUndatedSignature(text: string[], take: (i: number) => string) {
  let previous = '';
  for (let i = 0; i < text.length; i++) {
    const t = text[i] ?? '';
    if (t === '') continue;
    if (/[。！!]$/.test(previous) && isOrganisation(t)) {
      let j = i + 1;
      while (j < text.length && text[j] === '') j++;
      const next = text[j];
      // A line followed by numbered items is a heading (工作部署), not a signature.
      if (
        next === undefined ||
        !/^(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]|[\u2460-\u249b])/.test(next)
      ) {
        take(i);
        return { date: null, issuer: t };
      }
    }
    previous = t;
  }
  return null;
}

function isOrganisation(line: string): boolean {
  return (
    line.length >= 3 &&
    line.length <= 30 &&
    organisation.test(line) &&
    !/[。，,；;：:、（）()《》“”\s\d]/.test(line)
  );
}

function findDatedSignature(text: string[], take: (i: number) => string) {
  for (let i = 0; i < text.length; i++) {
    const date = parseChineseDate(text[i] ?? '');
    if (!date) continue;
    let j = i - 1;
    while (j >= 0 && text[j] === '') j--;
    const issuer = text[j] ?? '';
    const isName = issuer.length > 1 && issuer.length <= 40 && !/[。，,；：:]/.test(issuer);
    take(i);
    if (isName) take(j);
    return { date, issuer: isName ? issuer : null };
  }
  return null;
}

const yearDigits: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/** A whole line that is a date: 2017年5月4日 or 二〇一七年五月四日 → '2017-05-04'. */
export function parseChineseDate(line: string): string | null {
  // 2021 年 3 月 5 日: spaces typed between the parts.
  const m = line
    .replace(/[\s\u3000]+/g, '')
    .match(
      /^([0-9〇零一二三四五六七八九]{4})年([0-9一二三四五六七八九十]{1,3})月([0-9一二三四五六七八九十]{1,3})日$/,
    );
  if (!m) return null;
  const [, y = '', mo = '', d = ''] = m;
  const year = Number([...y].map((c) => yearDigits[c] ?? c).join(''));
  const month = /\d/.test(mo) ? Number(mo) : chineseOrdinal(mo);
  const day = /\d/.test(d) ? Number(d) : chineseOrdinal(d);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  // A day that does not exist (2017年2月30日) is no issue date.
  return isCalendarDate(date) ? date : null;
}
