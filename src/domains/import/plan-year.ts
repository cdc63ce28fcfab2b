/**
 * The plan year (计划年度): what every 6月底前 of the plan resolves against. Most notices write it
 * in the title (2019年工作要点) or sign with a dated signature; multi-year 实施意见 and 方案 often
 * do neither, so the year is inferred from a range in the title (2013—2017年 → 2013) or from the
 * earliest dated deadline of the body (2013年6月底前), and the draft says so in a warning that
 * --year or the import wizard can override. Never refuses: with no year anywhere the caller's
 * fallback (the current year) is used. Pure, and linear in the text.
 */
import type { ImportWarning } from './draft.js';

export interface PlanYearSources {
  /** The plan title and the notice title, in that order of trust. */
  titles: (string | null)[];
  /** The signature date, YYYY-MM-DD. */
  issueDate: string | null;
  /** 文号 (国发〔2013〕35号). */
  docNumber: string | null;
  /** The text lines of the document. */
  body: string[];
}

export type PlanYearSource =
  'option' | 'title' | 'signature' | 'titleRange' | 'deadline' | 'docNumber' | 'fallback';

export interface PlanYear {
  year: number;
  source: PlanYearSource;
  /** Set when the year was inferred rather than written in the title or signature. */
  warning: ImportWarning | null;
}

const YEAR = '(?:19|20)\\d{2}';
/** 2013—2017年, 2013-2017, 2013年至2017年: the first year of a span of years. */
const rangePattern = new RegExp(
  `(${YEAR})(?:\\s*年度?)?\\s*(?:[-－—–~～]{1,2}|至|到)\\s*(${YEAR})(?!\\d)`,
  'g',
);
const yearPattern = new RegExp(`(?<!\\d)(${YEAR})(?!\\d)`);
/** A title is one line of a few dozen characters; a longer first line is no title. */
const titleLength = 200;

/** A year written alone in a title, not as the start or end of a range. */
export function singleYear(text: string | null | undefined): number | null {
  if (!text) return null;
  const m = yearPattern.exec(arabicYears(text.slice(0, titleLength)).replace(rangePattern, ' '));
  return m ? Number(m[1]) : null;
}

/** The first year of a range of years in a title, when the range runs forward. */
export function rangeStartYear(text: string | null | undefined): number | null {
  if (!text) return null;
  for (const m of arabicYears(text.slice(0, titleLength)).matchAll(rangePattern)) {
    const [from, to] = [Number(m[1]), Number(m[2])];
    if (to >= from && to - from <= 30) return from;
  }
  return null;
}

const cnNumber = '[一二三四五六七八九十]{1,3}';
const month = `(?:\\d{1,2}|${cnNumber})月(?:(?:\\d{1,2}|${cnNumber})日)?`;
const part = '(?:年?底|年?末|上半年|下半年|第?[一二三四1-4]季度末?)';
/**
 * 2013年 + optional 6月(30日) + optional 底/末/上半年/第三季度; what stands before and after
 * decides whether it is a deadline (2013年6月底前, 于2014年底完成) or a fact (截至2012年底).
 */
const datedPattern = new RegExp(`(${YEAR})年(${month})?(${part})?`, 'g');
const deadlineAfter = /^(?:前|以前|之前|内|完成|建成|实现|到位|全面|基本)/;
const deadlineBefore = /(?:于|在|到|至|力争|确保|争取)$/;
const factBefore = /(?:截至|截止|截止到|截止至)$/;

const chineseDigits = '〇一二三四五六七八九';

/** 二〇一三年 → 2013年 (and 二〇二一—二〇二三年), so years in Chinese numerals read like the others. */
function arabicYears(line: string): string {
  return line.replace(/[〇零一二三四五六七八九]{4}(?=年|[-－—–~～至到])/g, (run) =>
    [...run].map((c) => String(Math.max(0, chineseDigits.indexOf(c)))).join(''),
  );
}

/** The years of the dated deadline phrases in a line of text. */
export function deadlineYears(text: string): number[] {
  const line = arabicYears(text);
  const years: number[] = [];
  for (const m of line.matchAll(datedPattern)) {
    const start = m.index;
    const before = line.slice(Math.max(0, start - 4), start);
    const after = line.slice(start + m[0].length, start + m[0].length + 2);
    if (factBefore.test(before)) continue;
    const dated = m[2] !== undefined || m[3] !== undefined;
    const prefixed = deadlineBefore.test(before);
    // 到2020年，… is a deadline too; 在2012年的基础上 is not.
    const bareTarget = !dated && /到$/.test(before);
    if (deadlineAfter.test(after) || (dated && prefixed) || bareTarget) years.push(Number(m[1]));
  }
  return years;
}

/** The earliest year written in a dated deadline of the text, or null. */
function earliestDeadlineYear(lines: string[]): number | null {
  let earliest: number | null = null;
  for (const line of lines) {
    for (const y of deadlineYears(line)) if (earliest === null || y < earliest) earliest = y;
  }
  return earliest;
}

function docNumberYear(docNumber: string | null): number | null {
  const m = docNumber ? new RegExp(`[〔[【（(](${YEAR})[〕\\]】）)]`).exec(docNumber) : null;
  return m ? Number(m[1]) : null;
}

const inferred: Record<
  Exclude<PlanYearSource, 'option' | 'title' | 'signature'>,
  [string, string]
> = {
  titleRange: ['the range of years in the title', '标题中的年度区间'],
  deadline: ['the earliest dated deadline in the text', '正文中最早的带年份的完成时限'],
  docNumber: ['the year of the document number', '文号中的年份'],
  fallback: [
    'nothing in the notice: it names no year, so the current year is used',
    '当前年份（通知中没有写明任何年份）',
  ],
};

export function planYear(
  sources: PlanYearSources,
  options: { year?: number; fallbackYear: number },
): PlanYear {
  if (options.year !== undefined) return { year: options.year, source: 'option', warning: null };
  for (const title of sources.titles) {
    const year = singleYear(title);
    if (year !== null) return { year, source: 'title', warning: null };
  }
  const signed = singleYear(sources.issueDate);
  if (signed !== null) return { year: signed, source: 'signature', warning: null };
  const steps: [Exclude<PlanYearSource, 'option' | 'title' | 'signature'>, () => number | null][] =
    [
      ['titleRange', () => firstOf(sources.titles.map(rangeStartYear))],
      ['deadline', () => earliestDeadlineYear(sources.body)],
      ['docNumber', () => docNumberYear(sources.docNumber)],
    ];
  for (const [source, find] of steps) {
    const year = find();
    if (year !== null) return { year, source, warning: yearWarning(year, source) };
  }
  const year = options.fallbackYear;
  return { year, source: 'fallback', warning: yearWarning(year, 'fallback') };
}

function firstOf(years: (number | null)[]): number | null {
  return years.find((y) => y !== null) ?? null;
}

function yearWarning(
  year: number,
  source: Exclude<PlanYearSource, 'option' | 'title' | 'signature'>,
): ImportWarning {
  const [what, whatZh] = inferred[source];
  return {
    about: 'year',
    why:
      `the plan year ${year} is inferred from ${what}, as neither the title nor the signature ` +
      'gives one; give --year or change it in the import wizard if it is wrong',
    whyZh:
      `标题和落款都没有年份，计划年度${year}年是根据${whatZh}推断的；` +
      '如不正确，请用 --year 指定或在导入向导中修改',
  };
}
