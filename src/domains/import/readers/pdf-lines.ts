/**
 * Lines of a PDF page rebuilt from pdfjs text items: runs on one baseline make a line, sorted by
 * x, with a space only between Latin words or across a wide gap. Shared by the running text and
 * the cells of ruled tables.
 */

/** One text item of pdfjs: a run of glyphs with its left and right ends, baseline and size. */
export interface Run {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** Runs on one baseline, split into pieces where the gap between runs is wide. */
export interface Line {
  page: number;
  y: number;
  size: number;
  pieces: Run[];
  x0: number;
  x1: number;
}

/** Runs whose baselines differ by less than this share of the font size are on one line. */
const BASELINE_TOLERANCE = 0.45;
/** A gap between runs wider than this share of the font size splits a line into pieces. */
const PIECE_GAP = 0.4;

export function linesOf(runs: Run[], page: number): Line[] {
  const sorted = [...runs].sort((p, q) => q.y - p.y || p.x0 - q.x0);
  const groups: Run[][] = [];
  for (const run of sorted) {
    const group = groups[groups.length - 1];
    const first = group?.[0];
    if (group && first && Math.abs(first.y - run.y) <= BASELINE_TOLERANCE * first.size)
      group.push(run);
    else groups.push([run]);
  }
  return groups.map((group) => toLine(group, page));
}

function toLine(group: Run[], page: number): Line {
  const runs = [...group].sort((p, q) => p.x0 - q.x0);
  const pieces: Run[] = [];
  for (const run of runs) {
    const last = pieces[pieces.length - 1];
    if (last && !splits(last, run)) {
      last.text = joinText(last.text, run.text, run.x0 - last.x1 > 0.15 * run.size);
      last.x1 = Math.max(last.x1, run.x1);
    } else pieces.push({ ...run });
  }
  const size = Math.max(...runs.map((r) => r.size));
  const y = runs[0]?.y ?? 0;
  return {
    page,
    y,
    size,
    pieces,
    x0: pieces[0]?.x0 ?? 0,
    x1: Math.max(...pieces.map((p) => p.x1)),
  };
}

const CJK_EDGE = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Whether a gap separates two pieces (table cells, or text set apart): a wide gap always; a
 * narrower one between two Chinese characters, which running text never spaces apart.
 */
function splits(left: Run, right: Run): boolean {
  const gap = right.x0 - left.x1;
  const size = Math.max(left.size, right.size);
  if (gap > PIECE_GAP * size) return true;
  return (
    gap > 0.1 * size && CJK_EDGE.test(left.text.slice(-1)) && CJK_EDGE.test(right.text[0] ?? '')
  );
}

const LATIN_END = /[A-Za-z0-9.,;:)%]$/;
const LATIN_START = /^[A-Za-z0-9(]/;

/** Chinese needs no spaces; Latin words separated by a visible gap get one. */
export function joinText(left: string, right: string, gap: boolean): string {
  const l = left.trimEnd();
  const r = right.trimStart();
  const space = gap && LATIN_END.test(l) && LATIN_START.test(r) && !/\d$/.test(l);
  return space || (gap && /[A-Za-z]$/.test(l) && /^[A-Za-z0-9]/.test(r)) ? `${l} ${r}` : l + r;
}

export function lineText(line: Line): string {
  let text = '';
  let end = 0;
  for (const piece of line.pieces) {
    if (text === '') text = piece.text.trim();
    else {
      const wide = piece.x0 - end > 1.5 * line.size;
      text = wide ? `${text.trimEnd()} ${piece.text.trim()}` : joinText(text, piece.text, true);
    }
    end = piece.x1;
  }
  return text.trim();
}

/** The text of runs laid out in one box (a table cell): its lines joined, Chinese unspaced. */
export function boxText(runs: Run[], page: number): string {
  let text = '';
  for (const line of linesOf(runs, page)) {
    const current = lineText(line);
    if (current !== '') text = text === '' ? current : joinText(text, current, true);
  }
  return text;
}
