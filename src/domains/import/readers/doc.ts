/**
 * Word 97–2003 (.doc) and WPS (.wps) notices → blocks, via word-extractor.
 *
 * word-extractor reads the text of the main document (not headers, footers or notes) from
 * the file's piece table. Its cleaned text turns both a table's cell marks and typed tabs
 * into tabs, so this reader takes the text before that cleaning: a cell ends with U+0007, a
 * table row ends at the row mark word-extractor turns into '\n', paragraphs end with '\r'.
 * Each table becomes a table block (a cell's paragraphs joined by a space), other paragraphs
 * paragraph blocks, typed tabs kept as tabs (a table pasted as text stays one row a line).
 */

import { createRequire } from 'node:module';
import type { SourceDocument } from '../draft.js';
import {
  assertSize,
  ImportError,
  OFFICE_MAX_BYTES,
  TABLE_MAX_COLUMNS,
  TABLE_MAX_ROWS,
} from './limits.js';
import { ReadBudget } from './read-budget.js';

export const NOT_DOC = '不是有效的 Word 97/WPS 文件 / not a valid Word 97 or WPS file';
export const DOC_ENCRYPTED =
  'Word 文件已加密，请取消密码后再导入 / the Word file is encrypted; remove the password and import it again';

/** The parts of word-extractor's internals this reader uses (lib/word-ole-extractor.js). */
interface Piece {
  text: string;
  startCp: number;
}
interface OleExtractor {
  _pieces: Piece[];
  _boundaries: { ccpText: number };
  extract(reader: unknown): Promise<unknown>;
  extractWordDocument(document: unknown, buffer: Buffer): Promise<unknown>;
  buildDocument(): unknown;
}
type OleExtractorClass = new () => OleExtractor;
type BufferReaderClass = new (buffer: Buffer) => unknown;

const require = createRequire(import.meta.url);
const WordOleExtractor = require('word-extractor/lib/word-ole-extractor.js') as OleExtractorClass;
const BufferReader = require('word-extractor/lib/buffer-reader.js') as BufferReaderClass;

/** FIB flags (offset 0x0A of the WordDocument stream): fEncrypted and fObfuscated. */
const F_ENCRYPTED = 0x0100;
const F_OBFUSCATED = 0x8000;

/** Returns the main document's raw text instead of word-extractor's cleaned Document. */
class RawTextExtractor extends WordOleExtractor {
  override extractWordDocument(document: unknown, buffer: Buffer): Promise<unknown> {
    if (buffer.length >= 12 && (buffer.readUInt16LE(0x0a) & (F_ENCRYPTED | F_OBFUSCATED)) !== 0)
      return Promise.reject(new ImportError('bad_file', DOC_ENCRYPTED));
    return super.extractWordDocument(document, buffer);
  }

  override buildDocument(): string {
    const pieces = [...this._pieces].sort((p, q) => p.startCp - q.startCp);
    return pieces
      .map((piece) => piece.text)
      .join('')
      .slice(0, Math.max(0, this._boundaries.ccpText));
  }
}

/** Reads a .doc or .wps; throws ImportError for an encrypted or damaged file. */
export async function readDoc(bytes: Uint8Array): Promise<SourceDocument> {
  assertSize(bytes.byteLength, OFFICE_MAX_BYTES);
  const raw = await extract(bytes);
  const budget = new ReadBudget();
  budget.characters(raw.length);
  const blocks = toBlocks(cleanRaw(raw), budget);
  return { blocks: blocks.map((block, index) => ({ ...block, line: index + 1 })) };
}

async function extract(bytes: Uint8Array): Promise<string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const text = await new RawTextExtractor().extract(new BufferReader(buffer));
    if (typeof text !== 'string') throw new Error('no text');
    return text;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportError('bad_file', `${NOT_DOC}（${detail}）`);
  }
}

const CELL = '\u0007';

/**
 * Fields keep their shown result (a TOC or a date field's text), deleted text (marked NUL by
 * word-extractor) and other control characters go; line and page breaks end a paragraph.
 */
// Word's control characters are the point here.
/* eslint-disable no-control-regex */
function cleanRaw(raw: string): string {
  let text = raw;
  for (let changed = true; changed;) {
    changed = false;
    text = text.replace(
      /\u0013[^\u0013\u0014\u0015]*\u0014?([^\u0013\u0014\u0015]*)\u0015/g,
      (_, shown: string) => {
        changed = true;
        return shown;
      },
    );
  }
  return text
    .replace(/[\u000b\u000c]/g, '\r')
    .replace(/[\u0000-\u0006\u0008\u000e-\u001f]/g, '')
    .replace(/\u00a0/g, ' ');
}
/* eslint-enable no-control-regex */

type Block = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

/**
 * Splits the text into paragraphs and table rows. A row ends with a row mark: an empty cell
 * mark after as many cells as the table's first row had (the first row ends at the first empty
 * one), or a '\n' right after a cell mark. A paragraph mark outside a row ends the table.
 */
function toBlocks(text: string, budget: ReadBudget): Block[] {
  const blocks: Block[] = [];
  let rows: string[][] = [];
  let cells: string[] = [];
  let current = '';
  const flushTable = () => {
    if (rows.length > 0) blocks.push({ kind: 'table', rows: padRows(rows) });
    rows = [];
  };
  const paragraph = (value: string) => {
    const trimmed = value.replace(/^[ \u3000]+$/, '');
    if (trimmed.trim() === '') return;
    budget.paragraphs();
    blocks.push({ kind: 'paragraph', text: trimmed.trimEnd() });
  };
  // Cells in a row of the open table, once its first row has ended.
  let width: number | undefined;
  const endRow = () => {
    if (rows.length >= TABLE_MAX_ROWS) throw tooLong();
    budget.paragraphs();
    width ??= cells.length;
    rows.push(cells);
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === CELL) {
      // The row mark is an empty "cell" after the row's last one.
      if (current === '' && cells.length > 0 && cells.length === (width ?? cells.length)) endRow();
      else {
        if (cells.length >= TABLE_MAX_COLUMNS) throw tooWide();
        cells.push(cellText(current));
      }
      current = '';
    } else if (ch === '\n' && cells.length > 0 && current === '') {
      endRow();
    } else if ((ch === '\n' || ch === '\r') && cells.length > 0) {
      // A paragraph inside a cell (a row's first cell is taken to be a single paragraph).
      current += '\r';
    } else if (ch === '\n' || ch === '\r') {
      flushTable();
      width = undefined;
      paragraph(current);
      current = '';
    } else current += ch;
  }
  if (cells.length > 0) rows.push(cells);
  flushTable();
  paragraph(current);
  return blocks;
}

function cellText(value: string): string {
  return value
    .split('\r')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');
}

function padRows(rows: string[][]): string[][] {
  const width = Math.max(...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
}

function tooWide(): ImportError {
  return new ImportError(
    'too_large',
    `表格列数过多（上限 ${TABLE_MAX_COLUMNS} 列）/ table has too many columns (limit ${TABLE_MAX_COLUMNS})`,
  );
}

function tooLong(): ImportError {
  return new ImportError(
    'too_large',
    `表格行数过多（上限 ${TABLE_MAX_ROWS} 行）/ table has too many rows (limit ${TABLE_MAX_ROWS})`,
  );
}
