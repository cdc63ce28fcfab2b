/**
 * Tables pasted into plain text from Word or Excel: one row a line, cells separated by tabs, an
 * empty cell as two tabs in a row. A run of such lines is a table when its first line is a task
 * table header (isHeaderRow). Group rows pasted without tabs ("一、简政放权") between rows stay in
 * the table, as rows of one cell.
 */
import { isBlank, type Line, type Table } from './lines.js';
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
    if (tabsIn(raw) < 2 || !isHeaderRow(cellsOf(raw))) {
      i++;
      continue;
    }
    const end = runEnd(lines, i);
    if (end - i >= 2) found.push(toTable(lines, i, end));
    i = end;
  }
  return found;
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

function toTable(lines: Line[], start: number, end: number): TabTable {
  const rows: string[][] = [];
  const consumed: number[] = [];
  for (let j = start; j < end; j++) {
    rows.push(cellsOf(lines[j]?.raw ?? ''));
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
