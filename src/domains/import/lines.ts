/**
 * The parser's view of a document: numbered lines of running text, and tables. Plain text keeps
 * its blank lines and tab-indented lines, because the worked example flattens its table into
 * one tab-indented cell a line with blank lines between rows.
 */
import type { SourceDocument } from './draft.js';

export interface Line {
  /** 1-based line in the source (or the block's line for converted documents). */
  line: number;
  /** The raw text, \r removed. */
  raw: string;
  /** The reader knows this line is a heading (an HTML heading, a wholly bold paragraph). */
  heading?: true;
}

export interface Table {
  line: number;
  rows: string[][];
}

export interface ParsedLines {
  lines: Line[];
  tables: Table[];
}

/** Splits plain text; a leading BOM is dropped. */
export function linesOfText(text: string): ParsedLines {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines = body.split('\n').map((raw, i) => ({ line: i + 1, raw: raw.replace(/\r$/, '') }));
  return { lines, tables: [] };
}

/** Paragraph blocks become lines (with a blank line after each table), tables stay tables. */
export function linesOfDocument(doc: SourceDocument): ParsedLines {
  const lines: Line[] = [];
  const tables: Table[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'table') {
      tables.push({ line: block.line, rows: block.rows });
      lines.push({ line: block.line, raw: '' });
      continue;
    }
    for (const raw of block.text.split('\n')) {
      lines.push(
        block.heading ? { line: block.line, raw, heading: true } : { line: block.line, raw },
      );
    }
  }
  return { lines, tables };
}

export const isBlank = (line: Line): boolean => line.raw.trim() === '';
export const isIndented = (line: Line): boolean => line.raw.startsWith('\t');
