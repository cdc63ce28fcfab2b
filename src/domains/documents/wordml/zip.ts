/**
 * A minimal ZIP writer for .docx packages: entries deflated by Node's own zlib (or stored), one
 * central directory, no ZIP64 (a document is far below 4 GB).
 *
 * Node's native deflate compresses the few megabytes of a thousand-task bulletin in about ten
 * milliseconds, some fifteen times faster than the JavaScript deflaters of the zip libraries.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Path inside the archive, ASCII. */
  readonly name: string;
  readonly data: Uint8Array;
  /** Already compressed data (PNG) is stored; text is deflated. */
  readonly store?: boolean;
}

const DEFLATE = 8;
const STORE = 0;
const VERSION = 20;

/** MS-DOS time and date fields of `when`, local to no zone (UTC). */
function dosDateTime(when: Date): { time: number; date: number } {
  const time =
    (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1);
  const date =
    ((when.getUTCFullYear() - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate();
  return { time, date };
}

interface Written {
  readonly name: Buffer;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
}

function localHeader(w: Written, stamp: { time: number; date: number }): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(VERSION, 4);
  h.writeUInt16LE(0, 6);
  h.writeUInt16LE(w.method, 8);
  h.writeUInt16LE(stamp.time, 10);
  h.writeUInt16LE(stamp.date, 12);
  h.writeUInt32LE(w.crc, 14);
  h.writeUInt32LE(w.compressedSize, 18);
  h.writeUInt32LE(w.size, 22);
  h.writeUInt16LE(w.name.length, 26);
  h.writeUInt16LE(0, 28);
  return h;
}

function centralHeader(w: Written, stamp: { time: number; date: number }): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(VERSION, 4);
  h.writeUInt16LE(VERSION, 6);
  h.writeUInt16LE(0, 8);
  h.writeUInt16LE(w.method, 10);
  h.writeUInt16LE(stamp.time, 12);
  h.writeUInt16LE(stamp.date, 14);
  h.writeUInt32LE(w.crc, 16);
  h.writeUInt32LE(w.compressedSize, 20);
  h.writeUInt32LE(w.size, 24);
  h.writeUInt16LE(w.name.length, 28);
  // Extra field, comment, disk number, attributes: all zero.
  h.writeUInt32LE(w.offset, 42);
  return h;
}

function endOfCentralDirectory(entries: number, size: number, offset: number): Buffer {
  const h = Buffer.alloc(22);
  h.writeUInt32LE(0x06054b50, 0);
  h.writeUInt16LE(entries, 8);
  h.writeUInt16LE(entries, 10);
  h.writeUInt32LE(size, 12);
  h.writeUInt32LE(offset, 16);
  return h;
}

/** The archive of `entries`, in order, stamped `when`. */
export function zip(entries: readonly ZipEntry[], when = new Date()): Buffer {
  const stamp = dosDateTime(when);
  const chunks: Uint8Array[] = [];
  const written: Written[] = [];
  let offset = 0;
  for (const entry of entries) {
    const body = entry.store ? entry.data : deflateRawSync(entry.data, { level: 6 });
    const w: Written = {
      name: Buffer.from(entry.name, 'utf8'),
      method: entry.store ? STORE : DEFLATE,
      crc: crc32(entry.data),
      compressedSize: body.byteLength,
      size: entry.data.byteLength,
      offset,
    };
    const header = localHeader(w, stamp);
    chunks.push(header, w.name, body);
    offset += header.length + w.name.length + body.byteLength;
    written.push(w);
  }
  const central = written.flatMap((w) => [centralHeader(w, stamp), w.name]);
  const centralSize = central.reduce((sum, b) => sum + b.length, 0);
  chunks.push(...central, endOfCentralDirectory(written.length, centralSize, offset));
  return Buffer.concat(chunks);
}
