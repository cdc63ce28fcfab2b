/**
 * Table assembly for the HTML reader: collects cells while the parser streams, then expands
 * colspan/rowspan into a rectangular grid of strings.
 *
 * Work-plan tables merge cells constantly (one 分管领导 for several tasks), and downstream
 * code reads a row at a time, so every covered cell must carry the merged value.
 */

import { ImportError, TABLE_MAX_COLUMNS, TABLE_MAX_ROWS } from './limits.js';

/** A cell as written in the markup, before spans are expanded. */
export interface RawCell {
  text: string;
  colspan: number;
  rowspan: number;
}

/** Parses a span attribute like a browser: missing, junk or < 1 means 1; huge is clamped. */
export function parseSpan(value: string | undefined, max: number): number {
  const n = Number.parseInt(value ?? '', 10);
  if (!Number.isFinite(n) || n < 1) return 1;
  return Math.min(n, max);
}

/** A column still covered by a rowspan from an earlier row, and for how many more rows. */
interface Carry {
  text: string;
  left: number;
}

/**
 * Expands spans so every row has the table's full width. A cell spanning several columns
 * or rows repeats its text in each; rows shorter than the widest are padded with ''.
 */
export function expandSpans(rawRows: RawCell[][]): string[][] {
  const carried = new Map<number, Carry>();
  const rows = rawRows.map((raw) => placeRow(raw, carried));
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  return rows.map((row) => [...row, ...new Array<string>(width - row.length).fill('')]);
}

function placeRow(raw: RawCell[], carried: Map<number, Carry>): string[] {
  const row: string[] = [];
  for (const cell of raw) {
    fillCarried(row, carried);
    const start = row.length;
    for (let i = 0; i < cell.colspan && row.length < TABLE_MAX_COLUMNS; i++) row.push(cell.text);
    if (cell.rowspan > 1) {
      for (let c = start; c < row.length; c++)
        carried.set(c, { text: cell.text, left: cell.rowspan - 1 });
    }
  }
  fillTrailing(row, carried);
  return row;
}

/** Before placing a cell, skip past columns that a rowspan from above still occupies. */
function fillCarried(row: string[], carried: Map<number, Carry>): void {
  for (let carry = carried.get(row.length); carry; carry = carried.get(row.length)) {
    take(row, carried, carry);
  }
}

/** A row may end before columns that rowspans still cover (e.g. the last cell was merged). */
function fillTrailing(row: string[], carried: Map<number, Carry>): void {
  const last = Math.max(-1, ...carried.keys());
  while (row.length <= last) {
    const carry = carried.get(row.length);
    if (carry) take(row, carried, carry);
    else row.push('');
  }
}

function take(row: string[], carried: Map<number, Carry>, carry: Carry): void {
  const column = row.length;
  row.push(carry.text);
  carry.left -= 1;
  if (carry.left <= 0) carried.delete(column);
}

/**
 * The outermost table being parsed. Nested tables are not built separately: their cells
 * only add breaks inside the current outer cell, so their text is flattened into it.
 */
export class TableDraft {
  readonly rows: RawCell[][] = [];
  nested = 0;
  private row: RawCell[] | undefined;
  private cell: { segments: string[]; colspan: number; rowspan: number } | undefined;

  /** `normalise` applies the reader's whitespace rule to each text segment of a cell. */
  constructor(
    readonly line: number,
    private readonly normalise: (text: string) => string,
  ) {}

  get inCell(): boolean {
    return this.cell !== undefined;
  }

  startRow(line: number): void {
    this.endRow();
    if (this.rows.length >= TABLE_MAX_ROWS) {
      throw new ImportError(
        'too_large',
        `表格行数过多（上限 ${TABLE_MAX_ROWS} 行）/ table has too many rows (limit ${TABLE_MAX_ROWS})`,
        { line, row: this.rows.length + 1 },
      );
    }
    this.row = [];
    this.rows.push(this.row);
  }

  endRow(): void {
    this.endCell();
    this.row = undefined;
  }

  startCell(attribs: Record<string, string>, line: number): void {
    this.endCell();
    // A cell before any <tr> (sloppy markup) opens a row, as browsers do.
    if (!this.row) this.startRow(line);
    this.cell = {
      segments: [''],
      colspan: parseSpan(attribs.colspan, TABLE_MAX_COLUMNS),
      rowspan: parseSpan(attribs.rowspan, TABLE_MAX_ROWS),
    };
  }

  /** Appends text to the open cell; the caller checks `inCell` first. */
  addText(text: string): void {
    const segments = this.cell?.segments;
    if (segments) segments[segments.length - 1] += text;
  }

  /** A <p>, <br> or nested row inside a cell: a soft break, joined later by a space. */
  breakCell(): void {
    this.cell?.segments.push('');
  }

  /** Closes the open cell, if any; sloppy markup often leaves </td> and </tr> out. */
  endCell(): void {
    if (!this.cell || !this.row) return;
    const text = this.cell.segments
      .map(this.normalise)
      .filter((s) => s !== '')
      .join(' ');
    this.row.push({ text, colspan: this.cell.colspan, rowspan: this.cell.rowspan });
    this.cell = undefined;
  }
}
