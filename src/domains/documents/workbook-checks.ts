/**
 * For tests of .xlsx exports: read a workbook back with exceljs and list every cell that Excel would
 * evaluate (a formula or shared formula), on every sheet.
 */
import type { ValueType, Workbook } from 'exceljs';
import { loadExcelJs } from '../../platform/load-exceljs.js';

/** ExcelJS.ValueType.Formula, without loading exceljs for its enum. */
const FORMULA: ValueType.Formula = 6;

export async function readWorkbook(bytes: ArrayBuffer | Buffer): Promise<Workbook> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes instanceof ArrayBuffer ? bytes : new Uint8Array(bytes).buffer);
  return workbook;
}

/** Addresses ("表!A1") of all formula cells in the workbook. */
export function formulaCells(workbook: Workbook): string[] {
  const found: string[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.type === FORMULA || cell.formula) {
          found.push(`${sheet.name}!${cell.address}`);
        }
      });
    });
  });
  return found;
}
