/**
 * exceljs is loaded on the first workbook only: it costs some 27 MB of every server process, and
 * most requests neither export nor import a workbook.
 */
import type ExcelJSModule from 'exceljs';

export type ExcelJs = typeof ExcelJSModule;

let excelJs: Promise<ExcelJs> | undefined;

export function loadExcelJs(): Promise<ExcelJs> {
  excelJs ??= import('exceljs').then((module) => module.default);
  return excelJs;
}
