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
 * Fonts: the standard's fonts (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体) are set as the East Asian font of
 * every run; the Latin slots (ascii/hAnsi) carry the fallback that ships with every Chinese
 * Windows (宋体, 仿宋, 黑体, 楷体), so digits and Latin text stay legible where the GB fonts are
 * missing. `OFFICIAL_LAYOUT` exposes the same measures for print views.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
} from 'docx';
import { isCalendarDate } from '../../platform/calendar-date.js';

/** A font as the standard names it, and the common font used where it is not installed. */
export interface OfficialFont {
  readonly name: string;
  readonly fallback: string;
}

const MM_PER_INCH = 25.4;
const TWIPS_PER_INCH = 1440;
const mmToTwips = (mm: number): number => Math.round((mm / MM_PER_INCH) * TWIPS_PER_INCH);

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

const typeAreaMm = {
  width:
    OFFICIAL_LAYOUT.pageMm.width - OFFICIAL_LAYOUT.marginMm.left - OFFICIAL_LAYOUT.marginMm.right,
  height:
    OFFICIAL_LAYOUT.pageMm.height - OFFICIAL_LAYOUT.marginMm.top - OFFICIAL_LAYOUT.marginMm.bottom,
};
const TYPE_AREA_WIDTH_TWIPS = mmToTwips(typeAreaMm.width);
/** Twips per line: 225 mm / 22 lines ≈ 579. */
const LINE_PITCH = Math.floor(mmToTwips(typeAreaMm.height) / OFFICIAL_LAYOUT.linesPerPage);
/** Twentieths of a point taken off each 16 pt character: 156 mm / 28 = 15.79 pt a character. */
const BODY_CONDENSE = -5;
const CHAR_TWIPS = OFFICIAL_LAYOUT.sizePt.body * 20;

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

export interface TableColumn {
  readonly title: string;
  /** Relative width; the columns share the 156 mm type area in proportion. */
  readonly width: number;
  readonly align?: 'left' | 'center' | 'right';
}

export type OfficialBlock =
  | { readonly kind: 'heading1'; readonly text: string }
  | { readonly kind: 'heading2'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | {
      readonly kind: 'table';
      readonly columns: readonly TableColumn[];
      readonly rows: readonly (readonly string[])[];
    }
  | {
      readonly kind: 'image';
      readonly png: Uint8Array;
      readonly widthMm: number;
      readonly heightMm: number;
      readonly caption?: string;
    };

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

/**
 * 2017-09-30 → 2017年9月30日. A date that does not exist (2017-02-30, left by old data) is shown
 * as stored rather than dressed as an official date, so the reader sees it needs correcting.
 */
export function formatOfficialDate(isoDate: string): string {
  if (!isCalendarDate(isoDate)) return isoDate;
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

function fontOf(font: OfficialFont) {
  return {
    ascii: font.fallback,
    hAnsi: font.fallback,
    eastAsia: font.name,
    cs: font.fallback,
    hint: 'eastAsia',
  };
}

const { fonts, sizePt } = OFFICIAL_LAYOUT;

function run(text: string, font: OfficialFont, size: number): TextRun {
  const condensed = size === sizePt.body ? { characterSpacing: BODY_CONDENSE } : {};
  return new TextRun({ text, font: fontOf(font), size: size * 2, ...condensed });
}

function titleParagraphs(title: string, subtitle: string | undefined): Paragraph[] {
  if (subtitle === undefined) {
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: LINE_PITCH },
        children: [run(title, fonts.title, sizePt.title)],
      }),
    ];
  }
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [run(title, fonts.title, sizePt.title)],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: LINE_PITCH },
      children: [run(subtitle, fonts.heading2, sizePt.body)],
    }),
  ];
}

function textParagraph(text: string, font: OfficialFont): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 2 * CHAR_TWIPS },
    children: [run(text, font, sizePt.body)],
  });
}

/** 12 pt table text on 15 pt lines. */
const TABLE_LINE = 300;

/**
 * Table cells take their font, size and line from two paragraph styles defined once, with table
 * borders and cell margins set on the table: a 1,000-row table has tens of thousands of cells, and
 * properties repeated on every cell and run made up most of the document's XML and of the time
 * and memory to build it.
 */
const TABLE_TEXT = 'TableText';
const TABLE_HEADING = 'TableHeading';

function tableParagraphStyle(id: string, font: OfficialFont, header: boolean) {
  return {
    id,
    name: id,
    basedOn: 'Normal',
    run: { font: fontOf(font), size: sizePt.table * 2 },
    paragraph: {
      ...(header ? { alignment: AlignmentType.CENTER } : {}),
      // Tables keep their own 12 pt lines: the page's 16 pt grid would spread them out.
      spacing: { line: TABLE_LINE, lineRule: LineRuleType.EXACT },
    },
  };
}

const alignments = {
  left: undefined,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;
const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const tableBorders = {
  top: cellBorder,
  bottom: cellBorder,
  left: cellBorder,
  right: cellBorder,
  insideHorizontal: cellBorder,
  insideVertical: cellBorder,
};

function tableCell(
  text: string,
  widthTwips: number,
  align: TableColumn['align'],
  header: boolean,
): TableCell {
  const alignment = header ? undefined : alignments[align ?? 'left'];
  return new TableCell({
    width: { size: widthTwips, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          style: header ? TABLE_HEADING : TABLE_TEXT,
          ...(alignment === undefined ? {} : { alignment }),
          children: [new TextRun(line)],
        }),
    ),
  });
}

function tableBlock(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): Table {
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  const widths = columns.map((column) =>
    Math.floor((column.width / total) * TYPE_AREA_WIDTH_TWIPS),
  );
  const row = (cells: readonly string[], header: boolean) =>
    new TableRow({
      ...(header ? { tableHeader: true } : {}),
      cantSplit: true,
      children: columns.map((column, index) =>
        tableCell(cells[index] ?? '', widths[index] ?? 0, column.align, header),
      ),
    });
  return new Table({
    width: { size: TYPE_AREA_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    borders: tableBorders,
    margins: { left: 60, right: 60 },
    rows: [
      row(
        columns.map((column) => column.title),
        true,
      ),
      ...rows.map((cells) => row(cells, false)),
    ],
  });
}

const PIXELS_PER_MM = 96 / MM_PER_INCH;

function imageBlock(block: Extract<OfficialBlock, { kind: 'image' }>): Paragraph[] {
  const picture = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new ImageRun({
        type: 'png',
        data: block.png,
        transformation: {
          width: Math.round(Math.min(block.widthMm, typeAreaMm.width) * PIXELS_PER_MM),
          height: Math.round(block.heightMm * PIXELS_PER_MM),
        },
      }),
    ],
  });
  if (block.caption === undefined) return [picture];
  return [
    picture,
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [run(block.caption, fonts.heading2, sizePt.body)],
    }),
  ];
}

function blockChildren(block: OfficialBlock): FileChild[] {
  switch (block.kind) {
    case 'heading1':
      return [textParagraph(block.text, fonts.heading1)];
    case 'heading2':
      return [textParagraph(block.text, fonts.heading2)];
    case 'paragraph':
      return [textParagraph(block.text, fonts.body)];
    case 'table':
      return [tableBlock(block.columns, block.rows), new Paragraph({ children: [] })];
    case 'image':
      return imageBlock(block);
  }
}

/** Width in characters, Latin letters and digits counting as half (they are half-width). */
function charWidth(text: string): number {
  return [...text].reduce((sum, char) => sum + (char.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0);
}

/** §7.3.5.1: the date sits four characters in from the right; the unit is centred above it. */
function signatureParagraphs(sig: OfficialSignature): Paragraph[] {
  const date = formatOfficialDate(sig.date);
  const dateIndent = 4;
  const unitIndent = Math.max(dateIndent + (charWidth(date) - charWidth(sig.unit)) / 2, 0);
  const line = (text: string, indentChars: number, before = 0) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: Math.round(indentChars * CHAR_TWIPS) },
      spacing: { before },
      children: [run(text, fonts.body, sizePt.body)],
    });
  return [line(sig.unit, unitIndent, LINE_PITCH * 2), line(date, dateIndent)];
}

/** §7.5: "— 1 —", 4号 半角宋体; odd pages right, even pages left, one character in. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const odd = side === 'odd';
  return new Footer({
    children: [
      new Paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: CHAR_TWIPS } : { left: CHAR_TWIPS },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: fontOf(fonts.pageNumber),
            size: sizePt.pageNumber * 2,
          }),
        ],
      }),
    ],
  });
}

export async function renderOfficialDocument(input: OfficialDocumentInput): Promise<Buffer> {
  const document = new Document({
    evenAndOddHeaderAndFooters: true,
    styles: {
      // Normal carries the body size too: LibreOffice sizes the character grid from it.
      paragraphStyles: [
        { id: 'Normal', name: 'Normal', run: { font: fontOf(fonts.body), size: sizePt.body * 2 } },
        tableParagraphStyle(TABLE_TEXT, fonts.body, false),
        tableParagraphStyle(TABLE_HEADING, fonts.heading1, true),
      ],
      default: {
        document: {
          run: { font: fontOf(fonts.body), size: sizePt.body * 2 },
          paragraph: { spacing: { line: 240 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: OFFICIAL_PAGE_TWIPS.width, height: OFFICIAL_PAGE_TWIPS.height },
            // The page number sits 7 mm under the type area (§7.5): footer distance ≈ 35 − 7 − 5 mm.
            margin: { ...OFFICIAL_PAGE_TWIPS.margin, header: mmToTwips(15), footer: mmToTwips(23) },
          },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: [
          ...titleParagraphs(input.title, input.subtitle),
          ...input.blocks.flatMap(blockChildren),
          ...(input.signature === undefined ? [] : signatureParagraphs(input.signature)),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
