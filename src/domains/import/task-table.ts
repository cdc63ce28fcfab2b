/**
 * The key-task responsibility table (重点工作任务表): finding its header by the column names offices
 * use, in any order, and turning its rows into normalised table rows with resolved deadlines.
 * Group rows spanning the table (一、简政放权（5项）) are skipped; cells naming several people or
 * units are split, the first named leading.
 */
import { resolveDeadline } from './deadline.js';
import type { TableRowDraft } from './draft.js';
import { columnOf, contentColumns, responsibilityKeys, type ColumnKey } from './columns.js';
import { splitList } from './notice-header.js';
import { compact, tidy } from './normalize.js';

/** How far down a table its header may be (titles and notes sit above it). */
const HEADER_SEARCH_ROWS = 20;

/**
 * A header row names the content column and who is responsible (an owner, a department, a
 * co-operating unit or a leader), or the content column and at least two others.
 */
export function isHeaderRow(cells: string[]): boolean {
  const keys = new Set<ColumnKey>();
  for (const cell of cells) {
    const key = columnOf(cell);
    if (key) keys.add(key);
  }
  if (!keys.has('content')) return false;
  return keys.size >= 3 || [...keys].some((k) => responsibilityKeys.has(k));
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
  return readTaskTables([{ rows, line }], year);
}

/**
 * Reads the first task table of a document, and the tables right after it that continue it: no
 * header of their own (or the same one again) and as many columns. Word and PDF tables are cut
 * this way by page breaks and by group headings written between them.
 */
export function readTaskTables(
  tables: { rows: string[][]; line: number }[],
  year: number,
): TableReadResult | null {
  for (let k = 0; k < tables.length; k++) {
    const first = tables[k];
    const headerAt = first ? first.rows.slice(0, HEADER_SEARCH_ROWS).findIndex(isHeaderRow) : -1;
    if (!first || headerAt < 0) continue;
    let header = first.rows[headerAt] ?? [];
    let bodyAt = headerAt + 1;
    // A second header row names the parts of a merged one (责任单位 over 牵头单位 | 配合单位).
    for (let sub = first.rows[bodyAt]; sub && isSubHeader(sub, header); sub = first.rows[bodyAt]) {
      header = header.map((h, c) => (columnOf(sub[c] ?? '') ? (sub[c] ?? h) : h));
      bodyAt++;
    }
    const reader = new BodyReader(layoutOf(header), year);
    reader.read(first.rows, bodyAt, first.line);
    for (let next = tables[++k]; next && continues(next.rows, header); next = tables[++k]) {
      reader.read(next.rows, 0, next.line);
    }
    return { columns: header.map(compact), rows: reader.rows, problems: reader.problems };
  }
  return null;
}

/**
 * A table continues the task table when it is as wide and starts with a row, or with the same
 * header again; a first row naming columns otherwise is another table's header.
 */
function continues(rows: string[][], header: string[]): boolean {
  const width = rows.reduce((max, r) => Math.max(max, r.length), 0);
  if (width !== header.length) return false;
  const first = rows.find((r) => r.some((c) => compact(c) !== ''));
  if (!first) return false;
  const keys = first.map(columnOf);
  if (keys.every((key, c) => key !== undefined && key === columnOf(header[c] ?? ''))) return true;
  return keys.every((key) => key === undefined);
}

/** Turns body rows into task rows, numbering them through every part of the table. */
class BodyReader {
  readonly rows: TableRowDraft[] = [];
  readonly problems: TableReadResult['problems'] = [];
  private readonly numbers = new Numbering();

  constructor(
    private readonly layout: Layout,
    private readonly year: number,
  ) {}

  read(rows: string[][], from: number, line: number): void {
    for (let r = from; r < rows.length; r++) {
      const cells = rows[r] ?? [];
      if (cells.every((c) => compact(c) === '') || isGroupRow(cells, this.layout)) continue;
      if (isHeaderRow(cells)) continue; // the header repeated after a page break
      const rowIndex = r + 1;
      const row = toRow(cells, this.layout, this.year, line + rowIndex - 1);
      if (!row.content) {
        this.problems.push({
          row: rowIndex,
          column: this.layout.content + 1,
          message: '缺少工作内容 / no task content',
        });
        continue;
      }
      row.no = this.numbers.next(row.no, this.rows.length + 1);
      this.rows.push(row);
    }
  }
}

/** Where each field is read from: the first column naming it, or -1. */
interface Layout {
  at: Record<ColumnKey, number>;
  content: number;
  /** The column naming the task, put in front of the content (改革事项：具体内容), or -1. */
  item: number;
  width: number;
}

function layoutOf(header: string[]): Layout {
  const keys = header.map(columnOf);
  const first = (key: ColumnKey) => keys.indexOf(key);
  const { content, item } = contentColumns(header);
  return {
    at: {
      no: first('no'),
      content,
      owner: first('owner'),
      department: first('department'),
      coDepartment: first('coDepartment'),
      leader: first('leader'),
      deadline: first('deadline'),
      notes: first('notes'),
    },
    content,
    item,
    width: header.length,
  };
}

/** Every non-empty cell is a column name or the header cell above it, and one name is new. */
function isSubHeader(cells: string[], header: string[]): boolean {
  let named = false;
  for (let c = 0; c < cells.length; c++) {
    const cell = compact(cells[c] ?? '');
    if (cell === '' || cell === compact(header[c] ?? '')) continue;
    if (!columnOf(cell)) return false;
    named = true;
  }
  return named;
}

const headingLabel =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[部分类项])/;
const chineseNumber = /^[（(]?[一二三四五六七八九十]+[）)、.．]?$/;

/**
 * A row grouping the rows below it, not a task: one text across the table (a colspan, often
 * with a rowspan from above beside it), one cell alone outside the content column, a 一、-style
 * heading alone in the content column, or a Chinese-numbered 序号 with content and nothing else.
 */
function isGroupRow(cells: string[], layout: Layout): boolean {
  const filled = cells.map(compact);
  const counts = new Map<string, number>();
  for (const cell of filled) if (cell !== '') counts.set(cell, (counts.get(cell) ?? 0) + 1);
  const content = filled[layout.content] ?? '';
  let widest = 0;
  for (const n of counts.values()) widest = Math.max(widest, n);
  if (widest >= 2 && widest * 2 >= layout.width && (counts.get(content) ?? 0) === widest) {
    return true;
  }
  if (counts.size === 1) return content === '' || headingLabel.test(content);
  const no = filled[layout.at.no] ?? '';
  if (layout.at.no < 0 || !chineseNumber.test(no) || counts.size !== 2) return false;
  return content !== '' && no !== content;
}

/** 序号 when it is a whole number not used yet, else the row's position (or the next free number). */
class Numbering {
  private readonly used = new Set<number>();
  private highest = 0;

  next(written: number, position: number): number {
    const no = [written, position].find((n) => n > 0 && !this.used.has(n)) ?? this.highest + 1;
    this.used.add(no);
    this.highest = Math.max(this.highest, no);
    return no;
  }
}

function toRow(cells: string[], layout: Layout, year: number, line: number): TableRowDraft {
  const cell = (at: number) => (at >= 0 ? (cells[at] ?? '') : '');
  const read = (key: ColumnKey) => cell(layout.at[key]);
  const orNull = (s: string) => (s === '' ? null : s);
  const deadlineText = orNull(compact(read('deadline')));
  const deadline = deadlineText ? resolveDeadline(deadlineText, year) : null;
  const departments = responsibleUnits(read('department'));
  const lead = new Set(departments.lead);
  const coDepartments = [
    ...departments.co,
    ...responsibleUnits(read('coDepartment')).all.filter((u) => !lead.has(u)),
  ];
  const owners = names(read('owner'));
  const row: TableRowDraft = {
    no: wholeNumber(read('no')),
    content: contentOf(tidy(read('content')), tidy(cell(layout.item))),
    owner: owners[0] ?? null,
    owners,
    department: departments.lead[0] ?? null,
    departments: departments.lead,
    coDepartments: [...new Set(coDepartments)],
    leader: orNull(compact(read('leader'))),
    deadlineText,
    start: deadline?.start ?? null,
    due: deadline?.due ?? null,
    notes: orNull(tidy(read('notes'))),
    line,
  };
  if (deadline?.recurring) row.recurring = deadline.recurring;
  return row;
}

/** 改革事项 and 具体内容 → '改革事项：具体内容'; either alone is the content. */
function contentOf(detail: string, item: string): string {
  if (item === '' || detail === item) return detail;
  if (detail === '') return item;
  return `${item.replace(/[：:。]$/, '')}：${detail}`;
}

/** '12', '12.' or '12、' → 12; anything else → 0 (the row's position is used). */
function wholeNumber(text: string): number {
  const m = /^(\d{1,6})[.、．]?$/.exec(compact(text));
  return m ? Number(m[1]) : 0;
}

/** Words for "whoever is concerned", never a unit of their own. */
const generic = new Set([
  '有关部门',
  '相关部门',
  '有关单位',
  '相关单位',
  '各有关部门',
  '各有关单位',
  '各相关部门',
  '各相关单位',
  '各地',
  '各地区',
  '各级政府',
  '各部门',
  '各单位',
]);

/**
 * The people or units a cell names, in order: split on 、，,；; and line breaks, and on spaces
 * when every part is at least two characters (so '柳  军' stays one name).
 */
export function names(cell: string): string[] {
  const out = new Set<string>();
  for (const part of splitList(cell, /[、，,；;\n/／]/)) {
    const words = part.split(/[\s\u3000\u00a0]+/).filter((w) => w !== '');
    const spaced = words.length > 1 && words.every((w) => compact(w).length >= 2);
    for (const word of spaced ? words : [part]) {
      const name = compact(word).replace(/[（(](?:牵头|负责|主办|主责)[）)]$/, '');
      if (name !== '' && !generic.has(name)) out.add(name);
    }
  }
  return [...out];
}

const coWords = /(?:配合|参与|协办|协助|协同)(?:单位|部门)?[：:]?$/;
const coLabel = /^\s*(?:配合|参与|协办|协助|协同)(?:单位|部门|处室|科室)?\s*[：:]/;
const leadLabel = /^\s*(?:牵头|责任|主办|主责)(?:单位|部门|处室|科室)?\s*[：:]/;
const leadWord = /牵头$/;

/**
 * A department cell: the units named, the lead ones, and co-operating ones written in the same
 * cell ('市发改委牵头，市财政局、市税务局配合'; '牵头单位：X；配合单位：Y').
 */
function responsibleUnits(cell: string): { all: string[]; lead: string[]; co: string[] } {
  const lead: string[] = [];
  const co: string[] = [];
  for (const clause of splitList(cell, /[；;\n。]/)) {
    const labelledCo = coLabel.test(clause);
    const bare = clause.replace(coLabel, '').replace(leadLabel, '');
    for (const part of splitList(bare, /[，,]/)) {
      const isCo = labelledCo || (!leadWord.test(part) && coWords.test(part));
      (isCo ? co : lead).push(...names(part.replace(leadWord, '').replace(coWords, '')));
    }
  }
  const leadSet = new Set(lead);
  const coOnly = co.filter((u) => !leadSet.has(u));
  return { all: [...lead, ...coOnly], lead, co: coOnly };
}
