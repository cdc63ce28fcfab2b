/**
 * The ledger (台账) as an .xlsx workbook: one sheet 台账 with a bold, frozen header and set column
 * widths. Every text cell is written as a plain string with the Text number format (@), never as
 * a formula, so a subject typed as "=SUM(A1)" or "@cmd" shows as typed and cannot run in Excel or
 * WPS (formula injection). Values are not altered: the sheet is evidence.
 */
import { loadExcelJs } from '../../platform/load-exceljs.js';
import { setSafeCell, TEXT_FORMAT } from '../documents/safe-cell.js';
import { targetText } from '../ledger/indicator-wording.js';
import type { ExportRow } from './find-export-rows.js';

export const LEDGER_SHEET_NAME = '台账';

const columns = [
  { header: '序号', key: 'seq', width: 6, text: false },
  { header: '任务', key: 'task', width: 40, text: true },
  { header: '指标', key: 'indicator', width: 24, text: true },
  { header: '日期', key: 'date', width: 12, text: true },
  { header: '数量', key: 'quantity', width: 10, text: false },
  { header: '对象', key: 'subject', width: 24, text: true },
  { header: '录入人', key: 'enteredBy', width: 12, text: true },
  { header: '状态', key: 'state', width: 8, text: true },
  { header: '作废原因', key: 'voidReason', width: 30, text: true },
] as const;

type Key = (typeof columns)[number]['key'];

function cellsOf(row: ExportRow, index: number): Record<Key, string | number> {
  return {
    seq: index + 1,
    task: `${row.task_no}. ${row.task_content}`,
    indicator: targetText({ ...row, subject: row.indicator_subject }),
    date: row.entry_date,
    quantity: Number(row.quantity),
    subject: row.subject ?? '',
    enteredBy: row.entered_by_name ?? '',
    state: row.voided_at === null ? '有效' : '作废',
    voidReason: row.void_reason ?? '',
  };
}

export async function ledgerWorkbook(rows: ExportRow[]): Promise<Buffer> {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  workbook.creator = '督办 Duban';
  const sheet = workbook.addWorksheet(LEDGER_SHEET_NAME, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map(({ header, key, width }) => ({ header, key, width }));
  sheet.getRow(1).font = { bold: true };
  rows.forEach((row, index) => {
    const cells = cellsOf(row, index);
    const added = sheet.getRow(index + 2);
    columns.forEach((column, c) => {
      const cell = added.getCell(c + 1);
      setSafeCell(cell, column.text ? String(cells[column.key]) : cells[column.key]);
      // Text (@) on the whole column, not only formula-like cells: later edits stay text too.
      if (column.text) cell.numFmt = TEXT_FORMAT;
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
