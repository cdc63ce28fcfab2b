/**
 * PDF notices with a text layer → blocks, via pdfjs-dist's text items and their positions.
 *
 * A PDF has no paragraphs or tables, only runs of glyphs placed on a page. The reader puts them
 * back. A table drawn with cell borders is read by its borders (pdf-grid.ts): each run goes to
 * the cell it lies in, and a table going on over the next page is one table, without the header
 * row repeated there. The other runs make lines (pdf-lines.ts: runs on one baseline, sorted by
 * x); lines whose pieces fall into the same columns make a table (a table without borders; a
 * cell that wraps onto several lines is one cell), and the other lines make paragraphs (a line
 * that reaches the right margin goes on in the next one). Page numbers ("— 3 —", "第 3 页") are
 * dropped.
 *
 * pdfjs runs in this thread (no worker of its own: the preview worker already isolates the
 * reading), never evaluates code from the file, and loads its CMaps and standard fonts from the
 * package on disk, never from the network.
 */

import { createRequire } from 'node:module';
import path from 'node:path';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { SourceDocument } from '../draft.js';
import { assertSize, ImportError, OFFICE_MAX_BYTES, PDF_MAX_MS, PDF_MAX_PAGES } from './limits.js';
import { ruledTables, type RuledTable } from './pdf-grid.js';
import { joinText, lineText, linesOf, type Line, type Run } from './pdf-lines.js';
import { rulingsOf } from './pdf-rulings.js';
import { ReadBudget } from './read-budget.js';

export const NOT_PDF = '不是有效的 PDF 文件 / not a valid PDF file';
const ENCRYPTED =
  'PDF 文件已加密，请取消密码后再导入 / the PDF is encrypted; remove the password and import it again';
export const NO_TEXT_LAYER =
  'PDF 没有文字层（可能是扫描件），请提供文字版或 Word 文件 / ' +
  'the PDF has no text layer (a scanned image?); provide a text PDF or a Word file';

/** Where pdfjs-dist lies, for its CMaps (Chinese CID fonts) and the 14 standard fonts. */
const PDFJS_DIR = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const CMAP_DIR = `${path.join(PDFJS_DIR, 'cmaps')}${path.sep}`;
const FONT_DIR = `${path.join(PDFJS_DIR, 'standard_fonts')}${path.sep}`;

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | undefined;

/** pdfjs is loaded on the first PDF only: it is large, and most notices are not PDFs. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** A block before its position is known. */
type Block = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

/** What a page holds, top to bottom: lines of text, and tables read by their borders. */
type Entry = Line | RuledTable;

const isRuled = (entry: Entry): entry is RuledTable => 'rows' in entry;

/** Reads a PDF's text layer; throws ImportError for an encrypted, damaged or scanned file. */
export async function readPdf(bytes: Uint8Array): Promise<SourceDocument> {
  assertSize(bytes.byteLength, OFFICE_MAX_BYTES);
  // Loading pdfjs itself (once per process) is not the file's cost.
  const pdfjs = await loadPdfJs();
  const entries = await readEntries(pdfjs, bytes, Date.now() + PDF_MAX_MS);
  if (entries.length === 0) throw new ImportError('empty', NO_TEXT_LAYER);
  const budget = new ReadBudget();
  const blocks = toBlocks(joinContinuedTables(dropPageNumbers(entries)));
  for (const block of blocks) {
    budget.paragraphs(block.kind === 'table' ? block.rows.length : 1);
    budget.characters(block.kind === 'table' ? cellChars(block.rows) : block.text.length);
  }
  return { blocks: blocks.map((block, index) => ({ ...block, line: index + 1 })) };
}

function cellChars(rows: string[][]): number {
  return rows.reduce((n, row) => n + row.reduce((m, cell) => m + cell.length, 0), 0);
}

// ---------------------------------------------------------------- pdfjs

async function readEntries(pdfjs: PdfJs, bytes: Uint8Array, deadline: number): Promise<Entry[]> {
  const { getDocument, OPS, VerbosityLevel } = pdfjs;
  const task = getDocument({
    // pdfjs may detach the buffer it is given; the caller keeps its bytes.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    cMapUrl: CMAP_DIR,
    cMapPacked: true,
    standardFontDataUrl: FONT_DIR,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const doc = await withDeadline(task.promise, deadline);
    if (doc.numPages > PDF_MAX_PAGES) {
      throw new ImportError(
        'too_large',
        `PDF 页数过多（上限 ${PDF_MAX_PAGES} 页），请拆分后分别导入 / ` +
          `the PDF has too many pages (limit ${PDF_MAX_PAGES}); split it and import the parts`,
      );
    }
    const entries: Entry[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await withDeadline(doc.getPage(number), deadline);
      const content = await withDeadline(page.getTextContent(), deadline);
      const runs: Run[] = [];
      for (const item of content.items) {
        const run = 'str' in item ? toRun(item) : undefined;
        if (run) runs.push(run);
      }
      if (runs.length > 0) {
        const operators = await withDeadline(page.getOperatorList(), deadline);
        const rulings = rulingsOf(operators.fnArray, operators.argsArray, OPS);
        const { tables, rest } = rulings
          ? ruledTables(rulings, runs, number)
          : { tables: [], rest: runs };
        entries.push(...byPosition(linesOf(rest, number), tables));
      }
      page.cleanup();
    }
    return entries;
  } catch (error) {
    throw asImportError(error);
  } finally {
    void task.destroy().catch(() => undefined);
  }
}

/** Rejects with too_large once the deadline has passed; pdfjs keeps no thread to stop. */
async function withDeadline<T>(promise: Promise<T>, deadline: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(overTime()), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

function overTime(): ImportError {
  const seconds = Math.round(PDF_MAX_MS / 1000);
  return new ImportError(
    'too_large',
    `PDF 过于复杂：${seconds} 秒内未能读完，请拆分后再导入 / ` +
      `the PDF is too complex: it could not be read within ${seconds} s; split it`,
  );
}

function asImportError(error: unknown): ImportError {
  if (error instanceof ImportError) return error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return new ImportError('bad_file', ENCRYPTED);
  const detail = error instanceof Error ? error.message : String(error);
  return new ImportError('bad_file', `${NOT_PDF}（${detail}）`);
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** Kangxi radicals and compatibility ideographs that some fonts map CJK characters to. */
const COMPAT_IDEOGRAPHS = /[\u2e80-\u2fdf\uf900-\ufaff]/g;

function toRun(item: TextItemLike): Run | undefined {
  const text = item.str.replace(COMPAT_IDEOGRAPHS, (ch) => ch.normalize('NFKC'));
  if (text.trim() === '') return undefined;
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
  const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 1;
  if (![x, y, size, item.width].every(Number.isFinite)) return undefined;
  return { text, x0: x, x1: x + Math.max(0, item.width), y, size };
}

/** Lines (top to bottom) and tables (top to bottom) of one page, in one order by their tops. */
function byPosition(lines: Line[], tables: RuledTable[]): Entry[] {
  const entries: Entry[] = [];
  let t = 0;
  for (const line of lines) {
    for (let table = tables[t]; table && table.top >= line.y; table = tables[++t]) {
      entries.push(table);
    }
    entries.push(line);
  }
  entries.push(...tables.slice(t));
  return entries;
}

// ---------------------------------------------------------------- page numbers

const PAGE_NUMBER =
  /^[-—–－‒―~·\s]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—–－‒―~·\s]*$/;

/** The first or last line of a page that is only a page number: "— 3 —", "- 3 -", "第3页 共5页". */
function dropPageNumbers(entries: Entry[]): Entry[] {
  return entries.filter((entry, i) => {
    if (isRuled(entry)) return true;
    const first = entries[i - 1]?.page !== entry.page;
    const last = entries[i + 1]?.page !== entry.page;
    return !((first || last) && PAGE_NUMBER.test(lineText(entry)));
  });
}

// ---------------------------------------------------------------- ruled tables over pages

/**
 * A ruled table that ends its page and one that starts the next, with the same columns, are one
 * table: the next page's repeat of the header rows is dropped, and a row cut by the page break
 * (its first cell — the 序号 — empty on the new page, filled on the old) is joined to its start.
 */
function joinContinuedTables(entries: Entry[]): Entry[] {
  const out: Entry[] = [];
  for (const entry of entries) {
    const prev = out[out.length - 1];
    if (!isRuled(entry) || !prev || !isRuled(prev) || !goesOn(prev, entry)) {
      out.push(isRuled(entry) ? { ...entry, rows: [...entry.rows] } : entry);
      continue;
    }
    const rows = entry.rows.slice(repeatedHeader(prev.rows, entry.rows));
    const cut = rows[0];
    const last = prev.rows[prev.rows.length - 1];
    if (cut && last && cut[0] === '' && last[0] !== '' && cut.some((cell) => cell !== '')) {
      prev.rows[prev.rows.length - 1] = last.map((cell, i) => joinText(cell, cut[i] ?? '', true));
      rows.shift();
    }
    prev.rows.push(...rows);
    prev.page = entry.page;
    prev.bottom = entry.bottom;
  }
  return out;
}

function goesOn(above: RuledTable, below: RuledTable): boolean {
  if (below.page !== above.page + 1 || below.edges.length !== above.edges.length) return false;
  const left = Math.abs((below.edges[0] ?? 0) - (above.edges[0] ?? 0));
  const right = Math.abs((below.edges.at(-1) ?? 0) - (above.edges.at(-1) ?? 0));
  return left <= 10 && right <= 10;
}

/** How many leading rows of the continuation repeat the table's own leading rows. */
function repeatedHeader(table: string[][], next: string[][]): number {
  let k = 0;
  while (k < next.length - 1 && k < table.length && sameRow(table[k], next[k])) k++;
  return k;
}

const sameRow = (a: string[] | undefined, b: string[] | undefined): boolean =>
  a !== undefined && b !== undefined && a.length === b.length && a.every((c, i) => c === b[i]);

// ---------------------------------------------------------------- tables

/** Columns of a table: x ranges that no piece of its lines crosses between. */
interface Column {
  x0: number;
  x1: number;
}

function toBlocks(entries: Entry[]): Block[] {
  const all = entries.filter((entry): entry is Line => !isRuled(entry));
  const width = Math.max(1, Math.max(...all.map((l) => l.x1)) - Math.min(...all.map((l) => l.x0)));
  const parts: ({ table: string[][] } | { text: Line[] })[] = [];
  for (let start = 0; start < entries.length;) {
    const entry = entries[start] as Entry;
    if (isRuled(entry)) {
      parts.push({ table: entry.rows });
      start += 1;
      continue;
    }
    // The lines up to the next ruled table: tables by alignment, and running text.
    let end = start;
    while (end < entries.length && !isRuled(entries[end] as Entry)) end++;
    const lines = entries.slice(start, end) as Line[];
    start = end;
    for (let i = 0; i < lines.length;) {
      const table = tableAt(lines, i, width);
      const last = parts[parts.length - 1];
      if (table) {
        parts.push({ table: table.rows });
        i = table.end;
      } else {
        if (last && 'text' in last) last.text.push(lines[i] as Line);
        else parts.push({ text: [lines[i] as Line] });
        i += 1;
      }
    }
  }
  // The text column's edges, from the running text only (tables may be wider).
  const text = parts.flatMap((part) => ('text' in part ? part.text : []));
  const left = Math.min(...text.map((l) => l.x0));
  const right = rightMargin(text);
  return parts.flatMap((part) =>
    'text' in part
      ? paragraphs(part.text, left, right)
      : [{ kind: 'table' as const, rows: part.table }],
  );
}

/**
 * The right edge of the running text: where most wrapped lines end (justified lines end there
 * exactly), or the rightmost end when no two lines share one.
 */
function rightMargin(lines: Line[]): number {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const at = Math.round(line.x1 / 3);
    counts.set(at, (counts.get(at) ?? 0) + 1);
  }
  let best = 1;
  let right = Math.max(...lines.map((l) => l.x1));
  for (const [at, count] of counts) {
    if (count > best || (count === best && best > 1 && at * 3 > right)) {
      best = count;
      right = at * 3;
    }
  }
  return right;
}

const isMulti = (line: Line): boolean => line.pieces.length >= 2;

/**
 * A table starting at `start`: lines of several pieces, with narrow single-piece lines among
 * them (a cell wrapping onto a line where the other cells are done). Null when the lines there
 * do not line up in at least two columns over at least two rows.
 */
function tableAt(
  lines: Line[],
  start: number,
  width: number,
): { rows: string[][]; end: number } | null {
  const first = lines[start];
  if (!first || !isMulti(first)) return null;
  let end = start + 1;
  for (; end < lines.length; end++) {
    const line = lines[end] as Line;
    const prev = lines[end - 1] as Line;
    if (isMulti(line)) continue;
    // A single piece belongs to the table if it is close to the line above and either narrow
    // (a cell's next line) or followed closely by more cells (a row spanning the table).
    if (!near(prev, line)) break;
    const next = lines[end + 1];
    const spanning = next !== undefined && isMulti(next) && near(line, next);
    if (line.x1 - line.x0 > 0.6 * width && !spanning) break;
  }
  const candidate = lines.slice(start, end);
  // Columns come from the lines of several pieces only, so dropping single pieces keeps them.
  const columns = columnsOf(candidate);
  // Trailing single pieces far from the table's columns are not part of it.
  while (candidate.length > 0 && !isMulti(candidate[candidate.length - 1] as Line)) {
    const last = candidate[candidate.length - 1] as Line;
    if (columns.length >= 2 && columnIndex(columns, last.pieces[0] as Run) > 0) break;
    candidate.pop();
  }
  if (columns.length < 2) return null;
  const spread = candidate.filter(
    (line) => new Set(line.pieces.map((p) => columnIndex(columns, p))).size >= 2,
  );
  if (spread.length < 2) return null;
  return { rows: rowsOf(candidate, columns), end: start + candidate.length };
}

function near(above: Line, below: Line): boolean {
  return below.page !== above.page || above.y - below.y <= 2.2 * Math.max(above.size, below.size);
}

/** The union of the pieces' x ranges, as disjoint intervals left to right. */
function columnsOf(lines: Line[]): Column[] {
  const spans = lines
    .filter(isMulti)
    .flatMap((line) => line.pieces.map((p) => ({ x0: p.x0, x1: p.x1 })))
    .sort((p, q) => p.x0 - q.x0);
  const columns: Column[] = [];
  for (const span of spans) {
    const last = columns[columns.length - 1];
    if (last && span.x0 <= last.x1 + 1) last.x1 = Math.max(last.x1, span.x1);
    else columns.push({ ...span });
  }
  return columns;
}

function columnIndex(columns: Column[], piece: Run): number {
  const middle = (piece.x0 + piece.x1) / 2;
  const index = columns.findIndex((c) => middle >= c.x0 - 1 && middle <= c.x1 + 1);
  return index < 0 ? 0 : index;
}

/**
 * The smallest gap between lines that starts a new row. Within a row, a cell's lines follow at
 * the line height; between rows the cell padding adds space. So the gaps fall into two groups,
 * split where one gap is at least 1.2 times the next smaller; when they do not, every line is a
 * row.
 */
function rowGap(gaps: number[]): number {
  const sorted = [...gaps].sort((p, q) => p - q);
  let best = 1.2;
  let threshold = 0;
  for (let i = 1; i < sorted.length; i++) {
    const low = sorted[i - 1] as number;
    const high = sorted[i] as number;
    if (low > 0 && high / low >= best) {
      best = high / low;
      threshold = (low + high) / 2;
    }
  }
  return threshold;
}

/** Groups a table's lines into rows (see rowGap) and their pieces into the columns' cells. */
function rowsOf(lines: Line[], columns: Column[]): string[][] {
  const gaps = lines.slice(1).map((line, i) => {
    const prev = lines[i] as Line;
    return line.page === prev.page ? prev.y - line.y : Number.POSITIVE_INFINITY;
  });
  const threshold = rowGap(gaps.filter(Number.isFinite));
  const rows: Line[][] = [];
  lines.forEach((line, i) => {
    const gap = i === 0 ? Number.POSITIVE_INFINITY : (gaps[i - 1] ?? 0);
    const current = rows[rows.length - 1];
    if (!current || gap > threshold) rows.push([line]);
    else current.push(line);
  });
  const cellRows = rows.map((row) => {
    const cells = columns.map(() => '');
    for (const line of row) {
      const byColumn = new Map<number, Run[]>();
      for (const piece of line.pieces) {
        const index = columnIndex(columns, piece);
        byColumn.set(index, [...(byColumn.get(index) ?? []), piece]);
      }
      for (const [index, pieces] of byColumn) {
        const text = lineText({ ...line, pieces });
        cells[index] = cells[index] === '' ? text : joinText(cells[index] ?? '', text, true);
      }
    }
    return cells;
  });
  // A header row repeated at the top of each page is not a row of the table.
  const header = JSON.stringify(cellRows[0]);
  return cellRows.filter((row, i) => i === 0 || JSON.stringify(row) !== header);
}

// ---------------------------------------------------------------- paragraphs

/** A numbering label that starts a heading or an item: 一、 （一） 1. 1、 （1） 第一条. */
const LABEL =
  /^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|第[一二三四五六七八九十百]+[条章节])/;

/**
 * Lines to paragraphs: a line that reaches the right margin goes on in the next one, unless
 * the next is indented further (a new paragraph's first line), far below, or starts a
 * numbered heading or item after a sentence's end.
 */
function paragraphs(lines: Line[], left: number, right: number): Block[] {
  const blocks: Block[] = [];
  const texts = lines.map(lineText);
  let text = '';
  lines.forEach((line, i) => {
    const current = texts[i] as string;
    text = text === '' ? current : joinText(text, current, true);
    const next = lines[i + 1];
    if (!next || !continues(line, next, current, texts[i + 1] as string, left, right)) {
      if (text !== '') blocks.push({ kind: 'paragraph', text });
      text = '';
    }
  });
  return blocks;
}

function continues(
  line: Line,
  next: Line,
  text: string,
  nextText: string,
  left: number,
  right: number,
): boolean {
  const size = line.size;
  if (line.x1 < right - 1.5 * size) return false;
  if (next.x0 > Math.max(line.x0, left) + 0.5 * size) return false;
  if (Math.abs(next.size - size) > 0.2 * size) return false;
  if (next.page === line.page && line.y - next.y > 2.5 * size) return false;
  return !(/[。；;：:！!？?]$/.test(text) && LABEL.test(nextText));
}
