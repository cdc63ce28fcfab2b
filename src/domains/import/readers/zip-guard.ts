/**
 * Zip-bomb guard for .docx/.xlsx, run before mammoth or exceljs see the bytes.
 *
 * Both libraries inflate every part into memory and trust the archive. A 20 MB upload can
 * inflate to ~20 GB, so we read the central directory ourselves (bounded: at most
 * ZIP_MAX_ENTRIES records), reject archives that declare too much, and then inflate each
 * entry with an output cap equal to its declared size, so an archive that lies about its
 * sizes is caught too. Only what Office files use is supported: stored and deflate entries,
 * with Zip64 records read when present.
 */

import { inflateRawSync } from 'node:zlib';
import { formatMb, ImportError, ZIP_MAX_ENTRIES, ZIP_MAX_UNCOMPRESSED_BYTES } from './limits.js';

/** What the caller expects the archive to be. */
export interface ZipKind {
  /** Message when the bytes are not that kind of file. */
  notValid: string;
  /** A part every such file has; its absence means e.g. an .xlsx renamed to .docx. */
  requiredEntry?: string;
}

export const DOCX_ZIP: ZipKind = {
  notValid: '不是有效的 Word 文件 / not a valid .docx file',
  requiredEntry: 'word/document.xml',
};

export const XLSX_ZIP: ZipKind = {
  notValid: '不是有效的 Excel 文件 / not a valid .xlsx file',
  requiredEntry: 'xl/workbook.xml',
};

/** One central-directory record. */
export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;

/**
 * Receives each entry's content once its size is verified, for checks of what is inside
 * (see xlsx-ranges.ts). The bytes are not kept, so only one entry is in memory at a time.
 */
export type ZipEntryVisitor = (entry: ZipEntry, data: Uint8Array) => void;

/**
 * Lists entries, then checks totals and actual inflated sizes; returns the entries. `visit`,
 * if given, sees every entry's inflated bytes in archive order.
 */
export function guardZip(bytes: Uint8Array, kind: ZipKind, visit?: ZipEntryVisitor): ZipEntry[] {
  const entries = listZipEntries(bytes, kind);
  assertDeclaredTotal(entries);
  if (kind.requiredEntry && !entries.some((e) => e.name === kind.requiredEntry)) {
    throw new ImportError('bad_file', kind.notValid);
  }
  // Each entry may produce at most its declared size, so the declared total bounds memory.
  for (const entry of entries) {
    const data = verifyEntry(bytes, entry, kind);
    visit?.(entry, data);
  }
  return entries;
}

/** Reads the central directory; throws bad_file if there is none, too_large if it is huge. */
export function listZipEntries(bytes: Uint8Array, kind: ZipKind): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) throw new ImportError('bad_file', kind.notValid);
  const dir = readDirectoryLocation(view, eocd, kind);
  if (dir.count > ZIP_MAX_ENTRIES) {
    throw new ImportError(
      'too_large',
      `压缩包内文件过多（上限 ${ZIP_MAX_ENTRIES} 个）/ too many entries in archive (limit ${ZIP_MAX_ENTRIES})`,
    );
  }
  if (dir.offset + dir.size > view.byteLength) throw new ImportError('bad_file', kind.notValid);
  return readEntries(view, dir, kind);
}

/** The EOCD record sits at the end, followed only by a comment of at most 64 KB. */
function findEocd(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_SIZE - MAX_COMMENT);
  for (let at = view.byteLength - EOCD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) === SIG_EOCD) return at;
  }
  return -1;
}

interface DirectoryLocation {
  count: number;
  size: number;
  offset: number;
}

function readDirectoryLocation(view: DataView, eocd: number, kind: ZipKind): DirectoryLocation {
  const dir = {
    count: view.getUint16(eocd + 10, true),
    size: view.getUint32(eocd + 12, true),
    offset: view.getUint32(eocd + 16, true),
  };
  // All-ones fields mean "see the Zip64 record"; some writers emit it even for small files.
  const zip64 = dir.count === U16_MAX || dir.size === U32_MAX || dir.offset === U32_MAX;
  return zip64 ? readZip64Location(view, eocd, kind) : dir;
}

function readZip64Location(view: DataView, eocd: number, kind: ZipKind): DirectoryLocation {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== SIG_ZIP64_LOCATOR) {
    throw new ImportError('bad_file', kind.notValid);
  }
  const record = safeNumber(view.getBigUint64(locator + 8, true), kind);
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== SIG_ZIP64_EOCD) {
    throw new ImportError('bad_file', kind.notValid);
  }
  return {
    count: safeNumber(view.getBigUint64(record + 32, true), kind),
    size: safeNumber(view.getBigUint64(record + 40, true), kind),
    offset: safeNumber(view.getBigUint64(record + 48, true), kind),
  };
}

function readEntries(view: DataView, dir: DirectoryLocation, kind: ZipKind): ZipEntry[] {
  const entries: ZipEntry[] = [];
  const end = dir.offset + dir.size;
  let at = dir.offset;
  for (let i = 0; i < dir.count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== SIG_CENTRAL) {
      throw new ImportError('bad_file', kind.notValid);
    }
    entries.push(readEntry(view, at, kind));
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return entries;
}

function readEntry(view: DataView, at: number, kind: ZipKind): ZipEntry {
  const nameLength = view.getUint16(at + 28, true);
  if (at + 46 + nameLength > view.byteLength) throw new ImportError('bad_file', kind.notValid);
  const nameBytes = new Uint8Array(view.buffer, view.byteOffset + at + 46, nameLength);
  const entry: ZipEntry = {
    // Office writes ASCII part names; non-UTF-8 names only matter for messages.
    name: new TextDecoder().decode(nameBytes),
    flags: view.getUint16(at + 8, true),
    method: view.getUint16(at + 10, true),
    compressedSize: view.getUint32(at + 20, true),
    uncompressedSize: view.getUint32(at + 24, true),
    localHeaderOffset: view.getUint32(at + 42, true),
  };
  const extraStart = at + 46 + nameLength;
  applyZip64Extra(view, extraStart, view.getUint16(at + 30, true), entry, kind);
  return entry;
}

/**
 * Zip64 extra field (id 1): 64-bit values for exactly those of uncompressed size,
 * compressed size and local offset whose 32-bit field is all ones, in that order.
 */
function applyZip64Extra(
  view: DataView,
  start: number,
  length: number,
  entry: ZipEntry,
  kind: ZipKind,
): void {
  const end = Math.min(start + length, view.byteLength);
  for (let at = start; at + 4 <= end; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) !== 1) continue;
    let field = at + 4;
    const next = (): number => {
      if (field + 8 > end) throw new ImportError('bad_file', kind.notValid);
      const value = safeNumber(view.getBigUint64(field, true), kind);
      field += 8;
      return value;
    };
    if (entry.uncompressedSize === U32_MAX) entry.uncompressedSize = next();
    if (entry.compressedSize === U32_MAX) entry.compressedSize = next();
    if (entry.localHeaderOffset === U32_MAX) entry.localHeaderOffset = next();
    return;
  }
}

/** Rejects on declared sizes alone, before inflating anything. */
function assertDeclaredTotal(entries: ZipEntry[]): void {
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > ZIP_MAX_UNCOMPRESSED_BYTES) throw tooLargeUncompressed();
}

function tooLargeUncompressed(): ImportError {
  const mb = formatMb(ZIP_MAX_UNCOMPRESSED_BYTES);
  return new ImportError(
    'too_large',
    `解压后内容过大（上限 ${mb}），可能是压缩炸弹 / uncompressed content too large (limit ${mb}); possibly a zip bomb`,
  );
}

/**
 * Inflates one entry with its declared size as the hard output cap; a mismatch means a
 * corrupt or deliberately lying archive. Returns the content.
 */
function verifyEntry(bytes: Uint8Array, entry: ZipEntry, kind: ZipKind): Uint8Array {
  if (entry.flags & 1) {
    throw new ImportError(
      'bad_file',
      '文件已加密，请先取消密码保护 / file is encrypted; remove the password first',
    );
  }
  const data = entryData(bytes, entry, kind);
  if (entry.method === 0) {
    if (data.byteLength !== entry.uncompressedSize) throw sizeMismatch(entry);
    return data;
  }
  if (entry.method !== 8) {
    throw new ImportError(
      'bad_file',
      `${kind.notValid}（不支持的压缩方式 ${entry.method} / unsupported compression method ${entry.method}）`,
    );
  }
  const inflated = inflateCapped(data, entry.uncompressedSize, entry);
  if (inflated.byteLength !== entry.uncompressedSize) throw sizeMismatch(entry);
  return inflated;
}

function inflateCapped(data: Uint8Array, cap: number, entry: ZipEntry): Uint8Array {
  try {
    // Capped one above the declared size, so "more than declared" is detectable.
    return inflateRawSync(data, { maxOutputLength: cap + 1 });
  } catch {
    throw sizeMismatch(entry);
  }
}

function sizeMismatch(entry: ZipEntry): ImportError {
  return new ImportError(
    'bad_file',
    `文件已损坏或内容与记录不符（${entry.name}），可能是压缩炸弹 / ` +
      `corrupt archive: ${entry.name} does not match its declared size (possibly a zip bomb)`,
  );
}

/** The compressed bytes of an entry, located through its local header. */
function entryData(bytes: Uint8Array, entry: ZipEntry, kind: ZipKind): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== SIG_LOCAL) {
    throw new ImportError('bad_file', kind.notValid);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > view.byteLength)
    throw new ImportError('bad_file', kind.notValid);
  return bytes.subarray(start, start + entry.compressedSize);
}

function safeNumber(value: bigint, kind: ZipKind): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ImportError('bad_file', kind.notValid);
  return Number(value);
}
