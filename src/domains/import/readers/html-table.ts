/**
 * Table assembly for the HTML reader: collects cells while the parser streams, then expands
 * colspan/rowspan into a rectangular grid of strings.
 *
 * Work-plan tables merge cells constantly (one 分管领导 for several tasks), and downstream
 * code reads a row at a time, so every covered cell must carry the merged value.
 */

import { HTML_MAX_TABLE_CELLS, ImportError, TABLE_MAX_COLUMNS, TABLE_MAX_ROWS } from './limits.js';

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

/** A rowspan: like parseSpan, but 0 spans the rest of the table, as browsers read it. */
export function parseRowspan(value: string | undefined): number {
  return value?.trim() === '0' ? TABLE_MAX_ROWS : parseSpan(value, TABLE_MAX_ROWS);
}

/**
 * Cells left for one document's tables together (HTML_MAX_TABLE_CELLS). Every expanded
 * cell is reserved before it is allocated, so no table gets far past the limit.
 */
export class CellBudget {
  private left: number;

  constructor(readonly limit = HTML_MAX_TABLE_CELLS) {
    this.left = limit;
  }

  /** Reserves `count` cells; throws too_large if fewer are left. `line` is for the message. */
  take(count: number, line?: number): void {
    if (count > this.left) {
      throw new ImportError(
        'too_large',
        `表格过大（所有表格合计上限 ${this.limit} 个单元格）/ tables too large (limit ${this.limit} cells in all tables together)`,
        line === undefined ? undefined : { line },
      );
    }
    this.left -= count;
  }
}

/** A column still covered by a rowspan from an earlier row, and for how many more rows. */
interface Carry {
  text: string;
  left: number;
}

/**
 * Builds a rectangular grid as cells arrive, so spans are expanded (and counted against the
 * budget) one cell at a time. A cell spanning several columns or rows repeats its text in
 * each; rows shorter than the widest are padded with ''.
 */
export class SpanGrid {
  private readonly rows: string[][] = [];
  private readonly carried = new Map<number, Carry>();
  private row: string[] | undefined;

  constructor(private readonly budget: CellBudget) {}

  startRow(): void {
    this.open();
  }

  /** Places a cell in the open row (opening one if needed); `line` is for the message. */
  addCell(cell: RawCell, line?: number): void {
    const row = this.row ?? this.open();
    this.fillCarried(row, line);
    const start = row.length;
    const width = Math.max(0, Math.min(cell.colspan, TABLE_MAX_COLUMNS - start));
    this.budget.take(width, line);
    for (let i = 0; i < width; i++) row.push(cell.text);
    if (cell.rowspan > 1) {
      for (let c = start; c < row.length; c++) {
        this.carried.set(c, { text: cell.text, left: cell.rowspan - 1 });
      }
    }
  }

  /** Ends the open row; a row may end before columns that rowspans still cover. */
  endRow(line?: number): void {
    const row = this.row;
    if (!row) return;
    this.row = undefined;
    const last = Math.max(-1, ...this.carried.keys());
    while (row.length <= last) {
      const carry = this.carried.get(row.length);
      this.budget.take(1, line);
      if (carry) this.take(row, carry);
      else row.push('');
    }
    this.rows.push(row);
  }

  /** The finished grid, every row padded to the widest; none if no row has a cell. */
  finish(line?: number): string[][] {
    this.endRow(line);
    const width = this.rows.reduce((max, row) => Math.max(max, row.length), 0);
    // Rows without cells cost nothing from the budget, so none are kept either.
    if (width === 0) return [];
    this.budget.take(
      this.rows.reduce((sum, row) => sum + width - row.length, 0),
      line,
    );
    return this.rows.map((row) => [...row, ...new Array<string>(width - row.length).fill('')]);
  }

  private open(): string[] {
    this.endRow();
    const row: string[] = [];
    this.row = row;
    return row;
  }

  /** Before placing a cell, skip past columns that a rowspan from above still occupies. */
  private fillCarried(row: string[], line?: number): void {
    for (let carry = this.carried.get(row.length); carry; carry = this.carried.get(row.length)) {
      this.budget.take(1, line);
      this.take(row, carry);
    }
  }

  private take(row: string[], carry: Carry): void {
    const column = row.length;
    row.push(carry.text);
    carry.left -= 1;
    if (carry.left <= 0) this.carried.delete(column);
  }
}

/**
 * Expands spans of a whole table at once (the reader streams through SpanGrid instead).
 * Throws too_large when the grid would exceed `budget`.
 */
export function expandSpans(rawRows: RawCell[][], budget = new CellBudget()): string[][] {
  const grid = new SpanGrid(budget);
  for (const raw of rawRows) {
    grid.startRow();
    for (const cell of raw) grid.addCell(cell);
  }
  return grid.finish();
}

/**
 * The outermost table being parsed. Nested tables are not built separately: their cells
 * only add breaks inside the current outer cell, so their text is flattened into it.
 */
export class TableDraft {
  nested = 0;
  private readonly grid: SpanGrid;
  private rowCount = 0;
  private inRow = false;
  private cell: { segments: string[]; colspan: number; rowspan: number; line: number } | undefined;

  /**
   * `normalise` applies the reader's whitespace rule to each text segment of a cell;
   * `budget` is shared by all tables of the document.
   */
  constructor(
    readonly line: number,
    private readonly normalise: (text: string) => string,
    budget: CellBudget,
  ) {
    this.grid = new SpanGrid(budget);
  }

  get inCell(): boolean {
    return this.cell !== undefined;
  }

  startRow(line: number): void {
    this.endRow(line);
    if (this.rowCount >= TABLE_MAX_ROWS) {
      throw new ImportError(
        'too_large',
        `表格行数过多（上限 ${TABLE_MAX_ROWS} 行）/ table has too many rows (limit ${TABLE_MAX_ROWS})`,
        { line, row: this.rowCount + 1 },
      );
    }
    this.rowCount += 1;
    this.inRow = true;
    this.grid.startRow();
  }

  endRow(line?: number): void {
    this.endCell();
    if (!this.inRow) return;
    this.inRow = false;
    this.grid.endRow(line);
  }

  startCell(attribs: Record<string, string>, line: number): void {
    this.endCell();
    // A cell before any <tr> (sloppy markup) opens a row, as browsers do.
    if (!this.inRow) this.startRow(line);
    this.cell = {
      segments: [''],
      colspan: parseSpan(attribs.colspan, TABLE_MAX_COLUMNS),
      rowspan: parseRowspan(attribs.rowspan),
      line,
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
    const cell = this.cell;
    if (!cell) return;
    this.cell = undefined;
    const text = cell.segments
      .map(this.normalise)
      .filter((s) => s !== '')
      .join(' ');
    this.grid.addCell({ text, colspan: cell.colspan, rowspan: cell.rowspan }, cell.line);
  }

  /** Ends the table: the expanded rows, padded to the widest (empty if it had no rows). */
  finish(line?: number): string[][] {
    this.endRow(line);
    return this.grid.finish(line);
  }
}
