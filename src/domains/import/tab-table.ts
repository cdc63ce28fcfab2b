/**
 * Tables pasted into plain text from Word or Excel: one row a line, cells separated by tabs, an
 * empty cell as two tabs in a row (or, strictly, by runs of two or more spaces). A run of such lines is a table when its first line is a task
 * table header (isHeaderRow). Group rows pasted without tabs ("一、简政放权") between rows stay in
 * the table, as rows of one cell.
 */
import { isBlank, type Line, type Table } from './lines.js';
import { columnOf } from './columns.js';
import { isHeaderRow } from './task-table.js';

export interface TabTable {
  table: Table;
  /** Line indexes the table (and its caption) occupied. */
  consumed: number[];
}

/** A line of a tab table's body has a tab; a header needs two (three cells). */
const tabsIn = (raw: string): number => {
  let n = 0;
  for (let at = raw.indexOf('\t'); at >= 0; at = raw.indexOf('\t', at + 1)) n++;
  return n;
};

/** Cells of a line, trailing tabs (and spaces) dropped. */
const cellsOf = (raw: string): string[] => raw.trimEnd().split('\t');

/** A line without tabs between rows is a group row when short and not a sentence. */
const isGroupLine = (raw: string): boolean => {
  const text = raw.trim();
  return text.length > 0 && text.length <= 40 && !/[。；;]$/.test(text);
};

export function findTabTables(lines: Line[]): TabTable[] {
  const found: TabTable[] = [];
  let i = 0;
  while (i < lines.length) {
    const raw = lines[i]?.raw ?? '';
    if (tabsIn(raw) >= 2 && isHeaderRow(cellsOf(raw))) {
      const end = runEnd(lines, i);
      if (end - i >= 2) found.push(toTable(lines, i, end, cellsOf));
      i = end;
    } else if (!raw.includes('\t') && isSpacedHeader(raw)) {
      const run = spacedRun(lines, i);
      if (run.table) found.push(toTable(lines, i, run.end, spacedCells));
      i = Math.max(run.end, i + 1);
    } else i++;
  }
  return found;
}

/**
 * Cells set apart by two or more spaces (ASCII, ideographic or no-break), as a table typed or
 * pasted without tabs. Names padded with spaces ('柳  军') would split too, so such a table is
 * only taken when every row has exactly as many cells as its header.
 */
const spacedCells = (raw: string): string[] => raw.trim().split(/[ \u3000\u00a0]{2,}/);

/** A header of at least three cells, every one a column name. */
function isSpacedHeader(raw: string): boolean {
  if (raw.length > 400) return false;
  const cells = spacedCells(raw);
  return cells.length >= 3 && cells.every((c) => columnOf(c) !== undefined) && isHeaderRow(cells);
}

/**
 * The rows of a spaced table from its header at `start`: lines of exactly the header's cells,
 * group lines and blank lines between them. A line of another count of cells drops the whole
 * table (`table` false) when it is numbered like a row, since its cells cannot be told apart;
 * any other line ends the table. `end` is where reading stopped.
 */
function spacedRun(lines: Line[], start: number): { table: boolean; end: number } {
  const width = spacedCells(lines[start]?.raw ?? '').length;
  let last = start;
  let j = start + 1;
  for (; j < lines.length; j++) {
    const line = lines[j];
    if (!line) break;
    const count = isBlank(line) ? 0 : spacedCells(line.raw).length;
    if (count === width) {
      last = j;
      continue;
    }
    // A numbered line of another count of cells is a row that cannot be read: no table at all.
    if (count > 1 && /^\d+$/.test(spacedCells(line.raw)[0] ?? '')) return { table: false, end: j };
    if (count > 1) break;
    if (count === 1 && !isGroupLine(line.raw)) break;
    if (!nextIsSpacedRow(lines, j + 1, width)) break;
  }
  return { table: last > start, end: last + 1 };
}

function nextIsSpacedRow(lines: Line[], from: number, width: number): boolean {
  for (let j = from; j < Math.min(lines.length, from + 3); j++) {
    const line = lines[j];
    if (!line) return false;
    if (isBlank(line)) continue;
    const count = spacedCells(line.raw).length;
    if (count === width) return true;
    if (count > 1 || !isGroupLine(line.raw)) return false;
  }
  return false;
}

/** The index after the last line of the table whose header is at `start`. */
function runEnd(lines: Line[], start: number): number {
  let last = start;
  for (let j = start + 1; j < lines.length; j++) {
    const line = lines[j];
    if (!line) break;
    if (tabsIn(line.raw) >= 1) {
      last = j;
      continue;
    }
    // A blank line or a group row only belongs to the table when a row follows it.
    if (!isBlank(line) && !isGroupLine(line.raw)) break;
    if (!nextIsRow(lines, j + 1)) break;
  }
  return last + 1;
}

/** Whether a row with tabs follows from `from` on, past at most two blank or group lines. */
function nextIsRow(lines: Line[], from: number): boolean {
  for (let j = from; j < Math.min(lines.length, from + 3); j++) {
    const line = lines[j];
    if (!line) return false;
    if (tabsIn(line.raw) >= 1) return true;
    if (!isBlank(line) && !isGroupLine(line.raw)) return false;
  }
  return false;
}

function toTable(
  lines: Line[],
  start: number,
  end: number,
  split: (raw: string) => string[],
): TabTable {
  const rows: string[][] = [];
  const consumed: number[] = [];
  for (let j = start; j < end; j++) {
    rows.push(split(lines[j]?.raw ?? ''));
    consumed.push(j);
  }
  const caption = previousNonBlank(lines, start);
  if (caption >= 0 && /表[）)]?$/.test((lines[caption]?.raw ?? '').trim())) consumed.push(caption);
  return { table: { line: lines[start]?.line ?? 1, rows }, consumed };
}

function previousNonBlank(lines: Line[], index: number): number {
  for (let j = index - 1; j >= 0 && j >= index - 3; j--) {
    const line = lines[j];
    if (line && !isBlank(line)) return j;
  }
  return -1;
}
