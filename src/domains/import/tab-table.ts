/**
 * Tables pasted into plain text from Word or Excel: one row a line, cells separated by tabs, an
 * empty cell as two tabs in a row (or, strictly, by runs of two or more spaces). A run of such lines is a table when its first line is a task
 * table header (isHeaderRow). Group rows pasted without tabs ("一、简政放权") between rows stay in
 * the table, as rows of one cell.
 */
import { isBlank, type Line, type Table } from './lines.js';
import { columnOf } from './columns.js';
import { compact } from './normalize.js';
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
      if (end - i >= 2) {
        const table = toTable(lines, i, end, cellsOf);
        table.table.rows = joinWrappedRows(lines.slice(i, end).map((l) => l.raw));
        found.push(table);
      }
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

/**
 * The rows of a tab table (header first), with cells that wrapped onto following lines put
 * back together:
 * - a cell Excel quoted because it holds a line break ('1\t"新建厂房\n10万平方米"\t…');
 * - a row cut inside a cell, its tabs going on on the next line ('1\t新建厂房，完成' then
 *   '投资5亿元\t县经信局\t年底前'): joined while the tabs add up to no more than the header's;
 * - a row of the table's width with an empty 序号 between numbered rows, each cell continuing
 *   the cell above it.
 * Each line is looked at a bounded number of times: linear in the table's length.
 */
export function joinWrappedRows(raws: string[]): string[][] {
  const logical = joinQuoted(raws);
  const header = cellsOf(logical[0] ?? '');
  const width = tabsIn((logical[0] ?? '').trimEnd()) + 1;
  const noAt = header.findIndex((h) => columnOf(h) === 'no');
  const numbered = (cells: string[]) =>
    noAt >= 0 && /^\d{1,4}[.、．]?$/.test(compact(cells[noAt] ?? ''));
  const rows: string[][] = [header];
  // The last task row and how many tabs it has so far (its line may have been cut).
  let open: { cells: string[]; tabs: number } | null = null;
  for (let k = 1; k < logical.length; k++) {
    const raw = (logical[k] ?? '').trimEnd();
    const tabs = tabsIn(raw);
    const cells = raw.split('\t').map(unquote);
    if (raw.trim() === '') {
      rows.push(['']);
      open = null;
      continue;
    }
    const cut = open !== null && open.tabs < width - 1;
    const rest = open && cut ? continuation(logical, k, width - 1 - open.tabs, numbered) : 0;
    if (open && rest > 0) {
      for (let j = k; j < k + rest; j++) {
        const more = (logical[j] ?? '').trimEnd().split('\t').map(unquote);
        const last = open.cells.length - 1;
        open.cells[last] = `${open.cells[last] ?? ''}${more[0] ?? ''}`;
        open.cells.push(...more.slice(1));
      }
      open.tabs = width - 1;
      k += rest - 1;
      continue;
    }
    const previous = rows.at(-1);
    const spill =
      open !== null &&
      previous === open.cells &&
      !cut &&
      tabs === width - 1 &&
      noAt >= 0 &&
      numbered(open.cells) &&
      compact(cells[noAt] ?? '') === '' &&
      nextRowNumbered(logical, k + 1, numbered);
    if (open && spill) {
      open.cells = open.cells.map((c, at) => `${c}${cells[at] ?? ''}`);
      rows[rows.length - 1] = open.cells;
      continue;
    }
    rows.push(cells);
    open = tabs >= 1 ? { cells, tabs } : null;
  }
  return rows.map((r) => trimTrailing(r));
}

/**
 * How many lines from `from` on finish a row cut inside a cell: lines that are not rows of their
 * own whose tabs add up to exactly the `missing` ones, within four lines; 0 when they do not.
 */
function continuation(
  logical: string[],
  from: number,
  missing: number,
  numbered: (cells: string[]) => boolean,
): number {
  let tabs = 0;
  for (let j = from; j < Math.min(logical.length, from + 4); j++) {
    const raw = (logical[j] ?? '').trimEnd();
    if (raw.trim() === '' || isHeadingLine(raw) || numbered(raw.split('\t'))) return 0;
    tabs += tabsIn(raw);
    if (tabs === missing) return j - from + 1;
    if (tabs > missing) return 0;
  }
  return 0;
}

/** Whether the next non-blank line (within a few) is a numbered row, or the table ended. */
function nextRowNumbered(
  logical: string[],
  from: number,
  numbered: (cells: string[]) => boolean,
): boolean {
  for (let j = from; j < Math.min(logical.length, from + 3); j++) {
    const raw = (logical[j] ?? '').trimEnd();
    if (raw.trim() === '') continue;
    return numbered(raw.split('\t')) || !raw.includes('\t');
  }
  return true;
}

const isHeadingLine = (raw: string): boolean =>
  /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[部分类项])/.test(
    raw,
  );

/** Lines whose ASCII quotes are unbalanced are joined with the next until they balance. */
function joinQuoted(raws: string[]): string[] {
  const out: string[] = [];
  let pending: string | null = null;
  let quotes = 0;
  let joined = 0;
  for (const raw of raws) {
    const n = (raw.match(/"/g) ?? []).length;
    if (pending !== null) {
      pending = `${pending}\n${raw}`;
      quotes += n;
      joined++;
      // A stray quote never closes: give the lines back after a few.
      if (quotes % 2 === 0 || joined >= 8) {
        out.push(...(quotes % 2 === 0 ? [pending] : pending.split('\n')));
        pending = null;
      }
      continue;
    }
    // Excel quotes a cell holding a line break: the line ends inside the last cell.
    if (n % 2 === 1 && /(?:^|\t)"[^\t]*$/.test(raw)) {
      pending = raw;
      quotes = n;
      joined = 0;
    } else out.push(raw);
  }
  if (pending !== null) out.push(...pending.split('\n'));
  return out;
}

/** A cell Excel quoted: the quotes dropped, doubled quotes made single. */
function unquote(cell: string): string {
  const m = /^\s*"([\s\S]*)"\s*$/.exec(cell);
  return m ? (m[1] ?? '').replace(/""/g, '"') : cell;
}

function trimTrailing(cells: string[]): string[] {
  let end = cells.length;
  while (end > 1 && (cells[end - 1] ?? '').trim() === '') end--;
  return end === cells.length ? cells : cells.slice(0, end);
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
