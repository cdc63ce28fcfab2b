/**
 * The ruling lines of a PDF page — the drawn borders of table cells — from pdfjs's operator
 * list: stroked horizontal and vertical segments (lines, and the sides of stroked rectangles)
 * and filled rectangles thin enough to be lines, in page space (the transforms of the graphics
 * state and of form XObjects applied). Curves, slanted lines, clipping paths, white lines and
 * filled areas (cell shading) are not rulings.
 *
 * pdfjs 5 packs a path into one constructPath operator: [paint operator, [path data], bounding
 * box], the data a flat list of DrawOPS (moveTo x y, lineTo x y, curveTo 6 numbers,
 * quadraticCurveTo 4, closePath).
 */

/** The operator codes used here, as pdfjs's OPS names them. */
export interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  setStrokeRGBColor: number;
  setFillRGBColor: number;
}

/** A horizontal ruling at y from x0 to x1, or a vertical one at x from y0 to y1. */
export interface HRule {
  y: number;
  x0: number;
  x1: number;
}
export interface VRule {
  x: number;
  y0: number;
  y1: number;
}

export interface Rulings {
  horizontal: HRule[];
  vertical: VRule[];
}

/** Rulings on one page beyond this are not a table's borders (a drawing, a chart): ignored. */
export const MAX_RULINGS = 20_000;

/** Slope allowed in a ruling, in points over its length. */
const STRAIGHT = 0.5;
/** A filled rectangle at most this thick (in points) is a line. */
const THIN = 2.5;
/** Rulings shorter than this (points) are dots or glyph parts. */
const SHORT = 3;

type Matrix = [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: readonly number[]): Matrix {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = n;
  return [
    m[0] * a + m[2] * b,
    m[1] * a + m[3] * b,
    m[0] * c + m[2] * d,
    m[1] * c + m[3] * d,
    m[0] * e + m[2] * f + m[4],
    m[1] * e + m[3] * f + m[5],
  ];
}

interface State {
  ctm: Matrix;
  strokeVisible: boolean;
  fillVisible: boolean;
}

/** DrawOPS codes of pdfjs 5's packed path data. */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

type Point = [number, number];
/** A subpath: its points, and whether it has curves (never a ruling then). */
interface Subpath {
  points: Point[];
  curved: boolean;
  closed: boolean;
}

const isNumbers = (value: unknown): value is ArrayLike<number> =>
  Array.isArray(value) || ArrayBuffer.isView(value);

/** Near-white (every channel at least 0xf5): drawn but not seen, not a border. */
function visibleColor(args: unknown): boolean {
  const first = Array.isArray(args) ? (args as unknown[])[0] : undefined;
  if (typeof first === 'string' && /^#[0-9a-f]{6}$/i.test(first)) {
    const channels = [1, 3, 5].map((i) => parseInt(first.slice(i, i + 2), 16));
    return channels.some((v) => v < 0xf5);
  }
  if (Array.isArray(args) && args.length >= 3 && args.every((v) => typeof v === 'number')) {
    const scale = args.some((v) => v > 1) ? 255 : 1;
    return args.slice(0, 3).some((v) => v / scale < 0xf5 / 255);
  }
  return true;
}

/**
 * The page's rulings; null when there are more than MAX_RULINGS (then the page is read as if it
 * had none).
 */
export function rulingsOf(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  ops: OpCodes,
): Rulings | null {
  const rulings: Rulings = { horizontal: [], vertical: [] };
  const stack: State[] = [];
  let state: State = { ctm: IDENTITY, strokeVisible: true, fillVisible: true };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i];
    if (fn === ops.save) stack.push({ ...state });
    else if (fn === ops.restore) state = stack.pop() ?? state;
    else if (fn === ops.transform && isNumbers(args))
      state = { ...state, ctm: multiply(state.ctm, Array.from(args)) };
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push({ ...state });
      const matrix = Array.isArray(args) ? (args as unknown[])[0] : undefined;
      if (isNumbers(matrix) && matrix.length === 6)
        state = { ...state, ctm: multiply(state.ctm, Array.from(matrix)) };
    } else if (fn === ops.paintFormXObjectEnd) state = stack.pop() ?? state;
    else if (fn === ops.setStrokeRGBColor) state = { ...state, strokeVisible: visibleColor(args) };
    else if (fn === ops.setFillRGBColor) state = { ...state, fillVisible: visibleColor(args) };
    else if (fn === ops.constructPath && Array.isArray(args)) {
      addPath(rulings, args as unknown[], state, ops);
      if (full(rulings)) return null;
    }
  }
  return rulings;
}

function addPath(rulings: Rulings, args: unknown[], state: State, ops: OpCodes): void {
  const [paint, data] = args;
  if (typeof paint !== 'number' || !Array.isArray(data) || !isNumbers(data[0])) return;
  const subpaths = drawOpsSubpaths(data[0]);
  const stroke = [
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ].includes(paint);
  const fill = [
    ops.fill,
    ops.eoFill,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ].includes(paint);
  const closeAll = [ops.closeStroke, ops.closeFillStroke, ops.closeEOFillStroke].includes(paint);
  for (const subpath of subpaths) {
    if (subpath.curved) continue;
    const points = subpath.points.map(([x, y]) => apply(state.ctm, x, y));
    if (stroke && state.strokeVisible) strokeRulings(rulings, points, subpath.closed || closeAll);
    if (fill && state.fillVisible) fillRuling(rulings, points);
  }
}

function apply(m: Matrix, x: number, y: number): Point {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function drawOpsSubpaths(data: ArrayLike<number>): Subpath[] {
  const subpaths: Subpath[] = [];
  let current: Subpath | undefined;
  const at = (k: number): number => Number(data[k]);
  for (let k = 0; k < data.length;) {
    const op = data[k++];
    if (op === DRAW.moveTo || op === DRAW.lineTo) {
      const point: Point = [at(k), at(k + 1)];
      k += 2;
      if (op === DRAW.moveTo || !current) {
        current = { points: [point], curved: false, closed: false };
        subpaths.push(current);
      } else current.points.push(point);
    } else if (op === DRAW.curveTo || op === DRAW.quadraticCurveTo) {
      k += op === DRAW.curveTo ? 6 : 4;
      if (current) current.curved = true;
    } else if (op === DRAW.closePath) {
      if (current) current.closed = true;
    } else break;
  }
  return subpaths;
}

const full = (rulings: Rulings): boolean =>
  rulings.horizontal.length + rulings.vertical.length > MAX_RULINGS;

function strokeRulings(rulings: Rulings, points: Point[], closed: boolean): void {
  const count = closed ? points.length : points.length - 1;
  for (let i = 0; i < count && full(rulings) === false; i++) {
    const a = points[i];
    const b = points[(i + 1) % points.length];
    if (a && b) addSegment(rulings, a, b);
  }
}

function addSegment(rulings: Rulings, [ax, ay]: Point, [bx, by]: Point): void {
  if (![ax, ay, bx, by].every(Number.isFinite)) return;
  if (Math.abs(ay - by) <= STRAIGHT && Math.abs(ax - bx) >= SHORT)
    rulings.horizontal.push({ y: (ay + by) / 2, x0: Math.min(ax, bx), x1: Math.max(ax, bx) });
  else if (Math.abs(ax - bx) <= STRAIGHT && Math.abs(ay - by) >= SHORT)
    rulings.vertical.push({ x: (ax + bx) / 2, y0: Math.min(ay, by), y1: Math.max(ay, by) });
}

/** A filled shape whose box is thin and long (and whose sides are axis-aligned) is a line. */
function fillRuling(rulings: Rulings, points: Point[]): void {
  if (points.length < 2) return;
  for (let i = 0; i < points.length; i++) {
    const a = points[i] as Point;
    const b = points[(i + 1) % points.length] as Point;
    if (Math.abs(a[0] - b[0]) > STRAIGHT && Math.abs(a[1] - b[1]) > STRAIGHT) return;
  }
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const [x, y] of points) {
    [x0, x1, y0, y1] = [Math.min(x0, x), Math.max(x1, x), Math.min(y0, y), Math.max(y1, y)];
  }
  if (![x0, x1, y0, y1].every(Number.isFinite)) return;
  const width = x1 - x0;
  const height = y1 - y0;
  if (height <= THIN && width >= SHORT && width > 2 * height)
    rulings.horizontal.push({ y: (y0 + y1) / 2, x0, x1 });
  else if (width <= THIN && height >= SHORT && height > 2 * width)
    rulings.vertical.push({ x: (x0 + x1) / 2, y0, y1 });
}
