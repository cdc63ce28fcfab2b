/**
 * Pre-check of an .xlsx before exceljs loads it: declarations that exceljs expands cell by
 * cell, however few bytes they take.
 *
 * exceljs 4.4 loads a merged range by creating a cell object for every cell it covers, a data
 * validation by a key per cell, a defined name by a matrix entry per cell, and `<col min max>`
 * by a column object per column. `<mergeCell ref="B1:XFD1048576"/>` in a 10 KB file runs the
 * process out of heap. It also compares each merge with every earlier one, and walks rows up
 * to the highest row number. The zip guard bounds bytes, not this, so every XML part is read
 * here (as exceljs will read it) and the workbook is rejected before exceljs sees it.
 *
 * Parts are chosen by content, not name: exceljs (through JSZip) may see an entry under
 * another name than its central-directory record says (a Unicode-path extra field), and it
 * matches sheet names unanchored. A part not starting with '<' is not XML to saxes either.
 * Element and attribute names are matched exactly, unprefixed, as exceljs matches them.
 */

import {
  ImportError,
  TABLE_MAX_COLUMNS,
  TABLE_MAX_ROWS,
  XLSX_MAX_MERGES,
  XLSX_MAX_RANGE_CELLS,
  XLSX_MAX_SHEETS,
} from './limits.js';
import { attributeValues, decodeEntities, lexXml, XmlLexError } from './xml-lexer.js';

/** Excel's own sheet size; no real file addresses beyond it. */
export const SHEET_MAX_ROWS = 1_048_576;
export const SHEET_MAX_COLUMNS = 16_384;

/** A range as exceljs computes it; NaN where the address lacks a row or column. */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * exceljs' colCache.decodeAddress: letters before the first digit make the column, every
 * digit the row, anything else is skipped until both are seen ('A$1$0' is row 10). Returns
 * undefined where exceljs throws (a column past XFD).
 */
export function decodeAddress(value: string): { row: number; col: number } | undefined {
  let col = 0;
  let row = 0;
  let hasCol = false;
  let hasRow = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (!hasRow && code >= 65 && code <= 90) {
      hasCol = true;
      col = col * 26 + code - 64;
    } else if (code >= 48 && code <= 57) {
      hasRow = true;
      row = row * 10 + code - 48;
    } else if (hasRow && hasCol && code !== 36) break;
  }
  if (hasCol && col > SHEET_MAX_COLUMNS) return undefined;
  return { row: hasRow ? row : NaN, col: hasCol ? col : NaN };
}

// exceljs' own pattern: an optional (quoted) sheet name and '!', then the reference.
const SHEET_PREFIX = /(?:(?:(?:'((?:[^']|'')*)')|([^'^ !]*))!)?(.*)/;

/** What exceljs' colCache.decodeEx gives: a box for 'A1:B2', else one address. */
interface Decoded {
  isRange: boolean;
  box: Box;
}

/**
 * exceljs' colCache.decodeEx: a box for 'A1:B2' (only the first two parts of 'A1:B2:C3'
 * count), else one address ('#REF!' has neither row nor column). Undefined where it throws.
 */
export function decodeRange(value: string): Decoded | undefined {
  const reference = SHEET_PREFIX.exec(value)?.[3] ?? '';
  const parts = reference.split(':');
  if (parts.length < 2) {
    const at = reference.startsWith('#') ? { row: NaN, col: NaN } : decodeAddress(reference);
    if (!at) return undefined;
    return { isRange: false, box: { top: at.row, left: at.col, bottom: at.row, right: at.col } };
  }
  const tl = decodeAddress(parts[0] ?? '');
  const br = decodeAddress(parts[1] ?? '');
  if (!tl || !br) return undefined;
  const box = {
    top: Math.min(tl.row, br.row),
    left: Math.min(tl.col, br.col),
    bottom: Math.max(tl.row, br.row),
    right: Math.max(tl.col, br.col),
  };
  return { isRange: true, box };
}

/**
 * The cells exceljs' Range covers for a reference (merges, data validations): the box when
 * its top is set, else a single cell; a missing or zero coordinate reads as 1 (its getters
 * return `value || 1`). Undefined where exceljs throws.
 */
export function rangeBox(value: string): Box | undefined {
  const decoded = decodeRange(value);
  if (!decoded) return undefined;
  const { isRange, box } = decoded;
  const one = (n: number): number => n || 1;
  if (isRange && box.top) {
    return { top: box.top, left: one(box.left), bottom: box.bottom, right: one(box.right) };
  }
  // A range without a top becomes a Range of undefined corners, i.e. A1.
  const row = isRange ? 1 : one(box.top);
  const col = isRange ? 1 : one(box.left);
  return { top: row, left: col, bottom: row, right: col };
}

/** Rows × columns of a box whose coordinates are numbers. */
function area(box: Box): number {
  return (box.bottom - box.top + 1) * (box.right - box.left + 1);
}

/** Within Excel's sheet size, so exceljs' loops over the box are bounded. */
function onSheet(box: Box): boolean {
  return box.bottom <= SHEET_MAX_ROWS && box.right <= SHEET_MAX_COLUMNS;
}

/** No larger than a table the readers accept. */
function tableSized(box: Box): boolean {
  return box.bottom - box.top < TABLE_MAX_ROWS && box.right - box.left < TABLE_MAX_COLUMNS;
}

// exceljs' defined-names.js: only references with '$' before column and row are expanded.
const ABSOLUTE_REFERENCE = /[$](\w+)[$](\d+)(:[$](\w+)[$](\d+))?/;

/** Names exceljs turns into page setup instead of a cell matrix. */
const PAGE_SETUP_NAMES = new Set(['_xlnm.Print_Area', '_xlnm.Print_Titles']);

/**
 * Cells exceljs' CellMatrix creates for a defined name's text (DefinedNames' model setter);
 * Infinity when a range runs past the sheet's last row.
 */
export function definedNameCells(text: string): number {
  let cells = 0;
  for (const range of extractRanges(text)) {
    if (!ABSOLUTE_REFERENCE.test(range.split('!').pop() ?? '')) continue;
    const decoded = decodeRange(range);
    if (!decoded) continue;
    const { isRange, box } = decoded;
    // addCellEx walks the box (raw: a NaN bound ends a loop) when its top is set.
    if (!isRange || !box.top) {
      cells += 1;
      continue;
    }
    if (box.bottom > SHEET_MAX_ROWS) return Infinity;
    const columns = box.right >= box.left ? box.right - box.left + 1 : 0;
    cells += (box.bottom - box.top + 1) * columns;
  }
  return cells;
}

/** exceljs' extractRanges: split at commas, except inside a quoted sheet name. */
function extractRanges(text: string): string[] {
  const valid = (range: string): boolean => decodeRange(range) !== undefined;
  const ranges: string[] = [];
  let quotesOpened = false;
  let last = '';
  for (const item of text.split(',')) {
    if (!item) continue;
    const quotes = (item.match(/'/g) ?? []).length;
    if (!quotes) {
      if (quotesOpened) last += `${item},`;
      else if (valid(item)) ranges.push(item);
    } else if (!quotesOpened && quotes % 2 === 0) {
      if (valid(item)) ranges.push(item);
    } else if (quotesOpened && quotes % 2 === 1) {
      quotesOpened = false;
      if (valid(last + item)) ranges.push(last + item);
      last = '';
    } else {
      quotesOpened = true;
      last += `${item},`;
    }
  }
  return ranges;
}

/** What declared a range, for the message. */
type Declaration = 'merge' | 'validation' | 'name' | 'column' | 'row' | 'dimension';

const DECLARATIONS: Readonly<Record<Declaration, readonly [string, string]>> = {
  merge: ['合并单元格', 'merged cells'],
  validation: ['数据有效性', 'data validation'],
  name: ['名称', 'defined name'],
  column: ['列定义', 'column definition'],
  row: ['行号', 'row number'],
  dimension: ['工作表范围', 'sheet dimension'],
};

function rangeTooLarge(what: Declaration, value: string): ImportError {
  const [zh, en] = DECLARATIONS[what];
  // The value comes from the upload: shown only when it is a plain reference.
  const shown = /^[A-Za-z0-9$:!]{1,40}$/.test(value) ? ` ${value}` : '';
  return new ImportError(
    'bad_file',
    `表格范围过大（${zh}${shown}）/ the sheet declares a range too large to read (${en}${shown})`,
  );
}

/**
 * What exceljs would build from one workbook, summed over its parts: feed every zip entry
 * to `part` (entries that are not XML are skipped). Throws ImportError as soon as the
 * workbook asks for too much.
 */
export class XlsxRangeCheck {
  private sheets = 0;
  private merges = 0;
  private cells = 0;

  /** One zip entry, by its central-directory name (used in messages only). */
  part(name: string, data: Uint8Array): void {
    if (!startsLikeXml(data)) return;
    const source = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
    try {
      lexXml(source, new PartScan(this));
    } catch (error) {
      if (!(error instanceof XmlLexError)) throw error;
      throw new ImportError(
        'bad_file',
        `不是有效的 Excel 文件：${name} 不是有效的 XML / not a valid .xlsx file: ${name} is not well-formed XML`,
      );
    }
  }

  /** A part that exceljs reads as a worksheet. */
  addSheet(): void {
    this.sheets += 1;
    if (this.sheets > XLSX_MAX_SHEETS) {
      throw new ImportError(
        'too_large',
        `工作表过多（上限 ${XLSX_MAX_SHEETS} 个）/ too many worksheets (limit ${XLSX_MAX_SHEETS})`,
      );
    }
  }

  /** `<mergeCell ref>`: each within a table's size, all within the count and cell budget. */
  addMerge(ref: string): void {
    this.merges += 1;
    if (this.merges > XLSX_MAX_MERGES) {
      throw new ImportError(
        'too_large',
        `合并单元格过多（上限 ${XLSX_MAX_MERGES} 处）/ too many merged ranges (limit ${XLSX_MAX_MERGES})`,
      );
    }
    const box = rangeBox(ref);
    if (!box || !onSheet(box) || !tableSized(box)) throw rangeTooLarge('merge', ref);
    this.addCells(area(box));
  }

  /** `<dataValidation sqref>`: exceljs splits at whitespace and keys every covered cell. */
  addValidation(sqref: string): void {
    for (const address of sqref.split(/\s+/g)) {
      if (!address.includes(':')) {
        this.addCells(1);
        continue;
      }
      const box = rangeBox(address);
      if (!box || !onSheet(box)) throw rangeTooLarge('validation', address);
      this.addCells(area(box));
    }
  }

  /** `<definedName name>text</definedName>`; print areas and titles are not expanded. */
  addDefinedName(name: string, text: string): void {
    if (PAGE_SETUP_NAMES.has(name)) return;
    const cells = definedNameCells(text);
    if (!Number.isFinite(cells)) throw rangeTooLarge('name', text.trim());
    // Each name costs a matrix even when it covers nothing.
    this.addCells(Math.max(cells, 1));
  }

  /**
   * `<dimension ref>`: exceljs keeps it as text, but a sheet declaring more than a table's
   * rows or columns is not one the readers can use.
   */
  checkDimension(ref: string): void {
    const box = rangeBox(ref);
    if (!box || !onSheet(box) || !tableSized(box)) throw rangeTooLarge('dimension', ref);
  }

  /** `<col min max>`: exceljs creates a column object for every column up to the bound. */
  checkColumnBound(bound: string): void {
    if (Number.parseInt(bound || '0', 10) > SHEET_MAX_COLUMNS) throw rangeTooLarge('column', bound);
  }

  /** `<row r>`: exceljs' row count, and every walk over rows, reaches the largest. */
  checkRowNumber(r: string): void {
    if (Number.parseInt(r, 10) > SHEET_MAX_ROWS) throw rangeTooLarge('row', r);
  }

  private addCells(count: number): void {
    this.cells += count;
    if (this.cells <= XLSX_MAX_RANGE_CELLS) return;
    throw new ImportError(
      'bad_file',
      `表格范围过大（合并单元格、数据有效性和名称合计超过 ${XLSX_MAX_RANGE_CELLS} 个单元格）/ ` +
        'the sheet declares a range too large to read ' +
        `(merged cells, data validations and defined names cover more than ${XLSX_MAX_RANGE_CELLS} cells)`,
    );
  }
}

/** The tags of one XML part that exceljs expands, passed on to the workbook's check. */
class PartScan {
  private seenRoot = false;
  private isSheet = false;
  /** Inside a `<definedName>`: its name and its text so far. */
  private name: { name: string; text: string } | undefined;

  constructor(private readonly check: XlsxRangeCheck) {}

  start(tag: string, attributes: string, selfClosing: boolean): void {
    // exceljs reads a name's text across child elements in ways not worth mirroring.
    if (this.name) throw new XmlLexError();
    // exceljs reads a part as a sheet by its name, then finds <sheetData> under any root.
    if ((!this.seenRoot && tag === 'worksheet') || tag === 'sheetData') this.countSheet();
    this.seenRoot = true;
    switch (tag) {
      case 'mergeCell':
        for (const ref of attributeValues(attributes, 'ref')) this.check.addMerge(ref);
        break;
      case 'dataValidation':
        for (const sqref of attributeValues(attributes, 'sqref')) this.check.addValidation(sqref);
        break;
      case 'dimension':
        for (const ref of attributeValues(attributes, 'ref')) this.check.checkDimension(ref);
        break;
      case 'col':
        for (const bound of attributeValues(attributes, 'min')) this.check.checkColumnBound(bound);
        for (const bound of attributeValues(attributes, 'max')) this.check.checkColumnBound(bound);
        break;
      case 'row':
        for (const r of attributeValues(attributes, 'r')) this.check.checkRowNumber(r);
        break;
      case 'definedName': {
        const name = attributeValues(attributes, 'name').at(-1) ?? '';
        if (selfClosing) this.check.addDefinedName(name, '');
        else this.name = { name, text: '' };
        break;
      }
    }
  }

  end(tag: string): void {
    if (tag !== 'definedName' || !this.name) return;
    this.check.addDefinedName(this.name.name, decodeEntities(this.name.text));
    this.name = undefined;
  }

  text(source: string, from: number, to: number): void {
    if (this.name) this.name.text += source.slice(from, to);
  }

  private countSheet(): void {
    if (this.isSheet) return;
    this.isSheet = true;
    this.check.addSheet();
  }
}

/** After an optional UTF-8 BOM and XML whitespace, '<'; saxes fails on any other start. */
function startsLikeXml(data: Uint8Array): boolean {
  let at = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  while (data[at] === 0x20 || data[at] === 0x09 || data[at] === 0x0d || data[at] === 0x0a) at++;
  return data[at] === 0x3c;
}
