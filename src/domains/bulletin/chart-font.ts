/**
 * The CJK font for the charts, cut down to the characters each chart draws. resvg reads every
 * font file it is given on each render, and the system's Noto Sans CJK collection is 19 MB (about
 * 200 ms a chart); a subset of a chart's hundred-odd characters is a few KB. The collection is
 * read and handed to HarfBuzz's subsetter (WebAssembly, shipped with the harfbuzzjs package) once
 * per process; each distinct character set is cut once and kept in memory (a few KB), and written
 * to a temporary file only for as long as resvg takes to load it. The layout tables (GSUB, GPOS, …) are left out: the charts
 * are horizontal CJK and digits, which need no shaping features, and keeping them makes each cut
 * several times slower.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The installed CJK collection (fonts-noto-cjk) and the face the charts use in it. */
export const cjkFontFile = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
export const chartFontFamily = 'Noto Sans CJK SC';

/** The exports of harfbuzz-subset.wasm this module calls (pointers are numbers into `memory`). */
interface HbSubset {
  memory: { buffer: ArrayBuffer };
  malloc(size: number): number;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

/** The part of the WebAssembly global used here (the compiler's libraries do not declare it). */
const { WebAssembly: wasmApi } = globalThis as unknown as {
  WebAssembly: {
    Module: new (bytes: Buffer) => object;
    Instance: new (module: object) => { exports: object };
  };
};

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
const droppedTables = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'MATH', 'VORG', 'vhea', 'vmtx'];
const tag = (s: string) =>
  ((s.charCodeAt(0) << 24) | (s.charCodeAt(1) << 16) | (s.charCodeAt(2) << 8) | s.charCodeAt(3)) >>>
  0;

/** The family names (name ID 1, Windows platform) of each face of a TrueType/OpenType collection. */
export function collectionFamilies(file: Buffer): string[][] {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const faceOffsets =
    file.toString('latin1', 0, 4) === 'ttcf'
      ? Array.from({ length: view.getUint32(8) }, (_, i) => view.getUint32(12 + 4 * i))
      : [0];
  return faceOffsets.map((face) => {
    const tables = view.getUint16(face + 4);
    for (let t = 0; t < tables; t++) {
      const record = face + 12 + t * 16;
      if (file.toString('latin1', record, record + 4) !== 'name') continue;
      const name = view.getUint32(record + 8);
      const strings = name + view.getUint16(name + 4);
      const families: string[] = [];
      for (let n = 0; n < view.getUint16(name + 2); n++) {
        const entry = name + 6 + n * 12;
        if (view.getUint16(entry) !== 3 || view.getUint16(entry + 6) !== 1) continue;
        const start = strings + view.getUint16(entry + 10);
        const utf16 = file.subarray(start, start + view.getUint16(entry + 8));
        let family = '';
        for (let i = 0; i + 1 < utf16.length; i += 2)
          family += String.fromCharCode(utf16.readUInt16BE(i));
        families.push(family);
      }
      return families;
    }
    return [];
  });
}

interface Subsetter {
  hb: HbSubset;
  face: number;
  cuts: Map<string, Buffer>;
}

/** At most this many cut fonts are kept; the least recently used goes first. */
const keptCuts = 64;
let written = 0;

let subsetter: Subsetter | null | undefined;

function load(): Subsetter | null {
  if (!existsSync(cjkFontFile)) return null;
  const wasm = createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
  const instance = new wasmApi.Instance(new wasmApi.Module(readFileSync(wasm)));
  const hb = instance.exports as unknown as HbSubset;
  // Read straight into the subsetter's memory: no second 19 MB copy in the JavaScript heap.
  const size = statSync(cjkFontFile).size;
  const data = hb.malloc(size);
  const fd = openSync(cjkFontFile, 'r');
  try {
    for (let done = 0; done < size;) {
      const read = readSync(fd, new Uint8Array(hb.memory.buffer, data + done, size - done));
      if (read === 0) return null;
      done += read;
    }
  } finally {
    closeSync(fd);
  }
  const collection = Buffer.from(hb.memory.buffer, data, size);
  const index = collectionFamilies(collection).findIndex((f) => f.includes(chartFontFamily));
  if (index < 0) return null;
  const blob = hb.hb_blob_create(data, size, HB_MEMORY_MODE_READONLY, 0, 0);
  const face = hb.hb_face_create(blob, index);
  hb.hb_blob_destroy(blob);
  return { hb, face, cuts: new Map() };
}

function cut({ hb, face }: Subsetter, codePoints: number[]): Buffer | null {
  const input = hb.hb_subset_input_create_or_fail();
  if (!input) return null;
  const unicodes = hb.hb_subset_input_unicode_set(input);
  for (const c of codePoints) hb.hb_set_add(unicodes, c);
  const drop = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (const table of droppedTables) hb.hb_set_add(drop, tag(table));
  const subset = hb.hb_subset_or_fail(face, input);
  hb.hb_subset_input_destroy(input);
  if (!subset) return null;
  const blob = hb.hb_face_reference_blob(subset);
  const start = hb.hb_blob_get_data(blob, 0);
  // The memory may have grown during the cut: view it afresh.
  const bytes = Buffer.from(
    new Uint8Array(hb.memory.buffer, start, hb.hb_blob_get_length(blob)).slice(),
  );
  hb.hb_blob_destroy(blob);
  hb.hb_face_destroy(subset);
  return bytes;
}

/** The chart face cut to the characters of `text` (null when it cannot be cut). */
function cutFor(text: string): Buffer | null {
  if (subsetter === undefined) {
    try {
      subsetter = load();
    } catch {
      subsetter = null;
    }
  }
  if (!subsetter) return null;
  const codePoints = [...new Set(Array.from(text, (c) => c.codePointAt(0) ?? 0))].sort(
    (a, b) => a - b,
  );
  const key = createHash('sha1').update(codePoints.join(',')).digest('hex');
  const known = subsetter.cuts.get(key);
  if (known) {
    subsetter.cuts.delete(key);
    subsetter.cuts.set(key, known);
    return known;
  }
  const bytes = cut(subsetter, codePoints);
  if (!bytes) return null;
  subsetter.cuts.set(key, bytes);
  if (subsetter.cuts.size > keptCuts) {
    const oldest = subsetter.cuts.keys().next().value as string;
    subsetter.cuts.delete(oldest);
  }
  return bytes;
}

/**
 * Calls `use` with a font file holding the chart face's glyphs for every character of `text`,
 * removed as soon as `use` returns (resvg reads its fonts when it is constructed), or with null
 * when the CJK collection is not installed or cannot be cut: then the caller lets resvg use the
 * system's fonts.
 */
export function withChartFont<T>(text: string, use: (file: string | null) => T): T {
  const bytes = cutFor(text);
  if (!bytes) return use(null);
  written += 1;
  const file = join(tmpdir(), `duban-chart-font-${process.pid}-${written}.otf`);
  writeFileSync(file, bytes);
  try {
    return use(file);
  } finally {
    rmSync(file, { force: true });
  }
}
