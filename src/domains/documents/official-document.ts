/**
 * Official documents (公文) as Word .docx in the layout of GB/T 9704-2012 (党政机关公文格式).
 *
 * Stable API, shared by the monthly bulletins and the year-end assessment:
 *
 *   const docx = await renderOfficialDocument({
 *     title: '2017年9月重点工作通报',          // 2号 方正小标宋简体, centred
 *     subtitle: '（第9期）',                    // optional line under the title, 3号 楷体
 *     blocks: [
 *       heading1('一、总体情况'),               // 黑体
 *       heading2('（一）完成情况'),             // 楷体
 *       paragraph('本月共有重点工作10项……'),    // 仿宋_GB2312, first line indented two characters
 *       table({ columns: [{ title: '序号', width: 1 }, …], rows: [['1', …]] }),
 *       image({ png, widthMm: 150, heightMm: 80, caption: '图1 …' }),
 *     ],
 *     signature: signature('滁州市科学技术协会', '2017-09-30'),  // issuing unit and date at the end
 *     masthead: { name: '滁州市科协重点工作通报', issueNo: '第9期', office: '滁州市科协办公室',
 *                 date: '2017-10-09' },                                   // optional 版头
 *     colophon: { copyTo: ['市委办'], printedBy: '滁州市科协办公室', printedOn: '2017-10-09' },
 *   }); // → Buffer
 *
 * Layout (GB/T 9704-2012 §5, §7): A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; a
 * 156 × 225 mm type area of 22 lines of 28 characters; body 3号 (16 pt); page numbers "— 1 —" in
 * 4号 at the foot, odd pages on the right and even pages on the left, one character in from the
 * edge of the type area.
 *
 * The 22 lines are the section's line grid (w:docGrid type "lines", pitch 579 twips). The 28
 * characters come from condensing 16 pt text by 0.25 pt (15.75 pt a character, 28 to 156 mm)
 * rather than from a character grid: Word squeezes 16 pt characters into a 15.79 pt grid cell,
 * but LibreOffice gives each of them two cells and any smaller text (tables, captions) one, which
 * spreads every line; the condensed text measures the same in Word, WPS and LibreOffice.
 *
 * 版头 and 版记 (optional `masthead` and `colophon`) are laid out in official-frame.ts. Table
 * columns take their widths from their text (column-widths.ts): no header wraps.
 *
 * The WordprocessingML is written directly (wordml/): the parts are strings built in arrays and
 * joined once, which for a thousand-row table is several times faster, and far leaner, than a
 * document object model.
 *
 * Fonts: the standard's fonts (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体) are set as the East Asian font of
 * every run; the Latin slots (ascii/hAnsi) carry the fallback that ships with every Chinese
 * Windows (宋体, 仿宋, 黑体, 楷体), so digits and Latin text stay legible where the GB fonts are
 * missing. `OFFICIAL_LAYOUT` exposes the same measures for print views.
 */
import { columnWidths, textWidthChars } from './column-widths.js';
import {
  colophonXml,
  mastheadXml,
  type OfficialColophon,
  type OfficialMasthead,
} from './official-frame.js';
import {
  CHAR_TWIPS,
  LINE_PITCH,
  OFFICIAL_LAYOUT,
  OFFICIAL_PAGE_TWIPS,
  TYPE_AREA_WIDTH_TWIPS,
  formatOfficialDate,
  mmToTwips,
  officialRunProps,
  typeAreaMm,
  type OfficialFont,
} from './official-layout.js';
import {
  CELL_END,
  ROW_END,
  TABLE_END,
  cellStart,
  inlinePicture,
  paragraphProps,
  paragraphXml,
  rowStart,
  tableStart,
  textRun,
  type Border,
} from './wordml/blocks.js';
import { packageDocx } from './wordml/package.js';
import { pageNumberFooterXml, stylesXml } from './wordml/parts.js';
import { NS, XML_DECLARATION } from './wordml/xml.js';

export {
  OFFICIAL_LAYOUT,
  OFFICIAL_PAGE_TWIPS,
  formatOfficialDate,
  type OfficialFont,
} from './official-layout.js';
export type { OfficialColophon, OfficialMasthead } from './official-frame.js';

export interface TableColumn {
  readonly title: string;
  /**
   * Relative width, a hint only: the columns take their widths from their text (column-widths.ts),
   * and the hint leans the share of the room left over.
   */
  readonly width: number;
  readonly align?: 'left' | 'center' | 'right';
}

type ImageBlock = {
  readonly kind: 'image';
  readonly png: Uint8Array;
  readonly widthMm: number;
  readonly heightMm: number;
  readonly caption?: string;
};

export type OfficialBlock =
  | { readonly kind: 'heading1'; readonly text: string }
  | { readonly kind: 'heading2'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | {
      readonly kind: 'table';
      readonly columns: readonly TableColumn[];
      readonly rows: readonly (readonly string[])[];
    }
  | ImageBlock;

export interface OfficialSignature {
  readonly unit: string;
  /** ISO date (YYYY-MM-DD), written as 2017年9月30日 (Arabic numerals, GB/T 9704-2012 §7.3.5.3). */
  readonly date: string;
}

export interface OfficialDocumentInput {
  readonly title: string;
  readonly subtitle?: string;
  readonly blocks: readonly OfficialBlock[];
  readonly signature?: OfficialSignature;
  /** 版头 above the title. */
  readonly masthead?: OfficialMasthead;
  /** 版记 at the foot of the last page. */
  readonly colophon?: OfficialColophon;
}

export const heading1 = (text: string): OfficialBlock => ({ kind: 'heading1', text });
export const heading2 = (text: string): OfficialBlock => ({ kind: 'heading2', text });
export const paragraph = (text: string): OfficialBlock => ({ kind: 'paragraph', text });
export const table = (input: {
  columns: readonly TableColumn[];
  rows: readonly (readonly string[])[];
}): OfficialBlock => ({ kind: 'table', ...input });
export const image = (input: {
  png: Uint8Array;
  widthMm: number;
  heightMm: number;
  caption?: string;
}): OfficialBlock => ({ kind: 'image', ...input });
export const signature = (unit: string, date: string): OfficialSignature => ({ unit, date });

const { fonts, sizePt } = OFFICIAL_LAYOUT;

/** Paragraph properties used thousands of times, built once. */
const P = {
  center: paragraphProps({ align: 'center' }),
  centerThenLine: paragraphProps({ align: 'center', spacing: { after: LINE_PITCH } }),
  /** A picture stays with its caption. */
  centerKeep: paragraphProps({ align: 'center', keepNext: true }),
  text: paragraphProps({ align: 'both', indent: { firstLine: 2 * CHAR_TWIPS } }),
  /** An empty paragraph kept with the next. */
  keep: paragraphProps({ keepNext: true }),
  /** A heading never ends a page; the last text stays with the signature. */
  heading: paragraphProps({
    keepNext: true,
    align: 'both',
    indent: { firstLine: 2 * CHAR_TWIPS },
  }),
};

function titleXml(title: string, subtitle: string | undefined): string {
  const titleRun = textRun(title, officialRunProps(fonts.title, sizePt.title));
  if (subtitle === undefined) return paragraphXml(P.centerThenLine, titleRun);
  return (
    paragraphXml(P.center, titleRun) +
    paragraphXml(P.centerThenLine, textRun(subtitle, officialRunProps(fonts.heading2, sizePt.body)))
  );
}

function textParagraph(text: string, font: OfficialFont, pPr = P.text): string {
  return paragraphXml(pPr, textRun(text, officialRunProps(font, sizePt.body)));
}

/** 12 pt table text on 15 pt lines. */
const TABLE_LINE = 300;

/**
 * Table cells take their font, size and line from two paragraph styles defined once, with table
 * borders and cell margins set on the table: a 1,000-row table has tens of thousands of cells, and
 * properties repeated on every cell and run made up most of the document's XML.
 */
const TABLE_TEXT = 'TableText';
const TABLE_HEADING = 'TableHeading';
/** Left and right cell margin, twips. */
const CELL_MARGIN = 60;
const cellBorder: Border = { size: 4, color: '000000' };

/**
 * Each column's cell opening and paragraph properties, built once per table; `keepNext` keeps a
 * row on the page of what follows the table.
 */
function columnCells(
  columns: readonly TableColumn[],
  widths: readonly number[],
  header: boolean,
  keepNext = false,
) {
  return columns.map((column, i) => {
    const align =
      header || column.align === undefined || column.align === 'left' ? undefined : column.align;
    return {
      start: cellStart(widths[i] ?? 0),
      pPr: paragraphProps({
        style: header ? TABLE_HEADING : TABLE_TEXT,
        keepNext,
        ...(align ? { align } : {}),
      }),
    };
  });
}

function pushRow(
  out: string[],
  cells: readonly string[],
  layout: ReturnType<typeof columnCells>,
  header: boolean,
): void {
  out.push(rowStart(header));
  layout.forEach((cell, i) => {
    out.push(cell.start);
    // Lines of a cell are paragraphs of their own.
    for (const line of (cells[i] ?? '').split('\n'))
      out.push(paragraphXml(cell.pPr, textRun(line)));
    out.push(CELL_END);
  });
  out.push(ROW_END);
}

function pushTable(
  out: string[],
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  keepWithNext: boolean,
): void {
  const widths = columnWidths(columns, rows, TYPE_AREA_WIDTH_TWIPS);
  const borders = {
    top: cellBorder,
    left: cellBorder,
    bottom: cellBorder,
    right: cellBorder,
    insideH: cellBorder,
    insideV: cellBorder,
  };
  out.push(tableStart({ widths, borders, cellMargin: CELL_MARGIN }));
  pushRow(
    out,
    columns.map((c) => c.title),
    columnCells(columns, widths, true),
    true,
  );
  const body = columnCells(columns, widths, false);
  const kept = keepWithNext ? columnCells(columns, widths, false, true) : body;
  rows.forEach((cells, i) => pushRow(out, cells, i === rows.length - 1 ? kept : body, false));
  out.push(TABLE_END, keepWithNext ? paragraphXml(P.keep) : '<w:p/>');
}

/** Pictures of the document: their relationship ids and data, in order. */
type Images = { rId: string; png: Uint8Array }[];

function pushImage(out: string[], block: ImageBlock, images: Images, keepWithNext: boolean): void {
  const id = images.length + 1;
  const rId = `rIdImage${id}`;
  images.push({ rId, png: block.png });
  const width = Math.min(block.widthMm, typeAreaMm.width);
  const captioned = block.caption !== undefined;
  const pPr = captioned || keepWithNext ? P.centerKeep : P.center;
  out.push(paragraphXml(pPr, inlinePicture(rId, id, width, block.heightMm)));
  if (block.caption !== undefined) {
    const captionPPr = keepWithNext ? P.centerKeep : P.center;
    const run = textRun(block.caption, officialRunProps(fonts.heading2, sizePt.body));
    out.push(paragraphXml(captionPPr, run));
  }
}

/** `keepWithNext`: the block's end stays on the page of what follows (the signature). */
function pushBlock(
  out: string[],
  block: OfficialBlock,
  images: Images,
  keepWithNext = false,
): void {
  switch (block.kind) {
    case 'heading1':
      out.push(textParagraph(block.text, fonts.heading1, P.heading));
      return;
    case 'heading2':
      out.push(textParagraph(block.text, fonts.heading2, P.heading));
      return;
    case 'paragraph':
      out.push(textParagraph(block.text, fonts.body, keepWithNext ? P.heading : P.text));
      return;
    case 'table':
      pushTable(out, block.columns, block.rows, keepWithNext);
      return;
    case 'image':
      pushImage(out, block, images, keepWithNext);
  }
}

/** §7.3.5.1: the date sits four characters in from the right; the unit is centred above it. */
function signatureXml(sig: OfficialSignature): string {
  const date = formatOfficialDate(sig.date);
  const dateIndent = 4;
  const unitIndent = Math.max(
    dateIndent + (textWidthChars(date) - textWidthChars(sig.unit)) / 2,
    0,
  );
  const rPr = officialRunProps(fonts.body, sizePt.body);
  const line = (text: string, indentChars: number, before: number) =>
    paragraphXml(
      paragraphProps({
        keepNext: before > 0,
        align: 'right',
        spacing: { before },
        indent: { right: Math.round(indentChars * CHAR_TWIPS) },
      }),
      textRun(text, rPr),
    );
  return line(sig.unit, unitIndent, LINE_PITCH * 2) + line(date, dateIndent, 0);
}

const FOOTERS = { odd: 'rIdFooterOdd', even: 'rIdFooterEven' } as const;

/** §7.5: "— 1 —", 4号 半角宋体; odd pages right, even pages left, one character in. */
function pageNumberFooter(side: 'odd' | 'even'): string {
  const odd = side === 'odd';
  const pPr = paragraphProps({
    align: odd ? 'right' : 'left',
    indent: odd ? { right: CHAR_TWIPS } : { left: CHAR_TWIPS },
  });
  return pageNumberFooterXml(
    pPr,
    officialRunProps(fonts.pageNumber, sizePt.pageNumber),
    '— ',
    ' —',
  );
}

/** One A4 section on the 22-line grid, with the odd and even page-number footers. */
function sectionXml(): string {
  const { width, height, margin } = OFFICIAL_PAGE_TWIPS;
  // The page number sits 7 mm under the type area (§7.5): footer distance ≈ 35 − 7 − 5 mm.
  return (
    `<w:sectPr><w:footerReference w:type="default" r:id="${FOOTERS.odd}"/>` +
    `<w:footerReference w:type="even" r:id="${FOOTERS.even}"/>` +
    `<w:pgSz w:w="${width}" w:h="${height}"/>` +
    `<w:pgMar w:top="${margin.top}" w:right="${margin.right}" w:bottom="${margin.bottom}" w:left="${margin.left}"` +
    ` w:header="${mmToTwips(15)}" w:footer="${mmToTwips(23)}" w:gutter="0"/>` +
    `<w:docGrid w:type="lines" w:linePitch="${LINE_PITCH}"/></w:sectPr>`
  );
}

function documentXml(input: OfficialDocumentInput, images: Images): string {
  const out: string[] = [
    XML_DECLARATION,
    `<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}" xmlns:wp="${NS.wp}"><w:body>`,
  ];
  if (input.masthead !== undefined) out.push(mastheadXml(input.masthead));
  out.push(titleXml(input.title, input.subtitle));
  // The signature never stands alone on a page (§7.3.5): the last block keeps with it.
  const signed = input.signature !== undefined;
  input.blocks.forEach((block, i) =>
    pushBlock(out, block, images, signed && i === input.blocks.length - 1),
  );
  if (input.signature !== undefined) out.push(signatureXml(input.signature));
  if (input.colophon !== undefined) out.push(colophonXml(input.colophon));
  out.push(sectionXml(), '</w:body></w:document>');
  return out.join('');
}

function officialStyles(): string {
  const body = { font: fonts.body, sizePt: sizePt.body };
  // Tables keep their own 12 pt lines: the page's 16 pt grid would spread them out (LibreOffice
  // snaps even exact lines to the grid unless told not to, doubling the height of every row).
  const tableLine = { exactLine: TABLE_LINE };
  return stylesXml(
    { run: body, paragraph: { spacing: { autoLine: 240 } } },
    // Normal carries the body size too: LibreOffice sizes the character grid from it.
    { id: 'Normal', run: body },
    [
      {
        id: TABLE_TEXT,
        paragraph: { snapToGrid: false, spacing: tableLine },
        run: { font: fonts.body, sizePt: sizePt.table },
      },
      {
        id: TABLE_HEADING,
        paragraph: { snapToGrid: false, spacing: tableLine, align: 'center' },
        run: { font: fonts.heading1, sizePt: sizePt.table },
      },
    ],
  );
}

export function renderOfficialDocument(input: OfficialDocumentInput): Promise<Buffer> {
  const images: Images = [];
  const document = documentXml(input, images);
  return packageDocx({
    title: input.title,
    document,
    styles: officialStyles(),
    footers: [
      { rId: FOOTERS.odd, xml: pageNumberFooter('odd') },
      { rId: FOOTERS.even, xml: pageNumberFooter('even') },
    ],
    images,
  });
}
