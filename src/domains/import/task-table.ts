/**
 * The key-task responsibility table (重点工作任务表): finding its header by the column names offices
 * use, in any order, and turning its rows into normalised table rows with resolved deadlines.
 */
import { resolveDeadline } from './deadline.js';
import type { TableRowDraft } from './draft.js';
import { columnOf, type ColumnKey } from './columns.js';
import { compact, tidy } from './normalize.js';

/** A header row names the content column and at least two others. */
export function isHeaderRow(cells: string[]): boolean {
  const keys = new Set(cells.map(columnOf).filter((k) => k !== undefined));
  return keys.has('content') && keys.size >= 3;
}

export interface TableReadResult {
  columns: string[];
  rows: TableRowDraft[];
  problems: { row: number; column?: number; message: string }[];
}

/** Reads a table whose first header row is found among its first rows. */
export function readTaskTable(
  rows: string[][],
  year: number,
  line: number,
): TableReadResult | null {
  const headerAt = rows.findIndex((r, i) => i < 20 && isHeaderRow(r));
  const header = rows[headerAt];
  if (!header) return null;
  const keys = header.map(columnOf);
  const result: TableReadResult = { columns: header.map(compact), rows: [], problems: [] };
  rows.slice(headerAt + 1).forEach((cells, i) => {
    if (cells.every((c) => compact(c) === '')) return;
    const rowIndex = headerAt + 2 + i;
    const cell = (key: ColumnKey) => {
      const at = keys.indexOf(key);
      return at >= 0 ? (cells[at] ?? '') : '';
    };
    const row = toRow(cell, year, result.rows.length + 1, line + rowIndex - 1);
    if (!row.content) {
      result.problems.push({
        row: rowIndex,
        column: keys.indexOf('content') + 1,
        message: '缺少工作内容 / no task content',
      });
      return;
    }
    result.rows.push(row);
  });
  return result;
}

function toRow(
  cell: (key: ColumnKey) => string,
  year: number,
  position: number,
  line: number,
): TableRowDraft {
  const orNull = (s: string) => (s === '' ? null : s);
  const deadlineText = orNull(compact(cell('deadline')));
  const deadline = deadlineText ? resolveDeadline(deadlineText, year) : null;
  const no = Number.parseInt(compact(cell('no')), 10);
  const row: TableRowDraft = {
    no: Number.isFinite(no) ? no : position,
    content: tidy(cell('content')),
    owner: orNull(compact(cell('owner'))),
    department: orNull(compact(cell('department'))),
    leader: orNull(compact(cell('leader'))),
    deadlineText,
    start: deadline?.start ?? null,
    due: deadline?.due ?? null,
    notes: orNull(tidy(cell('notes'))),
    line,
  };
  if (deadline?.recurring) row.recurring = deadline.recurring;
  return row;
}
