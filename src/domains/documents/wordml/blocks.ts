/**
 * WordprocessingML building blocks: run and paragraph properties, runs, paragraphs, tables and
 * inline pictures, each written as a string. Elements inside w:pPr, w:rPr and w:tblPr follow the
 * order the schema prescribes; Word rejects a file whose properties are out of order.
 */
import { NS, escapeXml } from './xml.js';

/** The four font slots of a run: the East Asian font and its Latin fallback. */
export interface RunFont {
  readonly name: string;
  readonly fallback: string;
}

export interface RunStyle {
  readonly font?: RunFont;
  /** Size in points. */
  readonly sizePt?: number;
  /** Character spacing in twentieths of a point (negative condenses). */
  readonly spacing?: number;
  /** RGB hex, e.g. FF0000. */
  readonly color?: string;
}

export function fontsXml(font: RunFont): string {
  const latin = escapeXml(font.fallback);
  return (
    `<w:rFonts w:ascii="${latin}" w:hAnsi="${latin}" w:eastAsia="${escapeXml(font.name)}"` +
    ` w:cs="${latin}" w:hint="eastAsia"/>`
  );
}

/** The inside of a w:rPr (fonts, colour, spacing, size), also used by styles. */
export function runPropsInner(style: RunStyle): string {
  const parts: string[] = [];
  if (style.font !== undefined) parts.push(fontsXml(style.font));
  if (style.color !== undefined) parts.push(`<w:color w:val="${style.color}"/>`);
  if (style.spacing !== undefined) parts.push(`<w:spacing w:val="${style.spacing}"/>`);
  if (style.sizePt !== undefined) {
    const half = Math.round(style.sizePt * 2);
    parts.push(`<w:sz w:val="${half}"/><w:szCs w:val="${half}"/>`);
  }
  return parts.join('');
}

export function runProps(style: RunStyle): string {
  const inner = runPropsInner(style);
  return inner === '' ? '' : `<w:rPr>${inner}</w:rPr>`;
}

/** A run of text; `rPr` is a ready w:rPr string so it is built once per style, not per run. */
export function textRun(text: string, rPr = ''): string {
  return `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

export function tabRun(rPr = ''): string {
  return `<w:r>${rPr}<w:tab/></w:r>`;
}

export interface Border {
  /** Eighths of a point. */
  readonly size: number;
  readonly color: string;
}

export interface ParagraphStyle {
  readonly style?: string;
  /** Keep on the same page as the next paragraph (table rows: with the next row). */
  readonly keepNext?: boolean;
  /**
   * A text frame at a fixed place on the page: `y` twips from the top edge of the page, as wide
   * as `width`, no text beside it.
   */
  readonly frame?: { readonly width: number; readonly y: number };
  readonly borders?: { readonly top?: Border; readonly bottom?: Border };
  /** Right-aligned tab stops, in twips from the left margin. */
  readonly rightTabs?: readonly number[];
  /** false: lines keep their own height instead of snapping to the page's line grid. */
  readonly snapToGrid?: boolean;
  readonly spacing?: {
    readonly before?: number;
    readonly after?: number;
    /** Twips, exact line height. */
    readonly exactLine?: number;
    /** 240ths of a single line (240 is single spacing). */
    readonly autoLine?: number;
  };
  readonly indent?: {
    readonly left?: number;
    readonly right?: number;
    readonly firstLine?: number;
  };
  readonly align?: 'left' | 'center' | 'right' | 'both';
}

const borderXml = (side: string, b: Border) =>
  `<w:${side} w:val="single" w:sz="${b.size}" w:space="1" w:color="${b.color}"/>`;

function spacingXml(s: NonNullable<ParagraphStyle['spacing']>): string {
  const before = s.before === undefined ? '' : ` w:before="${s.before}"`;
  const after = s.after === undefined ? '' : ` w:after="${s.after}"`;
  const line =
    s.exactLine !== undefined
      ? ` w:line="${s.exactLine}" w:lineRule="exact"`
      : s.autoLine !== undefined
        ? ` w:line="${s.autoLine}" w:lineRule="auto"`
        : '';
  return `<w:spacing${before}${after}${line}/>`;
}

function indentXml(i: NonNullable<ParagraphStyle['indent']>): string {
  const left = i.left === undefined ? '' : ` w:left="${i.left}"`;
  const right = i.right === undefined ? '' : ` w:right="${i.right}"`;
  const first = i.firstLine === undefined ? '' : ` w:firstLine="${i.firstLine}"`;
  return `<w:ind${left}${right}${first}/>`;
}

/** The inside of a w:pPr, also used by styles. */
export function paragraphPropsInner(p: ParagraphStyle): string {
  const parts: string[] = [];
  if (p.style !== undefined) parts.push(`<w:pStyle w:val="${p.style}"/>`);
  if (p.keepNext === true) parts.push('<w:keepNext/>');
  if (p.frame !== undefined)
    parts.push(
      `<w:framePr w:w="${p.frame.width}" w:wrap="notBeside" w:vAnchor="page" w:hAnchor="margin" w:y="${p.frame.y}"/>`,
    );
  if (p.borders !== undefined) {
    const { top, bottom } = p.borders;
    parts.push(
      `<w:pBdr>${top ? borderXml('top', top) : ''}${bottom ? borderXml('bottom', bottom) : ''}</w:pBdr>`,
    );
  }
  if (p.rightTabs !== undefined && p.rightTabs.length > 0) {
    const tabs = p.rightTabs.map((pos) => `<w:tab w:val="right" w:pos="${pos}"/>`).join('');
    parts.push(`<w:tabs>${tabs}</w:tabs>`);
  }
  if (p.snapToGrid === false) parts.push('<w:snapToGrid w:val="0"/>');
  if (p.spacing !== undefined) parts.push(spacingXml(p.spacing));
  if (p.indent !== undefined) parts.push(indentXml(p.indent));
  if (p.align !== undefined) parts.push(`<w:jc w:val="${p.align}"/>`);
  return parts.join('');
}

export function paragraphProps(p: ParagraphStyle): string {
  const inner = paragraphPropsInner(p);
  return inner === '' ? '' : `<w:pPr>${inner}</w:pPr>`;
}

/** A paragraph from a ready w:pPr string and its runs. */
export function paragraphXml(pPr: string, runs = ''): string {
  return pPr === '' && runs === '' ? '<w:p/>' : `<w:p>${pPr}${runs}</w:p>`;
}

export interface TableBorders {
  readonly top?: Border;
  readonly bottom?: Border;
  readonly left?: Border;
  readonly right?: Border;
  readonly insideH?: Border;
  readonly insideV?: Border;
}

export interface TableLayout {
  readonly widths: readonly number[];
  readonly borders: TableBorders;
  /** Left and right cell margin, twips. */
  readonly cellMargin: number;
}

function tableBordersXml(b: TableBorders): string {
  const sides = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'] as const;
  const xml = sides.map((side) => {
    const border = b[side];
    return border === undefined
      ? `<w:${side} w:val="nil"/>`
      : `<w:${side} w:val="single" w:sz="${border.size}" w:space="0" w:color="${border.color}"/>`;
  });
  return `<w:tblBorders>${xml.join('')}</w:tblBorders>`;
}

/** w:tblPr and w:tblGrid: the widths are fixed (they were chosen from the content). */
export function tableStart(layout: TableLayout): string {
  const total = layout.widths.reduce((a, b) => a + b, 0);
  const margin = layout.cellMargin;
  const grid = layout.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>` +
    tableBordersXml(layout.borders) +
    '<w:tblLayout w:type="fixed"/>' +
    `<w:tblCellMar><w:left w:w="${margin}" w:type="dxa"/><w:right w:w="${margin}" w:type="dxa"/></w:tblCellMar>` +
    `</w:tblPr><w:tblGrid>${grid}</w:tblGrid>`
  );
}

export const TABLE_END = '</w:tbl>';

/** Start of a row that never splits across pages; a header row repeats on every page. */
export function rowStart(header: boolean): string {
  return header
    ? '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>'
    : '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
}

export const ROW_END = '</w:tr>';

/** Start of a vertically centred cell of the given width. */
export function cellStart(widthTwips: number): string {
  return `<w:tc><w:tcPr><w:tcW w:w="${widthTwips}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>`;
}

export const CELL_END = '</w:tc>';

const EMU_PER_MM = 36000;

/** An inline picture of the given size, its data in the part named by relationship `rId`. */
export function inlinePicture(rId: string, id: number, widthMm: number, heightMm: number): string {
  const cx = Math.round(widthMm * EMU_PER_MM);
  const cy = Math.round(heightMm * EMU_PER_MM);
  const name = `图片${id}`;
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">` +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${id}" name="${name}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${NS.a}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${NS.a}"><a:graphicData uri="${NS.pic}">` +
    `<pic:pic xmlns:pic="${NS.pic}"><pic:nvPicPr><pic:cNvPr id="${id}" name="${name}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${rId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm>` +
    `<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>` +
    `</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
  );
}
