/**
 * GB/T 9704-2012 measures shared by the .docx writer and the print views, and the run styles the
 * .docx parts of an official document are written with. See official-document.ts for the layout.
 */
import { isCalendarDate } from '../../platform/calendar-date.js';
import { runProps } from './wordml/blocks.js';

/** A font as the standard names it, and the common font used where it is not installed. */
export interface OfficialFont {
  readonly name: string;
  readonly fallback: string;
}

const MM_PER_INCH = 25.4;
const TWIPS_PER_INCH = 1440;
export const mmToTwips = (mm: number): number => Math.round((mm / MM_PER_INCH) * TWIPS_PER_INCH);

/** GB/T 9704-2012 measures, in millimetres and points; the .docx and the print view share them. */
export const OFFICIAL_LAYOUT = {
  pageMm: { width: 210, height: 297 },
  marginMm: { top: 37, bottom: 35, left: 28, right: 26 },
  linesPerPage: 22,
  charsPerLine: 28,
  sizePt: { title: 22, body: 16, table: 12, pageNumber: 14 },
  fonts: {
    title: { name: '方正小标宋简体', fallback: '宋体' },
    body: { name: '仿宋_GB2312', fallback: '仿宋' },
    heading1: { name: '黑体', fallback: '黑体' },
    heading2: { name: '楷体_GB2312', fallback: '楷体' },
    pageNumber: { name: '宋体', fallback: '宋体' },
  },
} as const satisfies {
  fonts: Record<string, OfficialFont>;
  [key: string]: unknown;
};

export const typeAreaMm = {
  width:
    OFFICIAL_LAYOUT.pageMm.width - OFFICIAL_LAYOUT.marginMm.left - OFFICIAL_LAYOUT.marginMm.right,
  height:
    OFFICIAL_LAYOUT.pageMm.height - OFFICIAL_LAYOUT.marginMm.top - OFFICIAL_LAYOUT.marginMm.bottom,
};
export const TYPE_AREA_WIDTH_TWIPS = mmToTwips(typeAreaMm.width);
/** Twips per line: 225 mm / 22 lines ≈ 579. */
export const LINE_PITCH = Math.floor(mmToTwips(typeAreaMm.height) / OFFICIAL_LAYOUT.linesPerPage);
/** Twentieths of a point taken off each 16 pt character: 156 mm / 28 = 15.79 pt a character. */
const BODY_CONDENSE = -5;
/** One 3号 (16 pt) character, the unit of indents. */
export const CHAR_TWIPS = OFFICIAL_LAYOUT.sizePt.body * 20;

/** The .docx page setup in twips (A4 is 11906 × 16838). */
export const OFFICIAL_PAGE_TWIPS = {
  width: 11906,
  height: 16838,
  margin: {
    top: mmToTwips(OFFICIAL_LAYOUT.marginMm.top),
    bottom: mmToTwips(OFFICIAL_LAYOUT.marginMm.bottom),
    left: mmToTwips(OFFICIAL_LAYOUT.marginMm.left),
    right: mmToTwips(OFFICIAL_LAYOUT.marginMm.right),
  },
  linePitch: LINE_PITCH,
  bodyCharacterSpacing: BODY_CONDENSE,
} as const;

/**
 * 2017-09-30 → 2017年9月30日. A date that does not exist (2017-02-30, left by old data) is shown
 * as stored rather than dressed as an official date, so the reader sees it needs correcting.
 */
export function formatOfficialDate(isoDate: string): string {
  if (!isCalendarDate(isoDate)) return isoDate;
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

const rPrCache = new Map<string, string>();

/**
 * The w:rPr of text in `font` at `sizePt`, built once per combination: body-size text is condensed
 * so 28 characters fill a line (see official-document.ts).
 */
export function officialRunProps(font: OfficialFont, sizePt: number, color?: string): string {
  const key = `${font.name}|${sizePt}|${color ?? ''}`;
  let rPr = rPrCache.get(key);
  if (rPr === undefined) {
    const spacing = sizePt === OFFICIAL_LAYOUT.sizePt.body ? BODY_CONDENSE : undefined;
    rPr = runProps({
      font,
      sizePt,
      ...(spacing === undefined ? {} : { spacing }),
      ...(color === undefined ? {} : { color }),
    });
    rPrCache.set(key, rPr);
  }
  return rPr;
}
