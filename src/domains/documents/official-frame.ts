/**
 * The 版头 (masthead) and 版记 (colophon) of an official document, GB/T 9704-2012 §7.2 and §7.4.
 *
 * 版头: the issuing office's mark (发文机关标志) in red 小标宋, centred on one line and sized to fit
 * the type area; the 期号 centred under it; the issuing office at the left and the issue date at
 * the right of one line, each one character in; then a red line across the type area.
 *
 * 版记: 抄送 and 印发机关/印发日期 in 4号 仿宋 between a thick rule above, thin rules between the
 * lines and a thick rule below, at the foot of the last page: paragraph borders on text frames
 * placed at absolute heights on the page (w:framePr w:y), one frame a line. LibreOffice (7.4),
 * which many offices print with, honours that, but neither a table floated to the bottom of the
 * margin (w:tblpPr tblpYSpec="bottom"), nor a frame aligned to the bottom (w:yAlign), nor two
 * consecutive paragraphs in one frame.
 */
import { textWidthChars } from './column-widths.js';
import {
  CHAR_TWIPS,
  LINE_PITCH,
  OFFICIAL_LAYOUT,
  OFFICIAL_PAGE_TWIPS,
  TYPE_AREA_WIDTH_TWIPS,
  formatOfficialDate,
  officialRunProps,
} from './official-layout.js';
import { paragraphProps, paragraphXml, tabRun, textRun } from './wordml/blocks.js';

export interface OfficialMasthead {
  /** 发文机关标志: red, 小标宋 (fonts.title), centred, one line, sized to fit. */
  readonly name: string;
  /** 第1期（更正）, centred under it. */
  readonly issueNo: string;
  /** Left end of the line above the red separator (one character in). */
  readonly office: string;
  /** ISO date; right end of that line as 2017年10月9日 (one character in). */
  readonly date: string;
}

/** 版记, at the foot of the last page. */
export interface OfficialColophon {
  /** 抄送：A，B，C。 (the line is left out when empty). */
  readonly copyTo: readonly string[];
  /** Left: 印发机关. */
  readonly printedBy: string;
  /** ISO date; right: 2017年10月9日印发. */
  readonly printedOn: string;
}

/** GB/T 9704 红色. */
export const OFFICIAL_RED = 'FF0000';
/** The mark is at most 36 pt: larger overpowers the title on an A4 page. */
export const MASTHEAD_MAX_PT = 36;
/** The red separator, 1.5 pt (in eighths of a point). */
const SEPARATOR_SIZE = 12;
/** 版记 rules in eighths of a point: 0.35 mm ≈ 1 pt thick, 0.25 mm ≈ 0.75 pt thin. */
export const COLOPHON_RULES = { thick: 8, thin: 6 } as const;
/** 版记 text is 4号 (14 pt); its indents are one such character. */
const COLOPHON_PT = 14;
const COLOPHON_CHAR_TWIPS = COLOPHON_PT * 20;

const { fonts, sizePt } = OFFICIAL_LAYOUT;

/**
 * The largest size, in half points, at which `name` fits the type area on one line (with a little
 * room, since 小标宋 characters are set a hair wider than their em), at most 36 pt.
 */
export function mastheadSizePt(name: string): number {
  const chars = Math.max(textWidthChars(name), 1);
  const fitting = (TYPE_AREA_WIDTH_TWIPS / 20) * 0.95;
  return Math.min(MASTHEAD_MAX_PT, Math.floor((2 * fitting) / chars) / 2);
}

/** A line with `left` one character in from the left and `right` one in from the right. */
function spreadLine(
  left: string,
  right: string,
  charTwips: number,
  widthTwips: number,
  rPr: string,
) {
  const pPr = paragraphProps({
    indent: { left: charTwips },
    // Tab stops count from the margin, not the indent, in Word and LibreOffice alike.
    rightTabs: [widthTwips - charTwips],
  });
  return paragraphXml(pPr, textRun(left, rPr) + tabRun(rPr) + textRun(right, rPr));
}

export function mastheadXml(m: OfficialMasthead): string {
  const bodyRun = officialRunProps(fonts.body, sizePt.body);
  const mark = paragraphXml(
    paragraphProps({ align: 'center' }),
    textRun(m.name, officialRunProps(fonts.title, mastheadSizePt(m.name), OFFICIAL_RED)),
  );
  const issueNo = paragraphXml(paragraphProps({ align: 'center' }), textRun(m.issueNo, bodyRun));
  const officeLine = spreadLine(
    m.office,
    formatOfficialDate(m.date),
    CHAR_TWIPS,
    TYPE_AREA_WIDTH_TWIPS,
    bodyRun,
  );
  // An empty paragraph a few points high carries the red line under the date line; the title
  // starts one line below it.
  const separator = paragraphXml(
    paragraphProps({
      borders: { bottom: { size: SEPARATOR_SIZE, color: OFFICIAL_RED } },
      snapToGrid: false,
      spacing: { after: LINE_PITCH, exactLine: 120 },
    }),
  );
  return mark + issueNo + officeLine + separator;
}

/** 抄送：A，B，C。 */
export function copyToLine(copyTo: readonly string[]): string {
  return `抄送：${copyTo.join('，')}。`;
}

/** 版记 lines: 14 pt text on exact 28 pt lines, off the page grid so their height is known. */
const COLOPHON_LINE = 560;
/** Twips a paragraph border takes with its one-point gap (w:space="1"). */
const ruleTwips = (size: number) => Math.round((size / 8) * 20) + 20;
/** A point-high paragraph between two frames: without it LibreOffice frames only the last. */
const FRAME_GAP = paragraphXml(
  paragraphProps({ keepNext: true, snapToGrid: false, spacing: { exactLine: 20 } }),
);

interface ColophonLine {
  text: string;
  /** Set at a right tab one character in from the right. */
  right?: string;
}

/**
 * The 版记 at the foot of the last page (§7.4): each line a text frame of its own, placed from the
 * bottom of the type area up (exact lines and fixed rules, so every height is known); a thick
 * rule above the first line and below the last, thin rules between.
 */
export function colophonXml(c: OfficialColophon): string {
  const rPr = officialRunProps(fonts.body, COLOPHON_PT);
  const lines: ColophonLine[] = [];
  if (c.copyTo.length > 0) lines.push({ text: copyToLine(c.copyTo) });
  lines.push({ text: c.printedBy, right: `${formatOfficialDate(c.printedOn)}印发` });
  const { thick, thin } = COLOPHON_RULES;
  const rules = lines.map((_, i) => ({
    top: i === 0 ? thick : undefined,
    bottom: i === lines.length - 1 ? thick : thin,
  }));
  const heights = rules.map(
    (r) => COLOPHON_LINE + ruleTwips(r.bottom) + (r.top === undefined ? 0 : ruleTwips(r.top)),
  );
  let y = OFFICIAL_PAGE_TWIPS.height - OFFICIAL_PAGE_TWIPS.margin.bottom;
  const tops = heights.map(() => 0);
  for (let i = lines.length - 1; i >= 0; i--) tops[i] = y -= heights[i] ?? 0;
  const black = (size: number) => ({ size, color: '000000' });
  const framed = lines.map((line, i) => {
    const rule = rules[i];
    const pPr = paragraphProps({
      keepNext: i < lines.length - 1,
      frame: { width: TYPE_AREA_WIDTH_TWIPS, y: tops[i] ?? 0 },
      borders: {
        ...(rule?.top === undefined ? {} : { top: black(rule.top) }),
        bottom: black(rule?.bottom ?? thick),
      },
      ...(line.right === undefined
        ? {}
        : { rightTabs: [TYPE_AREA_WIDTH_TWIPS - COLOPHON_CHAR_TWIPS] }),
      snapToGrid: false,
      spacing: { exactLine: COLOPHON_LINE },
      indent: { left: COLOPHON_CHAR_TWIPS },
    });
    const runs =
      textRun(line.text, rPr) +
      (line.right === undefined ? '' : tabRun(rPr) + textRun(line.right, rPr));
    return paragraphXml(pPr, runs);
  });
  return framed.join(FRAME_GAP);
}
