/**
 * Writing untrusted text into exceljs cells without formula injection (CSV/DDE injection, OWASP).
 *
 * - `setSafeCell(cell, value)` accepts only text, numbers and empty values, so no cell can become a
 *   `{formula}` object; exceljs stores a JS string as a shared string, which Excel and WPS show as
 *   typed and never evaluate, so "=SUM(A1)" stays the visible text "=SUM(A1)".
 * - Text that looks like a formula (leading = + - @, tab, CR, or full-width ＝＋－＠) also gets the
 *   Text number format (@). OWASP's remedy is a leading apostrophe; inside an .xlsx that prefix would
 *   show, while the Text format keeps the visible text and still stops Excel from re-parsing the
 *   cell as a formula when someone edits it and presses Enter.
 */
import type { Cell } from 'exceljs';

/** A cell value an export may write: never an object, so never a formula. */
export type SafeCellValue = string | number | null | undefined;

/** The Excel number format "Text" (内置格式 49). */
export const TEXT_FORMAT = '@';

// Characters that make Excel, WPS or LibreOffice start a formula (or a DDE call) when typed.
const formulaStart = /^[=+\-@\t\r＝＋－＠]/u;

/** True when text typed into a spreadsheet would start a formula. */
export function isFormulaLike(text: string): boolean {
  return formulaStart.test(text);
}

/**
 * Sets a cell to a plain value. Finite numbers stay numbers (so sums work); other values become
 * text exactly as given, marked Text (@) when it would otherwise read as a formula.
 */
export function setSafeCell(cell: Cell, value: SafeCellValue): void {
  if (typeof value === 'number' && Number.isFinite(value)) {
    cell.value = value;
    return;
  }
  if (value === null || value === undefined) {
    cell.value = null;
    return;
  }
  const text = String(value);
  cell.value = text;
  if (isFormulaLike(text)) cell.numFmt = TEXT_FORMAT;
}
