/**
 * Entry point for uploaded notice files: picks a reader from the file's name and its first
 * bytes, enforces the size caps, and returns the document's blocks.
 *
 * Names lie: files downloaded from government sites are often renamed or carry the wrong
 * extension, so a zip is identified by the parts inside it (word/document.xml,
 * xl/workbook.xml) rather than by its name. The name is trusted only for plain text.
 */

import type { SourceBlock, SourceDocument } from '../draft.js';
import { NOT_DOC, readDoc } from './doc.js';
import { readDocx } from './docx.js';
import { readHtml } from './html.js';
import { assertSize, ImportError, OFFICE_MAX_BYTES, TEXT_MAX_BYTES } from './limits.js';
import { NOT_PDF, readPdf } from './pdf.js';
import { decodeText, readText } from './text.js';
import { readXlsx } from './xlsx.js';
import { DOCX_ZIP, listZipEntries, XLSX_ZIP, type ZipKind } from './zip-guard.js';

export { ImportError } from './limits.js';

export type NoticeFileKind = 'text' | 'html' | 'docx' | 'xlsx' | 'pdf' | 'doc';

const BY_EXTENSION: Readonly<Record<string, NoticeFileKind>> = {
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
  docx: 'docx',
  xlsx: 'xlsx',
  pdf: 'pdf',
  doc: 'doc',
  wps: 'doc',
};

/** HTML is text, so it shares the text cap; Office files carry images and get more. */
const SIZE_CAP: Readonly<Record<NoticeFileKind, number>> = {
  text: TEXT_MAX_BYTES,
  html: TEXT_MAX_BYTES,
  docx: OFFICE_MAX_BYTES,
  xlsx: OFFICE_MAX_BYTES,
  pdf: OFFICE_MAX_BYTES,
  doc: OFFICE_MAX_BYTES,
};

const OFFICE_ZIP: ZipKind = { notValid: '不是有效的 Office 文件 / not a valid Office file' };

const SUPPORTED = '.txt、.html、.docx、.xlsx、.pdf、.doc、.wps';
const SUPPORTED_EN = '.txt, .html, .docx, .xlsx, .pdf, .doc, .wps';

/** Compound File (OLE2) signature: legacy .doc/.xls, and password-protected .docx/.xlsx. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** '%PDF-': a PDF whatever its name says. */
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d];
/** Stream names in an OLE directory (UTF-16LE): a Word 97/WPS document, an encrypted OOXML. */
const WORD_STREAM = utf16('WordDocument');
const ENCRYPTION_STREAM = utf16('EncryptionInfo');
/** 'PK\x03\x04' (first local header) or 'PK\x05\x06' (empty archive); bare 'PK' could be text. */
const ZIP_MAGICS = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
];

/** Reads an uploaded notice; throws ImportError for anything it cannot turn into blocks. */
export async function readNoticeFile(name: string, bytes: Uint8Array): Promise<SourceDocument> {
  // The largest cap first, so not even type detection looks at a huge upload.
  assertSize(bytes.byteLength, OFFICE_MAX_BYTES);
  const kind = detectKind(name, bytes);
  assertSize(bytes.byteLength, SIZE_CAP[kind]);
  const doc = await readAs(kind, bytes);
  if (!doc.blocks.some(hasText)) {
    throw new ImportError('empty', '文件没有可读取的内容 / the file has no readable content');
  }
  return doc;
}

/** Decides which reader applies; throws unsupported_type or bad_file. */
export function detectKind(name: string, bytes: Uint8Array): NoticeFileKind {
  const extension = extensionOf(name);
  const byName = BY_EXTENSION[extension];
  if (ZIP_MAGICS.some((magic) => startsWith(bytes, magic)))
    return zipKind(extension, byName, bytes);
  if (startsWith(bytes, PDF_MAGIC)) return 'pdf';
  if (startsWith(bytes, OLE_MAGIC)) {
    const encrypted = contains(bytes, ENCRYPTION_STREAM);
    if (!encrypted && (byName === 'doc' || contains(bytes, WORD_STREAM))) return 'doc';
    if (byName === 'docx' || byName === 'xlsx' || encrypted)
      throw notOffice(byName === 'xlsx' ? 'xlsx' : 'docx', bytes);
  }
  if (byName === 'docx' || byName === 'xlsx') throw notOffice(byName, bytes);
  if (byName === 'pdf') throw new ImportError('bad_file', NOT_PDF);
  if (byName === 'doc' && !looksLikeHtml(bytes)) throw new ImportError('bad_file', NOT_DOC);
  if (byName === 'doc') return 'html';
  if (byName) return byName;
  // Sites often serve "Word" downloads that are really saved web pages (公文.doc).
  if (looksLikeHtml(bytes)) return 'html';
  throw unsupported(extension, bytes);
}

function readAs(kind: NoticeFileKind, bytes: Uint8Array): Promise<SourceDocument> {
  switch (kind) {
    case 'text':
      return Promise.resolve(readText(bytes));
    case 'html':
      return Promise.resolve(readHtml(decodeText(bytes)));
    case 'docx':
      return readDocx(bytes);
    case 'xlsx':
      return readXlsx(bytes);
    case 'pdf':
      return readPdf(bytes);
    case 'doc':
      return readDoc(bytes);
  }
}

/** The parts inside decide; the name only picks the error message if neither is there. */
function zipKind(
  extension: string,
  byName: NoticeFileKind | undefined,
  bytes: Uint8Array,
): NoticeFileKind {
  const names = listZipEntries(bytes, zipKindFor(byName)).map((entry) => entry.name);
  if (names.includes('word/document.xml')) return 'docx';
  if (names.includes('xl/workbook.xml')) return 'xlsx';
  if (byName === 'docx' || byName === 'xlsx')
    throw new ImportError('bad_file', zipKindFor(byName).notValid);
  throw unsupported(extension, bytes);
}

function zipKindFor(byName: NoticeFileKind | undefined): ZipKind {
  if (byName === 'docx') return DOCX_ZIP;
  if (byName === 'xlsx') return XLSX_ZIP;
  return OFFICE_ZIP;
}

function notOffice(kind: 'docx' | 'xlsx', bytes: Uint8Array): ImportError {
  const base = zipKindFor(kind).notValid;
  if (!startsWith(bytes, OLE_MAGIC)) return new ImportError('bad_file', base);
  return new ImportError(
    'bad_file',
    `${base}：可能是旧版 .doc/.xls 或加密文件，请取消密码后另存为 .docx/.xlsx / ` +
      'it may be a legacy .doc/.xls or an encrypted file; remove the password and save as .docx/.xlsx',
  );
}

function unsupported(extension: string, bytes: Uint8Array): ImportError {
  const shown = extension === '' ? '（无扩展名）' : `.${extension}`;
  const shownEn = extension === '' ? '(no extension)' : `.${extension}`;
  const legacy = startsWith(bytes, OLE_MAGIC) || extension === 'xls';
  const hint = legacy ? '，请在 Excel/WPS 中另存为 .xlsx' : '';
  const hintEn = legacy ? '; save it as .xlsx in Excel/WPS' : '';
  return new ImportError(
    'unsupported_type',
    `不支持的文件类型 ${shown}（支持 ${SUPPORTED}）${hint} / ` +
      `unsupported file type ${shownEn} (supported: ${SUPPORTED_EN})${hintEn}`,
  );
}

function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** An HTML document starts with a doctype or <html>, after an optional BOM and spaces. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 1024)).replace(/^\uFEFF?\s*/, '');
  return /^<(!doctype\s+html|html[\s>])/i.test(head);
}

function hasText(block: SourceBlock): boolean {
  if (block.kind === 'paragraph') return block.text.trim() !== '';
  return block.rows.some((row) => row.some((cell) => cell.trim() !== ''));
}

function utf16(name: string): number[] {
  return [...name].flatMap((ch) => [ch.charCodeAt(0), 0]);
}

/** Whether `needle` occurs in the first or last 1 MB (an OLE directory sits near either end). */
function contains(bytes: Uint8Array, needle: number[]): boolean {
  const first = needle[0] ?? 0;
  const scan = (from: number, to: number): boolean => {
    for (let i = bytes.indexOf(first, from); i >= 0 && i < to; i = bytes.indexOf(first, i + 1))
      if (needle.every((byte, k) => bytes[i + k] === byte)) return true;
    return false;
  };
  const window = 1024 * 1024;
  if (bytes.length <= 2 * window) return scan(0, bytes.length);
  return scan(0, window) || scan(bytes.length - window, bytes.length);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}
