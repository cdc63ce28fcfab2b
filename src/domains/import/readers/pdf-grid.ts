/**
 * Tables read by their drawn borders. The rulings of a page (pdf-rulings.ts) that touch one
 * another vertically make a region; its vertical rulings give the column edges, its horizontal
 * ones the row edges (a table open at the sides or the bottom takes its outer edge from the
 * ends of the other rulings). Where an inner edge is not drawn along a cell, the cells on both
 * sides are one (a group row spanning the table, a cell spanning rows); such a cell's text is
 * repeated in every grid position it covers, as the HTML reader does for colspan and rowspan.
 * Each text run goes to the cell holding its middle; a cell's lines are joined, Chinese without
 * spaces, so text wrapped in a narrow cell reads as written.
 *
 * Time is linear in the runs and rulings, plus the grid's cells (capped) times a logarithm.
 */
import { boxText, type Run } from './pdf-lines.js';
import type { HRule, Rulings, VRule } from './pdf-rulings.js';

/** A table found by its rulings on one page; rows top to bottom, empty rows left out. */
export interface RuledTable {
  page: number;
  top: number;
  bottom: number;
  /** Column edges, left to right. */
  edges: number[];
  rows: string[][];
}

/** Rulings this close (points) are at the same place; a cell's border may fall short by it. */
const TOLERANCE = 2;
/** Grid positions in a page's tables beyond this: not read as tables (a drawing, a chart). */
const MAX_CELLS = 200_000;
/** Ruled tables on one page beyond this are read as running text. */
const MAX_TABLES = 100;

/** Where a ruling lies along its edge: merged intervals, sorted. */
interface Edge {
  at: number;
  spans: [number, number][];
}

interface Grid {
  /** Column edges ascending; row edges descending (top first). */
  xs: Edge[];
  ys: Edge[];
  /** The cell (its first grid position) of each grid position, row-major. */
  cellOf: Int32Array;
  /** The rows (bands between row edges) that are the table's: first and last, inclusive. */
  first: number;
  last: number;
}

/**
 * A band this tall (points) spanning the whole width above the first row split into cells, or
 * below the last, is not a row: it is the inside of a frame drawn around the page or a block of
 * text, which the table's rulings touch.
 */
const FRAME_BAND = 80;

/**
 * The page's ruled tables, and the runs outside them (left for the running text and for
 * tables found by alignment).
 */
export function ruledTables(
  rulings: Rulings,
  runs: Run[],
  page: number,
): { tables: RuledTable[]; rest: Run[] } {
  const grids: Grid[] = [];
  let cells = 0;
  for (const region of regions(rulings)) {
    const grid = gridOf(region.horizontal, region.vertical, MAX_CELLS - cells);
    if (grid) grids.push(grid);
    cells += grid?.cellOf.length ?? 0;
    if (grids.length >= MAX_TABLES) break;
  }
  if (grids.length === 0) return { tables: [], rest: runs };
  const contents = grids.map(() => new Map<number, Run[]>());
  const rest: Run[] = [];
  for (const run of runs) {
    const x = (run.x0 + run.x1) / 2;
    const y = run.y + 0.3 * run.size;
    const k = grids.findIndex((grid) => inside(grid, x, y));
    const grid = grids[k];
    const content = contents[k];
    if (!grid || !content) {
      rest.push(run);
      continue;
    }
    const column = slot(grid.xs, x, true);
    const row = slot(grid.ys, y, false);
    const cell = grid.cellOf[row * (grid.xs.length - 1) + column] ?? 0;
    const list = content.get(cell);
    if (list) list.push(run);
    else content.set(cell, [run]);
  }
  const tables: RuledTable[] = [];
  grids.forEach((grid, k) => {
    const content = contents[k] ?? new Map<number, Run[]>();
    const texts = new Map<number, string>();
    for (const [cell, cellRuns] of content) texts.set(cell, boxText(cellRuns, page));
    const width = grid.xs.length - 1;
    const rows: string[][] = [];
    for (let r = grid.first; r <= grid.last; r++) {
      const row: string[] = [];
      for (let c = 0; c < width; c++) row.push(texts.get(grid.cellOf[r * width + c] ?? 0) ?? '');
      if (row.some((cell) => cell !== '')) rows.push(row);
    }
    if (rows.length > 0) {
      tables.push({
        page,
        top: grid.ys[grid.first]?.at ?? 0,
        bottom: grid.ys[grid.last + 1]?.at ?? 0,
        edges: grid.xs.map((edge) => edge.at),
        rows,
      });
    } else rest.push(...[...content.values()].flat());
  });
  return { tables, rest };
}

function inside(grid: Grid, x: number, y: number): boolean {
  const left = grid.xs[0]?.at ?? 0;
  const right = grid.xs[grid.xs.length - 1]?.at ?? 0;
  const top = grid.ys[grid.first]?.at ?? 0;
  const bottom = grid.ys[grid.last + 1]?.at ?? 0;
  return x >= left && x <= right && y <= top && y >= bottom;
}

/** The band (between two edges) holding v: edges ascending, or descending when !ascending. */
function slot(edges: Edge[], v: number, ascending: boolean): number {
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const at = edges[mid]?.at ?? 0;
    if (ascending ? at <= v : at >= v) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

// ---------------------------------------------------------------- regions

/** Rulings grouped by overlapping vertical extent: each group is one table's borders. */
function regions(rulings: Rulings): Rulings[] {
  const items = [
    ...rulings.horizontal.map((h) => ({ top: h.y, bottom: h.y, h, v: undefined })),
    ...rulings.vertical.map((v) => ({ top: v.y1, bottom: v.y0, h: undefined, v })),
  ].sort((p, q) => q.top - p.top);
  const groups: (Rulings & { bottom: number })[] = [];
  for (const item of items) {
    let group = groups[groups.length - 1];
    if (!group || item.top < group.bottom - TOLERANCE) {
      group = { horizontal: [], vertical: [], bottom: item.bottom };
      groups.push(group);
    }
    group.bottom = Math.min(group.bottom, item.bottom);
    if (item.h) group.horizontal.push(item.h);
    if (item.v) group.vertical.push(item.v);
  }
  return groups.filter((g) => g.vertical.length >= 1 && g.horizontal.length >= 1);
}

// ---------------------------------------------------------------- grid

/** Rulings at (nearly) one position, their extents merged. */
function edgesOf(list: { at: number; from: number; to: number }[]): Edge[] {
  const sorted = [...list].sort((p, q) => p.at - q.at);
  const groups: { at: number; spans: [number, number][] }[] = [];
  let first = Number.NEGATIVE_INFINITY;
  for (const item of sorted) {
    const last = groups[groups.length - 1];
    if (last && item.at - first <= TOLERANCE) last.spans.push([item.from, item.to]);
    else {
      first = item.at;
      groups.push({ at: item.at, spans: [[item.from, item.to]] });
    }
  }
  return groups.map((group) => ({ at: group.at, spans: mergeSpans(group.spans) }));
}

function mergeSpans(spans: [number, number][]): [number, number][] {
  const sorted = [...spans].sort((p, q) => p[0] - q[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1] + TOLERANCE) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/** Whether the edge is drawn all along [lo, hi] (short of it by TOLERANCE at most). */
function covers(edge: Edge, lo: number, hi: number): boolean {
  const from = Math.min(lo + TOLERANCE, (lo + hi) / 2);
  const to = Math.max(hi - TOLERANCE, (lo + hi) / 2);
  let low = 0;
  let high = edge.spans.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((edge.spans[mid]?.[0] ?? 0) <= from) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found >= 0 && (edge.spans[found]?.[1] ?? 0) >= to;
}

/** An outer edge not drawn: the table ends there all along. */
const OPEN = (at: number): Edge => ({ at, spans: [[-Infinity, Infinity]] });

function gridOf(horizontal: HRule[], vertical: VRule[], maxCells: number, depth = 0): Grid | null {
  if (horizontal.length === 0 || vertical.length === 0) return null;
  let xs = edgesOf(vertical.map((v) => ({ at: v.x, from: v.y0, to: v.y1 })));
  let ys = edgesOf(horizontal.map((h) => ({ at: h.y, from: h.x0, to: h.x1 }))).reverse();
  // Sides with no ruling of their own end where the other rulings end.
  const left = Math.min(...horizontal.map((h) => h.x0));
  const right = Math.max(...horizontal.map((h) => h.x1));
  const top = Math.max(...vertical.map((v) => v.y1));
  const bottom = Math.min(...vertical.map((v) => v.y0));
  if (left < (xs[0]?.at ?? left) - 3 * TOLERANCE) xs = [OPEN(left), ...xs];
  if (right > (xs[xs.length - 1]?.at ?? right) + 3 * TOLERANCE) xs = [...xs, OPEN(right)];
  if (top > (ys[0]?.at ?? top) + 3 * TOLERANCE) ys = [OPEN(top), ...ys];
  if (bottom < (ys[ys.length - 1]?.at ?? bottom) - 3 * TOLERANCE) ys = [...ys, OPEN(bottom)];
  if (xs.length < 3 || ys.length < 2 || (xs.length - 1) * (ys.length - 1) > maxCells) return null;
  // Inner edges that bound no cell anywhere (a stray stroke, an underline) are not edges.
  xs = xs.filter(
    (x, i) =>
      i === 0 ||
      i === xs.length - 1 ||
      ys.slice(1).some((y, r) => covers(x, y.at, (ys[r] as Edge).at)),
  );
  ys = ys.filter(
    (y, r) =>
      r === 0 ||
      r === ys.length - 1 ||
      xs.slice(1).some((x, c) => covers(y, (xs[c] as Edge).at, x.at)),
  );
  const width = xs.length - 1;
  const height = ys.length - 1;
  if (width < 2 || height < 1) return null;
  const parent = new Int32Array(width * height).map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while ((parent[root] ?? root) !== root) root = parent[root] ?? root;
    for (let k = i; k !== root;) {
      const next = parent[k] ?? root;
      parent[k] = root;
      k = next;
    }
    return root;
  };
  const union = (a: number, b: number): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const split: boolean[] = [];
  for (let r = 0; r < height; r++) {
    const [upper, lower] = [(ys[r] as Edge).at, (ys[r + 1] as Edge).at];
    split.push(false);
    for (let c = 1; c < width; c++) {
      if (!covers(xs[c] as Edge, lower, upper)) union(r * width + c - 1, r * width + c);
      else split[r] = true;
    }
  }
  const tall = (r: number): boolean =>
    !split[r] && (ys[r] as Edge).at - (ys[r + 1] as Edge).at > FRAME_BAND;
  let first = 0;
  let last = height - 1;
  while (first <= last && tall(first)) first++;
  while (last >= first && tall(last)) last--;
  if (!split.slice(first, last + 1).some(Boolean)) return null;
  if ((first > 0 || last < height - 1) && depth < 2) {
    // A frame around the table: the table is what lies between its rows' edges, without the
    // frame's sides.
    const [top, bottom] = [(ys[first] as Edge).at, (ys[last + 1] as Edge).at];
    const inner = horizontal.filter((h) => h.y <= top + TOLERANCE && h.y >= bottom - TOLERANCE);
    const from = Math.min(...inner.map((h) => h.x0)) - TOLERANCE;
    const to = Math.max(...inner.map((h) => h.x1)) + TOLERANCE;
    const sides = vertical
      .filter((v) => v.x >= from && v.x <= to && v.y1 > bottom && v.y0 < top)
      .map((v) => ({ x: v.x, y0: Math.max(v.y0, bottom), y1: Math.min(v.y1, top) }));
    return gridOf(inner, sides, maxCells, depth + 1);
  }
  for (let r = 1; r < height; r++) {
    for (let c = 0; c < width; c++) {
      const [from, to] = [(xs[c] as Edge).at, (xs[c + 1] as Edge).at];
      if (!covers(ys[r] as Edge, from, to)) union((r - 1) * width + c, r * width + c);
    }
  }
  const cellOf = new Int32Array(width * height);
  for (let i = 0; i < cellOf.length; i++) cellOf[i] = find(i);
  return { xs, ys, cellOf, first, last };
}
