/**
 * Test support for the reader tests (not used by the application): fixture access, the
 * expected task table parsed independently from the .txt, and a tiny zip writer for
 * building broken and malicious archives byte by byte.
 */

import { readFileSync } from 'node:fs';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { expect } from 'vitest';
import type { PlanDraft } from '../draft.js';
import { ImportError } from './limits.js';
import { listZipEntries, XLSX_ZIP } from './zip-guard.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);
export const BASE = 'chuzhou-cast-2017-workplan';

/** Bytes of a file in src/domains/import/fixtures. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, FIXTURES)));
}

export function fixtureText(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

/**
 * The key-task table of the worked example: after '2017年滁州市科协重点工作任务表' each
 * tab-indented line is a cell and blank lines separate rows; the last row lacks its final
 * empty cell, so rows are padded to 7.
 */
export function expectedTaskTable(): string[][] {
  const lines = fixtureText(`${BASE}.txt`).split('\n');
  const groups: string[][] = [];
  let inGroup = false;
  for (const line of lines.slice(lines.lastIndexOf('2017年滁州市科协重点工作任务表') + 1)) {
    if (line.startsWith('\t')) {
      if (!inGroup) groups.push([]);
      groups[groups.length - 1]?.push(line.slice(1));
    }
    inGroup = line.startsWith('\t');
  }
  return groups.slice(-11).map((g) => [...g, ...Array<string>(7 - g.length).fill('')]);
}

/** One archive member; the optional fields let a test lie about it. */
export interface TestZipEntry {
  name: string;
  data: Uint8Array | string;
  /** 0 stored, 8 deflate (default). */
  method?: number;
  /** Uncompressed size written to the central directory instead of the real one. */
  declaredSize?: number;
  flags?: number;
  /** Write sizes as 0xFFFFFFFF plus a Zip64 extra field carrying `declaredSize`/real size. */
  zip64?: boolean;
}

interface Packed {
  entry: TestZipEntry;
  name: Uint8Array;
  raw: Uint8Array;
  body: Uint8Array;
  offset: number;
}

/** Builds a zip archive (local headers, central directory, EOCD). */
export function buildZip(entries: TestZipEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  let offset = 0;
  const packed: Packed[] = entries.map((entry) => {
    const raw = typeof entry.data === 'string' ? new TextEncoder().encode(entry.data) : entry.data;
    const body = (entry.method ?? 8) === 8 ? new Uint8Array(deflateRawSync(raw)) : raw;
    const p = { entry, name: new TextEncoder().encode(entry.name), raw, body, offset };
    const local = concat([header(0x04034b50, p, false), p.name, p.body]);
    parts.push(local);
    offset += local.byteLength;
    return p;
  });
  const central = concat(
    packed.map((p) => concat([header(0x02014b50, p, true), p.name, zip64Extra(p)])),
  );
  return concat([...parts, central, eocd(packed.length, central.byteLength, offset)]);
}

function header(signature: number, p: Packed, central: boolean): Uint8Array {
  const size = central ? 46 : 30;
  const view = new DataView(new ArrayBuffer(size));
  const { entry } = p;
  const usize = entry.zip64 ? 0xffffffff : (entry.declaredSize ?? p.raw.byteLength);
  const csize = entry.zip64 ? 0xffffffff : p.body.byteLength;
  const shift = central ? 2 : 0; // central headers have an extra "version made by" field
  view.setUint32(0, signature, true);
  view.setUint16(4, 20, true);
  if (central) view.setUint16(6, 20, true);
  view.setUint16(6 + shift, entry.flags ?? 0, true);
  view.setUint16(8 + shift, entry.method ?? 8, true);
  view.setUint32(14 + shift, crc32(p.raw), true);
  view.setUint32(18 + shift, csize, true);
  view.setUint32(22 + shift, usize, true);
  view.setUint16(26 + shift, p.name.byteLength, true);
  if (central) {
    view.setUint16(30, zip64Extra(p).byteLength, true);
    view.setUint32(42, p.offset, true);
  }
  return new Uint8Array(view.buffer);
}

function zip64Extra(p: Packed): Uint8Array {
  if (!p.entry.zip64) return new Uint8Array(0);
  const view = new DataView(new ArrayBuffer(20));
  view.setUint16(0, 1, true);
  view.setUint16(2, 16, true);
  view.setBigUint64(4, BigInt(p.entry.declaredSize ?? p.raw.byteLength), true);
  view.setBigUint64(12, BigInt(p.body.byteLength), true);
  return new Uint8Array(view.buffer);
}

function eocd(count: number, size: number, offset: number): Uint8Array {
  const view = new DataView(new ArrayBuffer(22));
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, count, true);
  view.setUint16(10, count, true);
  view.setUint32(12, size, true);
  view.setUint32(16, offset, true);
  return new Uint8Array(view.buffer);
}

/** An Office file's parts as text (they are UTF-8 XML), in archive order. */
export function unzipText(bytes: Uint8Array): { name: string; data: string }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return listZipEntries(bytes, XLSX_ZIP).map((entry) => {
    const at = entry.localHeaderOffset;
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const raw = bytes.subarray(start, start + entry.compressedSize);
    const data = entry.method === 8 ? inflateRawSync(raw) : raw;
    return { name: entry.name, data: new TextDecoder().decode(data) };
  });
}

/** `bytes` re-zipped with the named parts' XML edited and `added` entries appended. */
export function rezip(
  bytes: Uint8Array,
  edits: Readonly<Record<string, (xml: string) => string>>,
  added: TestZipEntry[] = [],
): Uint8Array {
  const parts = unzipText(bytes).map((p) => ({
    name: p.name,
    data: edits[p.name]?.(p.data) ?? p.data,
  }));
  return buildZip([...parts, ...added]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

/** The ImportError a reader rejects with; fails the test when it resolves or throws another. */
export async function importError(promise: Promise<unknown>): Promise<ImportError> {
  const caught = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(caught).toBeInstanceOf(ImportError);
  return caught as ImportError;
}

/** What a notice's forms must agree on: plan, outline and each task's content and responsibility. */
export function draftShape(draft: PlanDraft) {
  return {
    plan: draft.plan,
    sections: draft.sections.map((s) => [s.heading, s.items]),
    items: draft.items.map((i) => i.title),
    tasks: draft.tasks.map((t) => [
      t.content.replace(/\s/g, ''),
      t.owners,
      t.departments,
      t.coDepartments,
      t.deadline,
    ]),
  };
}
