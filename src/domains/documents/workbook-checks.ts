/**
 * For tests of .xlsx exports: read a workbook back with exceljs and list every cell that Excel would
 * evaluate (a formula or shared formula), on every sheet.
 */
import ExcelJS from 'exceljs';

export async function readWorkbook(bytes: ArrayBuffer | Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes instanceof ArrayBuffer ? bytes : new Uint8Array(bytes).buffer);
  return workbook;
}

/** Addresses ("表!A1") of all formula cells in the workbook. */
export function formulaCells(workbook: ExcelJS.Workbook): string[] {
  const found: string[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Formula || cell.formula) {
          found.push(`${sheet.name}!${cell.address}`);
        }
      });
    });
  });
  return found;
}
