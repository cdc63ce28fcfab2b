/**
 * Shared limits and the error type for every notice reader (txt, html, docx, xlsx).
 *
 * Uploads come from the public and from staff machines, so every reader must refuse input
 * that would exhaust memory before it does any real work. The numbers are generous for a
 * work-plan notice (the worked example is 12 KB of text) and small enough that one bad
 * upload cannot take the server down.
 */

const MB = 1024 * 1024;

/** Plain text and HTML: a notice is a few dozen KB; 5 MB leaves room for pasted annexes. */
export const TEXT_MAX_BYTES = 5 * MB;

/** .docx/.xlsx on disk: embedded images make Office files much larger than their text. */
export const OFFICE_MAX_BYTES = 20 * MB;

/**
 * Sum of uncompressed entry sizes in an Office zip. Deflate can expand ~1000×, so the
 * on-disk cap alone does not bound memory; this one does (see zip-guard.ts).
 */
export const ZIP_MAX_UNCOMPRESSED_BYTES = 100 * MB;

/** A normal .docx has ~20 entries and an .xlsx a few per sheet; thousands means abuse. */
export const ZIP_MAX_ENTRIES = 2000;

/** Rows in one table. A work plan has tens of tasks; a city-wide ledger a few thousand. */
export const TABLE_MAX_ROWS = 10_000;

/**
 * Columns in one table. Bounds colspan expansion in HTML and sheet width in xlsx, so a
 * single `colspan="999999"` cannot allocate millions of cells.
 */
export const TABLE_MAX_COLUMNS = 1000;

/**
 * Cells in all tables of one HTML (or Word, via HTML) document together, after colspan and
 * rowspan are expanded. TABLE_MAX_ROWS × TABLE_MAX_COLUMNS still allows 10 million cells in
 * every table: a 5 MB page of `<tr><td colspan=1000>` rows took 45 s and 2.7 GB before this
 * budget. 200,000 fits a ledger of 10,000 rows × 20 columns.
 */
export const HTML_MAX_TABLE_CELLS = 200_000;

/**
 * Worksheets in one .xlsx. exceljs parses every one; a notice's workbook has a few, a ledger
 * one per month or unit. Each may hold up to 16,384 column objects (~150 bytes each).
 */
export const XLSX_MAX_SHEETS = 50;

/**
 * Cells that an .xlsx's merged ranges, data validations and defined names cover, summed over
 * the workbook. exceljs creates an object per covered cell while loading (1,000,000 merged
 * cells cost ~700 MB and 4 s), however small the file: `<mergeCell ref="B1:XFD1048576"/>`
 * alone is 17 billion cells. Work plans merge a few hundred cells.
 */
export const XLSX_MAX_RANGE_CELLS = 200_000;

/**
 * Merged ranges in one .xlsx. exceljs checks each new merge against every earlier one of its
 * sheet, so time grows with the square: 5,000 merges take 3 s, 20,000 take 65 s.
 */
export const XLSX_MAX_MERGES = 2000;

/** Pages in one PDF: a notice with its annexes has tens; hundreds means a report or a book. */
export const PDF_MAX_PAGES = 300;

/**
 * Wall time for reading one PDF's text layer. Below the upload preview's own budget (15 s), so
 * the command line gets the same bound and the preview a clear message rather than a timeout.
 */
export const PDF_MAX_MS = 10_000;

/** Why a file could not be read; the code is stable, the message is for people. */
export type ImportErrorCode =
  'too_large' | 'bad_encoding' | 'bad_file' | 'unsupported_type' | 'no_table' | 'empty';

/** Where in the source a problem was found (1-based), when a reader knows. */
export interface ImportErrorWhere {
  line?: number;
  row?: number;
  column?: number;
}

/**
 * An input problem the user can fix (wrong type, too big, broken file). Messages are
 * Chinese first for the users, English after the slash for logs and developers.
 */
export class ImportError extends Error {
  constructor(
    public code: ImportErrorCode,
    message: string,
    public where?: ImportErrorWhere,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** '5 MB', '100 MB': limits are whole megabytes, so no decimals are needed. */
export function formatMb(bytes: number): string {
  return `${Math.round(bytes / MB)} MB`;
}

/** Throws too_large when `size` exceeds `limit`; callers check before decoding anything. */
export function assertSize(size: number, limit: number): void {
  if (size > limit) {
    const mb = formatMb(limit);
    throw new ImportError('too_large', `文件过大（上限 ${mb}）/ file too large (limit ${mb})`);
  }
}
