/**
 * The portable backup format: gzip'd JSON lines, the same whichever engine wrote or reads it.
 * Line 1 is the header, then for each table (in foreign-key order) a table line followed by its
 * rows as JSON arrays in the table line's column order, and a closing end line with the totals,
 * so a truncated file is told apart from a complete one. Binary values are {"$base64": "…"}.
 * Pure: no I/O here, so every check is tested directly.
 */
import { z } from 'zod';
import type { DatabaseKind } from '../config.js';
import { AppError } from '../errors.js';

export const backupFormat = 'duban-backup';
export const backupVersion = 1;

export type CellValue = string | number | null | Buffer;
type EncodedCell = string | number | null | { $base64: string };

export interface BackupHeader {
  kind: 'header';
  format: typeof backupFormat;
  version: typeof backupVersion;
  createdAt: string;
  engine: DatabaseKind;
  /** Migrations applied to the source: a restore refuses a backup newer than its code. */
  migrations: string[];
}
export interface TableStart {
  kind: 'table';
  name: string;
  columns: string[];
  rows: number;
}
export interface RowRecord {
  kind: 'row';
  values: CellValue[];
}
export interface BackupEnd {
  kind: 'end';
  tables: number;
  rows: number;
}
export type BackupRecord = BackupHeader | TableStart | RowRecord | BackupEnd;

const headerSchema = z.object({
  kind: z.literal('header'),
  format: z.literal(backupFormat),
  version: z.literal(backupVersion),
  createdAt: z.string(),
  engine: z.enum(['sqlite', 'postgres']),
  migrations: z.array(z.string()),
});
const tableSchema = z.object({
  kind: z.literal('table'),
  name: z.string().regex(/^[a-z_][a-z0-9_]*$/),
  columns: z.array(z.string().regex(/^[a-z_][a-z0-9_]*$/)).min(1),
  rows: z.number().int().min(0),
});
const endSchema = z.object({
  kind: z.literal('end'),
  tables: z.number().int().min(0),
  rows: z.number().int().min(0),
});
const cellSchema = z.union([
  z.string(),
  z.number(),
  z.null(),
  z.strictObject({ $base64: z.base64() }),
]);

export function encodeCell(value: unknown): EncodedCell {
  if (value === null || value === undefined) return null;
  if (Buffer.isBuffer(value)) return { $base64: value.toString('base64') };
  if (value instanceof Uint8Array) return { $base64: Buffer.from(value).toString('base64') };
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  throw new Error(`unsupported column value: ${typeof value}`);
}

export function decodeCell(value: EncodedCell): CellValue {
  return value !== null && typeof value === 'object' ? Buffer.from(value.$base64, 'base64') : value;
}

/** One record as one line (without the newline). */
export function recordLine(record: BackupRecord): string {
  return record.kind === 'row'
    ? JSON.stringify(record.values.map(encodeCell))
    : JSON.stringify(record);
}

export const corrupt = (line: number, why: string) =>
  new AppError(
    'unprocessable',
    `备份文件损坏或不完整（第 ${line} 行）/ corrupt or incomplete backup at line ${line}: ${why}`,
    [{ line, message: why }],
  );

function parseJson(text: string, line: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw corrupt(line, 'not JSON');
  }
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, line: number, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw corrupt(line, `expected ${what}`);
  return parsed.data;
}

/**
 * Parses and checks the lines of a backup in order: the header first, each table's announced
 * row count, rows as wide as their table, and the end line's totals. Throws AppError
 * (unprocessable) naming the line at the first problem, including a missing end line.
 */
export async function* readRecords(lines: AsyncIterable<string>): AsyncGenerator<BackupRecord> {
  let lineNo = 0;
  let table: TableStart | null = null;
  let rowsLeft = 0;
  let tables = 0;
  let rows = 0;
  let ended = false;
  for await (const text of lines) {
    lineNo++;
    if (ended) throw corrupt(lineNo, 'data after the end line');
    const value = parseJson(text, lineNo);
    if (lineNo === 1) {
      yield parseWith(headerSchema, value, 1, `a ${backupFormat} version ${backupVersion} header`);
      continue;
    }
    if (Array.isArray(value)) {
      if (!table || rowsLeft === 0) throw corrupt(lineNo, 'a row outside any table');
      if (value.length !== table.columns.length)
        throw corrupt(lineNo, `${value.length} values for ${table.columns.length} columns`);
      const cells = parseWith(z.array(cellSchema), value, lineNo, 'column values');
      rowsLeft--;
      rows++;
      yield { kind: 'row', values: cells.map(decodeCell) };
      continue;
    }
    if (rowsLeft > 0) throw corrupt(lineNo, `${rowsLeft} rows of ${table?.name} missing`);
    const kind = typeof value === 'object' && value !== null && 'kind' in value ? value.kind : null;
    if (kind === 'table') {
      table = parseWith(tableSchema, value, lineNo, 'a table line');
      rowsLeft = table.rows;
      tables++;
      yield table;
      continue;
    }
    const end = parseWith(endSchema, value, lineNo, 'a table or end line');
    if (end.tables !== tables || end.rows !== rows)
      throw corrupt(lineNo, `end line counts ${end.tables}/${end.rows}, read ${tables}/${rows}`);
    ended = true;
    yield end;
  }
  if (lineNo === 0) throw corrupt(1, 'empty file');
  if (!ended) throw corrupt(lineNo, 'the file ends before its end line (truncated)');
}
