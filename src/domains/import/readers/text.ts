/**
 * Plain-text notices: byte decoding (UTF-8/UTF-16/GB18030) and one paragraph block per line.
 *
 * Notices copied out of Word on Chinese Windows are often saved as GBK ("ANSI"), so
 * decoding cannot assume UTF-8; but UTF-8 is strict enough that valid UTF-8 is almost never
 * a GBK file by accident, which makes "try UTF-8, else GB18030" a safe detection order.
 */

import iconv from 'iconv-lite';
import type { SourceBlock, SourceDocument } from '../draft.js';
import { assertSize, ImportError, TEXT_MAX_BYTES } from './limits.js';
import { checkTextBudget } from './read-budget.js';

const BAD_ENCODING =
  '文件编码无法识别（支持 UTF-8、UTF-16、GB18030/GBK 文本）/ ' +
  'unrecognised text encoding (supported: UTF-8, UTF-16, GB18030/GBK text)';

/**
 * The only control characters a typed notice contains: tab, LF, VT, FF and CR, which
 * Word's plain-text export emits. Any other one means binary data.
 */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d]);

/** Decodes a text file, detecting the encoding; throws ImportError('bad_encoding'). */
export function decodeText(bytes: Uint8Array): string {
  const text = decodeByBom(bytes) ?? decodeWithoutBom(bytes);
  assertPlausibleText(text);
  return text;
}

/** Reads a text file as one paragraph block per non-empty line. */
export function readText(bytes: Uint8Array): SourceDocument {
  assertSize(bytes.byteLength, TEXT_MAX_BYTES);
  const text = decodeText(bytes);
  checkTextBudget(text);
  return { blocks: linesToBlocks(text) };
}

/**
 * Every line is kept as written (leading tabs included) because flattened tables put one
 * cell per tab-indented line, and a line holding only a tab is an empty cell, not a gap.
 * Only truly empty lines are dropped.
 */
function linesToBlocks(text: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  text.split(/\r\n|\n|\r/).forEach((line, index) => {
    if (line !== '') blocks.push({ kind: 'paragraph', text: line, line: index + 1 });
  });
  return blocks;
}

/** A byte-order mark is authoritative: Notepad writes one for UTF-8 and UTF-16 files. */
function decodeByBom(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return strictDecode('utf-8', bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return strictDecode('utf-16le', bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return strictDecode('utf-16be', bytes.subarray(2));
  return undefined;
}

/** Without a BOM: UTF-8 if it validates, else GB18030 (a superset of GBK and GB2312). */
function decodeWithoutBom(bytes: Uint8Array): string {
  // NUL never appears in UTF-8 or GB18030 text; it marks a binary file (or BOM-less UTF-16).
  if (bytes.includes(0)) throw new ImportError('bad_encoding', BAD_ENCODING);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeGb18030(bytes);
  }
}

/** iconv-lite substitutes U+FFFD for byte sequences GB18030 cannot map, so any is fatal. */
function decodeGb18030(bytes: Uint8Array): string {
  const text = iconv.decode(bytes, 'gb18030');
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) throw new ImportError('bad_encoding', BAD_ENCODING, { line: lineOf(text, bad) });
  return text;
}

function strictDecode(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('bad_encoding', BAD_ENCODING);
  }
}

/** Catches binary data that happens to decode (e.g. a renamed image without NUL bytes). */
function assertPlausibleText(text: string): void {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const junk = (code < 0x20 && !TEXT_CONTROLS.has(code)) || code === 0x7f;
    if (junk) throw new ImportError('bad_encoding', BAD_ENCODING, { line: lineOf(text, i) });
  }
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}
