/**
 * Table column widths from the text the columns hold, shared by the .docx writer and the print
 * view so both break lines alike.
 *
 * Every column is at least as wide as its header text on one line (12 pt table text plus the cell
 * margins), so short headers such as 序号 or 分管领导 never wrap. What is left of the type area goes
 * to the columns by how much text their cells hold: the longest line of each cell, capped so one
 * long cell cannot starve the others, averaged over the rows. The relative `width` of a column is
 * only a hint: it decides the shares when the table has no rows, and it weighs the text in
 * proportion otherwise (a wide hint gives a column a little more room for the same text).
 */

/** The part of a table column the widths depend on (TableColumn in official-document.ts). */
export interface WidthColumn {
  readonly title: string;
  /** Relative width hint. */
  readonly width: number;
}

/** 12 pt table characters are 240 twips wide; Latin letters and digits half as wide. */
export const TABLE_CHAR_TWIPS = 240;
/** Left plus right cell margin of the .docx tables (60 twips each side). */
export const CELL_MARGIN_TWIPS = 120;
/**
 * Room for rounding and for fonts whose CJK glyphs are a hair wider than the em: without it a
 * header that exactly fills its cell may still wrap in Word or LibreOffice.
 */
const SLACK_TWIPS = 60;
/** A cell line longer than this many characters counts as this many: it will wrap anyway. */
const LINE_CAP_CHARS = 24;

/** Word and LibreOffice put a quarter of a character between ideographs and Latin or digits. */
const AUTOSPACE = 0.25;
/**
 * Latin letters, digits and ASCII punctuation: half a character in the GB fonts, more in the fonts
 * used where those are missing (Noto Sans CJK about 0.55 em; DejaVu Sans, which LibreOffice falls back to, more), so
 * counted as the wider of the two: a date column a little too wide is better than one that wraps.
 */
const HALF = 0.55;

const isLatin = (code: number) =>
  (code >= 0x30 && code <= 0x39) ||
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x61 && code <= 0x7a);
/** CJK ideographs (and, through their surrogates, those outside the basic plane). */
const isIdeograph = (code: number) =>
  (code >= 0x3400 && code <= 0x9fff) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  (code >= 0xd800 && code <= 0xdbff);

/**
 * Width of one line of text in characters: CJK and full-width forms count 1, Latin letters,
 * digits and ASCII punctuation a little over ½ (they are half-width in the Chinese fonts, see
 * HALF), and each change
 * between ideographs and Latin letters or digits ¼ more (the automatic spacing of both word
 * processors: "2017年12月31日" takes about 8⅔ characters, not 7). Stops counting past `cap`, so very
 * long texts cost no more than short ones.
 */
export function textWidthChars(text: string, cap = Number.POSITIVE_INFINITY): number {
  let width = 0;
  let previous: 'latin' | 'ideograph' | 'other' = 'other';
  for (let i = 0; i < text.length && width < cap; i += 1) {
    const code = text.charCodeAt(i);
    // Low surrogates belong to the character counted at the high one.
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    const kind = isLatin(code) ? 'latin' : isIdeograph(code) ? 'ideograph' : 'other';
    if (kind !== 'other' && previous !== 'other' && kind !== previous) width += AUTOSPACE;
    previous = kind;
    width += code < 0x2e80 || (code >= 0xff61 && code <= 0xffdc) ? HALF : 1;
  }
  return Math.min(width, cap);
}

/** The widest line of a cell's text (cells break lines at "\n"), capped. */
function longestLineChars(text: string, cap: number): number {
  if (!text.includes('\n')) return textWidthChars(text, cap);
  return Math.max(...text.split('\n').map((line) => textWidthChars(line, cap)));
}

/** Twips a header needs on one line. */
function headerTwips(title: string): number {
  const chars = Math.max(...title.split('\n').map((line) => textWidthChars(line)));
  return Math.ceil(chars * TABLE_CHAR_TWIPS) + CELL_MARGIN_TWIPS + SLACK_TWIPS;
}

/** Average capped longest line of the column's cells, in characters. */
function textDemand(rows: readonly (readonly string[])[], index: number): number {
  if (rows.length === 0) return 0;
  let sum = 0;
  for (const row of rows) sum += longestLineChars(row[index] ?? '', LINE_CAP_CHARS);
  return sum / rows.length;
}

/** Integer widths in proportion to `weights`, summing exactly to `total`. */
function shareOut(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (w / sum) * total : total / weights.length));
  const floors = exact.map(Math.floor);
  let left = total - floors.reduce((a, b) => a + b, 0);
  // Largest remainders first, so rounding never moves more than one twip per column.
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left -= 1;
  }
  return floors;
}

/** Cells of at most this many characters (names, dates, states) are short: kept on one line. */
const SHORT_TEXT_CHARS = 9;
/** A column of long text keeps at least this many characters a line while short ones grow. */
const LONG_TEXT_CHARS = 6;

const twipsFor = (chars: number) => chars * TABLE_CHAR_TWIPS + CELL_MARGIN_TWIPS + SLACK_TWIPS;

/** The widest capped line of any cell of the column, in characters. */
function widestLine(rows: readonly (readonly string[])[], index: number): number {
  let widest = 0;
  for (const row of rows)
    widest = Math.max(widest, longestLineChars(row[index] ?? '', LINE_CAP_CHARS));
  return widest;
}

/**
 * Shares `room` among `columns` by `weights`, never giving one more than `room` up to its
 * `natural` width: what a column cannot use goes to the others (water filling).
 */
function fill(
  columns: readonly number[],
  weights: readonly number[],
  base: readonly number[],
  natural: readonly number[],
  room: number,
): number[] {
  const widths = [...base];
  let active = columns.filter((i) => (weights[i] ?? 0) > 0);
  let left = room;
  while (left > 0.5 && active.length > 0) {
    const sum = active.reduce((total, i) => total + (weights[i] ?? 0), 0);
    const full = active.filter(
      (i) => (widths[i] ?? 0) + (left * (weights[i] ?? 0)) / sum >= (natural[i] ?? 0),
    );
    if (full.length === 0) {
      for (const i of active) widths[i] = (widths[i] ?? 0) + (left * (weights[i] ?? 0)) / sum;
      return widths;
    }
    for (const i of full) {
      left -= (natural[i] ?? 0) - (widths[i] ?? 0);
      widths[i] = natural[i] ?? 0;
    }
    active = active.filter((i) => !full.includes(i));
  }
  return widths;
}

/**
 * Column widths in twips, summing to `totalTwips`.
 *
 * 1. Every column gets its header on one line.
 * 2. Short columns (names, dates, states) get their widest cell on one line, shortest first, as
 *    long as each column of long text keeps at least ten characters a line.
 * 3. The columns of long text share the rest by how much text they hold (weighed by the hint).
 * 4. Room left when everything fits goes to all columns by their hints.
 *
 * When even the headers do not fit, the columns shrink in proportion to their header widths (the
 * headers wrap, but the table stays in the type area).
 */
export function columnWidths(
  columns: readonly WidthColumn[],
  rows: readonly (readonly string[])[],
  totalTwips: number,
): number[] {
  if (columns.length === 0) return [];
  const minimum = columns.map((column) => headerTwips(column.title));
  const minimumSum = minimum.reduce((a, b) => a + b, 0);
  if (minimumSum >= totalTwips) return shareOut(minimum, totalTwips);
  const hintSum = columns.reduce((sum, column) => sum + Math.max(column.width, 0), 0);
  const hint = columns.map((column) =>
    hintSum > 0 ? (Math.max(column.width, 0) * columns.length) / hintSum : 1,
  );
  const widest = columns.map((_, i) => widestLine(rows, i));
  const natural = columns.map((_, i) => Math.max(minimum[i] ?? 0, twipsFor(widest[i] ?? 0)));
  const floor = natural.map((n, i) =>
    Math.min(n, Math.max(minimum[i] ?? 0, twipsFor(LONG_TEXT_CHARS))),
  );
  const granted = new Set<number>();
  const byGrowth = columns
    .map((_, i) => i)
    .filter((i) => (widest[i] ?? 0) <= SHORT_TEXT_CHARS)
    .sort(
      (a, b) => (natural[a] ?? 0) - (minimum[a] ?? 0) - ((natural[b] ?? 0) - (minimum[b] ?? 0)),
    );
  for (const i of byGrowth) {
    const need = columns.reduce(
      (sum, _, j) => sum + (granted.has(j) || j === i ? (natural[j] ?? 0) : (floor[j] ?? 0)),
      0,
    );
    if (need <= totalTwips) granted.add(i);
  }
  const base = minimum.map((m, i) => (granted.has(i) ? (natural[i] ?? 0) : m));
  const open = columns.map((_, i) => i).filter((i) => !granted.has(i));
  // Text beyond the header, weighed by the square root of the hint so the text decides and the
  // hint only leans.
  const extra = columns.map(
    (_, i) =>
      Math.max(twipsFor(textDemand(rows, i)) - (minimum[i] ?? 0), 1) * Math.sqrt(hint[i] ?? 1),
  );
  const room = totalTwips - base.reduce((a, b) => a + b, 0);
  const filled = fill(open, extra, base, natural, room);
  const rest = totalTwips - filled.reduce((a, b) => a + b, 0);
  const spread = shareOut(hint, Math.max(Math.round(rest), 0));
  return shareOut(
    filled.map((w, i) => w + (spread[i] ?? 0)),
    totalTwips,
  );
}
