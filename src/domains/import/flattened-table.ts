/**
 * Tables that lost their structure on the way to plain text: one cell a tab-indented line, blank
 * lines between rows, and the last row ending early (the worked example). The header fixes the
 * column count; rows are cut at that width.
 */
import { isBlank, isIndented, type Line, type Table } from './lines.js';
import { columnOf } from './columns.js';
import { findTabTables } from './tab-table.js';
import { isHeaderRow } from './task-table.js';

export interface FlattenedTable {
  table: Table;
  /** Line indexes the table (and its caption) occupied. */
  consumed: number[];
}

/**
 * Every table written as text: the flattened ones, and those pasted one row a line with tabs
 * between cells (tab-table.ts), in document order.
 */
export function findFlattenedTables(all: Line[]): FlattenedTable[] {
  const tabTables = findTabTables(all);
  const taken = new Set(tabTables.flatMap((t) => t.consumed));
  const lines = taken.size === 0 ? all : all.map((l, i) => (taken.has(i) ? { ...l, raw: '' } : l));
  const found: FlattenedTable[] = [...tabTables];
  let i = 0;
  while (i < lines.length) {
    const run = indentedRun(lines, i);
    if (run.length === 0) {
      i++;
      continue;
    }
    const flattened = toTable(lines, run);
    if (flattened) found.push(flattened);
    i = (run.at(-1) ?? i) + 1;
  }
  return found.sort((a, b) => a.table.line - b.table.line);
}

/** Indexes of consecutive indented lines from i on, blank lines between them allowed. */
function indentedRun(lines: Line[], i: number): number[] {
  const start = lines[i];
  if (!start || !isIndented(start) || isBlank(start)) return [];
  const run: number[] = [];
  for (let j = i; j < lines.length; j++) {
    const line = lines[j];
    if (!line) break;
    if (isIndented(line)) run.push(j);
    else if (!isBlank(line)) break;
  }
  return run;
}

function toTable(lines: Line[], run: number[]): FlattenedTable | null {
  const cells = run.map((j) => (lines[j]?.raw ?? '').trim());
  const width = headerWidth(cells);
  if (width === 0) return null;
  const rows: string[][] = [];
  for (let k = 0; k < cells.length; k += width) rows.push(cells.slice(k, k + width));
  const first = run[0] ?? 0;
  const consumed = [...run];
  const caption = previousNonBlank(lines, first);
  if (caption >= 0 && /表$/.test((lines[caption]?.raw ?? '').trim())) consumed.push(caption);
  return { table: { line: lines[first]?.line ?? 1, rows }, consumed };
}

/** The header is the leading run of cells that are column names; 0 when that is no header. */
function headerWidth(cells: string[]): number {
  let width = 0;
  while (width < cells.length && columnOf(cells[width] ?? '') !== undefined) width++;
  return isHeaderRow(cells.slice(0, width)) ? width : 0;
}

function previousNonBlank(lines: Line[], index: number): number {
  for (let j = index - 1; j >= 0; j--) {
    const line = lines[j];
    if (line && !isBlank(line)) return j;
  }
  return -1;
}
