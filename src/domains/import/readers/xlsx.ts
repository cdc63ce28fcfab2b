/**
 * Excel (.xlsx) task tables (重点工作任务表) → blocks, via exceljs.
 *
 * Offices lay these sheets out freely: a merged title row, a header that starts in any
 * column, columns in any order, their own words for each column (责任单位 for 责任部室),
 * and merged cells for an owner who has several tasks. This reader finds the header by
 * its column names and emits one table in canonical column order, so later stages see the
 * same shape as from a Word table.
 */

import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../../../platform/load-exceljs.js';
import type { SourceBlock, SourceDocument } from '../draft.js';
import {
  assertSize,
  ImportError,
  OFFICE_MAX_BYTES,
  TABLE_MAX_COLUMNS,
  TABLE_MAX_ROWS,
} from './limits.js';
import { canonicalName, columnNames, columnOf, columnOrder, type ColumnKey } from '../columns.js';
import { XlsxRangeCheck } from './xlsx-ranges.js';
import { guardZip, XLSX_ZIP } from './zip-guard.js';

/** Titles sit above the header; a header further down than this is not a task table. */
export const HEADER_SEARCH_ROWS = 20;

/** A header row: its index in the rows given, and the canonical columns found there. */
export interface HeaderMatch {
  row: number;
  /** In canonical order; `index` is the 0-based position in the row. */
  columns: { key: ColumnKey; name: string; index: number }[];
}

/**
 * Finds the task-table header among the first HEADER_SEARCH_ROWS rows: the first row that
 * names the task column and at least one other known column (one match alone could be
 * a title that happens to read '重点工作'). Returns undefined when there is none.
 */
export function findHeader(rows: string[][]): HeaderMatch | undefined {
  for (const [row, cells] of rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const columns = matchColumns(cells);
    const hasTask = columns.some((c) => c.key === 'content');
    if (hasTask && columns.length >= 2) return { row, columns };
  }
  return undefined;
}

function matchColumns(cells: string[]): HeaderMatch['columns'] {
  const keys = cells.map(columnOf);
  const columns: HeaderMatch['columns'] = [];
  for (const key of columnOrder) {
    // The first matching cell wins if a sheet repeats a column (e.g. two 责任单位).
    const index = keys.indexOf(key);
    if (index >= 0) columns.push({ key, name: canonicalName(key), index });
  }
  return columns;
}

/** Reads the first worksheet that has a task table; throws no_table if none does. */
export async function readXlsx(bytes: Uint8Array): Promise<SourceDocument> {
  assertSize(bytes.byteLength, OFFICE_MAX_BYTES);
  // exceljs expands merged ranges and the like cell by cell while loading; check them first.
  const ranges = new XlsxRangeCheck();
  guardZip(bytes, XLSX_ZIP, (entry, data) => ranges.part(entry.name, data));
  const workbook = await load(bytes);
  for (const sheet of workbook.worksheets) {
    const top = readGrid(sheet, Math.min(sheet.rowCount, HEADER_SEARCH_ROWS));
    const header = findHeader(top);
    if (header) return { blocks: [...titleBlocks(top, header.row), tableBlock(sheet, header)] };
  }
  throw noTable();
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  try {
    // exceljs types its input as an ArrayBuffer (JSZip takes either); copy the view's bytes.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportError('bad_file', `${XLSX_ZIP.notValid}（${detail}）`);
  }
  return workbook;
}

function noTable(): ImportError {
  const task = columnNames.content.join('、');
  const others = columnOrder
    .filter((c) => c !== 'content')
    .map(canonicalName)
    .join('、');
  return new ImportError(
    'no_table',
    `未找到任务表：各工作表前 ${HEADER_SEARCH_ROWS} 行中没有同时包含任务列（${task}）和 ${others} 之一的表头 / ` +
      `no task table: no header row in the first ${HEADER_SEARCH_ROWS} rows of any sheet names a task column (${task}) and one of ${others}`,
  );
}

/** Rows 1..count as strings, as wide as the sheet (capped). */
function readGrid(sheet: ExcelJS.Worksheet, count: number): string[][] {
  const width = Math.min(sheet.columnCount, TABLE_MAX_COLUMNS);
  const rows: string[][] = [];
  for (let r = 1; r <= count; r++) {
    rows.push(Array.from({ length: width }, (_, c) => cellText(sheet, r, c + 1)));
  }
  return rows;
}

/** Non-empty rows above the header (the sheet title, a 填报单位 line) become paragraphs. */
function titleBlocks(top: string[][], headerRow: number): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  top.slice(0, headerRow).forEach((cells, i) => {
    const text = distinctRun(cells).join(' ');
    if (text !== '') blocks.push({ kind: 'paragraph', text, line: i + 1 });
  });
  return blocks;
}

/** Non-empty values with consecutive repeats removed, since a merged title fills every cell. */
function distinctRun(cells: string[]): string[] {
  const out: string[] = [];
  for (const cell of cells.map((c) => c.trim())) {
    if (cell !== '' && cell !== out[out.length - 1]) out.push(cell);
  }
  return out;
}

/** Header in canonical names, then every non-empty data row below it. `line` = sheet row. */
function tableBlock(sheet: ExcelJS.Worksheet, header: HeaderMatch): SourceBlock {
  const headerRow = header.row + 1;
  const rows: string[][] = [header.columns.map((c) => c.name)];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const cells = header.columns.map((c) => cellText(sheet, r, c.index + 1));
    if (cells.every((cell) => cell.trim() === '')) continue;
    if (rows.length > TABLE_MAX_ROWS) throw tooManyRows(r);
    rows.push(cells);
  }
  return { kind: 'table', rows, line: headerRow };
}

function tooManyRows(row: number): ImportError {
  return new ImportError(
    'too_large',
    `表格行数过多（上限 ${TABLE_MAX_ROWS} 行）/ table has too many rows (limit ${TABLE_MAX_ROWS})`,
    { row },
  );
}

/** A cell's text; a cell covered by a merge shows the merge's top-left value. */
function cellText(sheet: ExcelJS.Worksheet, row: number, column: number): string {
  // findRow/findCell do not create rows, unlike getRow/getCell, so sparse sheets stay small.
  const cell = sheet.findRow(row)?.findCell(column);
  if (!cell) return '';
  return valueText(cell.isMerged ? cell.master.value : cell.value);
}

/** Every exceljs value kind as the text a person sees in the cell. */
export function valueText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return value.error;
  // exceljs types hyperlink text as string, but a styled link carries rich text there.
  if ('hyperlink' in value) return looseText(value.text);
  return valueText(value.result);
}

function looseText(text: unknown): string {
  if (typeof text === 'string') return text;
  if (typeof text !== 'object' || text === null || !('richText' in text)) return '';
  const parts: unknown[] = Array.isArray(text.richText) ? text.richText : [];
  return parts.map((part) => looseText(partText(part))).join('');
}

function partText(part: unknown): unknown {
  return typeof part === 'object' && part !== null && 'text' in part ? part.text : '';
}

/** exceljs reads date cells as UTC midnight; show a date, plus the time only if set. */
function dateText(date: Date): string {
  const iso = date.toISOString();
  const time = iso.slice(11, 16);
  return time === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}
