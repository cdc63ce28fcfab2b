/**
 * The one layout every exported table uses, so the responsibility table, the rankings and the
 * bulletins look alike when printed: a merged title row, a bold header row frozen under it, thin
 * borders on every table cell, wrapped text, set widths, A4 landscape fitted to the page width
 * with the title and header repeated on every printed page. Cells are written with setSafeCell.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { setSafeCell, type SafeCellValue } from './safe-cell.js';

export interface TableColumn {
  header: string;
  /** In characters; a CJK character counts about two. */
  width: number;
}

export interface TableSheet {
  name: string;
  title: string;
  columns: TableColumn[];
  rows: SafeCellValue[][];
}

/** Row numbers of the layout: the title, the header, then the data. */
export const TITLE_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;

const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };

export function addTableSheet(workbook: Workbook, table: TableSheet): Worksheet {
  const sheet = workbook.addWorksheet(table.name, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${TITLE_ROW}:${HEADER_ROW}`,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  sheet.columns = table.columns.map(({ width }) => ({ width }));
  writeTitle(sheet, table.title, table.columns.length);
  writeRow(
    sheet,
    HEADER_ROW,
    table.columns.map((c) => c.header),
  );
  const header = sheet.getRow(HEADER_ROW);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  table.rows.forEach((values, i) => writeRow(sheet, FIRST_DATA_ROW + i, values));
  return sheet;
}

function writeTitle(sheet: Worksheet, title: string, width: number): void {
  const cell = sheet.getCell(TITLE_ROW, 1);
  setSafeCell(cell, title);
  cell.font = { bold: true, size: 16 };
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(TITLE_ROW).height = 30;
  if (width > 1) sheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, width);
}

function writeRow(sheet: Worksheet, rowNumber: number, values: SafeCellValue[]): void {
  const row = sheet.getRow(rowNumber);
  values.forEach((value, c) => {
    const cell = row.getCell(c + 1);
    setSafeCell(cell, value === '' ? null : value); // nothing to say: an empty cell
    cell.border = border;
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
}
