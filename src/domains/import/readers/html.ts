/**
 * HTML notices (saved government web pages, and mammoth's rendering of .docx) → blocks.
 *
 * Uses htmlparser2's streaming parser, which copes with the broken markup that CMS-built
 * government sites produce (unclosed <p>, <td> without <tr>) and decodes entities.
 * Block elements and <br> end a paragraph; <table> becomes a table block. CMS exports sometimes
 * store line breaks as the two characters \ and n: those end a line too. A paragraph whose text
 * is all inside <h1>…<h6>, <strong> or <b> is marked as a heading.
 */

import { Parser, type Handler } from 'htmlparser2';
import type { SourceBlock, SourceDocument } from '../draft.js';
import { CellBudget, TableDraft } from './html-table.js';
import { ReadBudget } from './read-budget.js';

/** How text whitespace is treated. */
export interface HtmlReadOptions {
  /**
   * 'collapse' (default): browser rules — runs of spaces and newlines in the markup become
   * one space, &nbsp; becomes a plain space. 'preserve': text is taken literally, for
   * generated HTML (mammoth) where every space is content typed in Word ('柳  军').
   */
  whitespace?: 'collapse' | 'preserve';
}

/** Elements whose content is never notice text. */
const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'title', 'svg']);

/** Elements that start and end a line of text. Table parts are handled separately. */
const BLOCKS = new Set(
  (
    'p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd section article header footer nav main aside ' +
    'blockquote pre address figure figcaption center form fieldset hr caption body'
  ).split(' '),
);

/** Elements that make their text a heading when a paragraph holds nothing else. */
const EMPHASIS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b']);

/** Line breaks written out as text by CMS exports: \r\n, \n. */
const LITERAL_BREAK = /\\r\\n|\\n/;

/** What may appear inside <head>; anything else means the page's body has begun. */
const HEAD_CONTENT = new Set([
  'title',
  'meta',
  'link',
  'style',
  'script',
  'base',
  'noscript',
  'template',
]);

/** Parses HTML into paragraph and table blocks; `line` is the approximate source line. */
export function readHtml(html: string, options: HtmlReadOptions = {}): SourceDocument {
  const collector = new BlockCollector(html, options.whitespace ?? 'collapse');
  const parser = new Parser(collector, { decodeEntities: true, lowerCaseTags: true });
  parser.write(html);
  parser.end();
  return { blocks: collector.blocks };
}

function emptyParagraph() {
  return { text: '', line: 0, emphasised: false, plain: false };
}

/** Whitespace rule for one run of text; the result is trimmed. */
function normaliser(mode: 'collapse' | 'preserve'): (text: string) => string {
  if (mode === 'preserve') return (text) => text.trim();
  return (text) =>
    text
      .replace(/[ \t\n\r\f]+/g, ' ')
      .replace(/\u00a0/g, ' ')
      .trim();
}

/** Maps a character offset in the source to a 1-based line; offsets arrive in order. */
class LineCounter {
  private index = 0;
  private line = 1;

  constructor(private readonly source: string) {}

  at(offset: number): number {
    if (offset < this.index) this.reset();
    for (let i = this.source.indexOf('\n', this.index); i >= 0 && i < offset;) {
      this.line++;
      i = this.source.indexOf('\n', i + 1);
    }
    this.index = offset;
    return this.line;
  }

  private reset(): void {
    this.index = 0;
    this.line = 1;
  }
}

/** Receives parser events and builds blocks in document order. */
class BlockCollector implements Partial<Handler> {
  readonly blocks: SourceBlock[] = [];
  private parser: Parser | undefined;
  private readonly lines: LineCounter;
  private readonly normalise: (text: string) => string;
  /** Open skipped elements; text is ignored while any is open. */
  private skipped: string[] = [];
  private paragraph = emptyParagraph();
  /** How many of each emphasis element (EMPHASIS) are open; none open have no entry. */
  private readonly open = new Map<string, number>();
  private table: TableDraft | undefined;
  /** One budget for every table in the document (HTML_MAX_TABLE_CELLS). */
  private readonly cells = new CellBudget();
  /** Elements, paragraphs and characters, counted as they arrive. */
  private readonly budget = new ReadBudget();

  constructor(source: string, mode: 'collapse' | 'preserve') {
    this.lines = new LineCounter(source);
    this.normalise = normaliser(mode);
  }

  onparserinit(parser: Parser): void {
    this.parser = parser;
  }

  onopentag(name: string, attribs: Record<string, string>): void {
    this.budget.elements();
    // Like browsers, end an unclosed <head> at the first element that cannot be in it.
    if (this.skipped.at(-1) === 'head' && !HEAD_CONTENT.has(name)) this.skipped.pop();
    if (this.skipped.length > 0 || SKIPPED.has(name)) {
      if (SKIPPED.has(name)) this.skipped.push(name);
      return;
    }
    this.openElement(name, attribs);
    if (EMPHASIS.has(name)) {
      this.open.set(name, (this.open.get(name) ?? 0) + 1);
    }
  }

  onclosetag(name: string): void {
    if (this.skipped.length > 0) {
      if (this.skipped[this.skipped.length - 1] === name) this.skipped.pop();
      return;
    }
    this.closeElement(name);
    const open = this.open.get(name) ?? 0;
    if (open > 1) this.open.set(name, open - 1);
    else this.open.delete(name);
  }

  ontext(data: string): void {
    this.budget.characters(data.length);
    if (this.skipped.length > 0) return;
    if (this.table?.inCell) this.table.addText(data);
    else this.addParagraphText(data);
  }

  onend(): void {
    if (this.table) this.closeTable(this.table);
    this.flushParagraph();
  }

  private openElement(name: string, attribs: Record<string, string>): void {
    const table = this.table;
    if (name === 'table') this.openTable();
    else if (table && table.nested === 0 && name === 'tr') table.startRow(this.here());
    else if (table && table.nested === 0 && (name === 'td' || name === 'th')) {
      table.startCell(attribs, this.here());
    } else if (
      name === 'br' ||
      BLOCKS.has(name) ||
      name === 'tr' ||
      name === 'td' ||
      name === 'th'
    ) {
      this.lineBreak();
    }
  }

  private closeElement(name: string): void {
    const table = this.table;
    if (name === 'table' && table) {
      if (table.nested > 0) {
        table.nested -= 1;
        this.lineBreak();
      } else this.closeTable(table);
    } else if (table && table.nested === 0 && name === 'tr') table.endRow();
    else if (table && table.nested === 0 && (name === 'td' || name === 'th')) table.endCell();
    else if (BLOCKS.has(name) || name === 'tr' || name === 'td' || name === 'th') this.lineBreak();
  }

  private openTable(): void {
    if (this.table) {
      this.table.nested += 1;
      this.lineBreak();
      return;
    }
    this.flushParagraph();
    this.table = new TableDraft(this.here(), this.normalise, this.cells);
  }

  private closeTable(table: TableDraft): void {
    const rows = table.finish(this.here());
    this.table = undefined;
    this.flushParagraph();
    this.budget.paragraphs(rows.length, table.line);
    if (rows.length > 0) this.blocks.push({ kind: 'table', rows, line: table.line });
  }

  /** Inside a cell a break only separates the cell's text; elsewhere it ends a paragraph. */
  private lineBreak(): void {
    if (this.table?.inCell) this.table.breakCell();
    else this.flushParagraph();
  }

  private addParagraphText(data: string): void {
    // Whitespace between tags is not the paragraph's start; its first real text is.
    if (this.paragraph.text.trim() === '') this.paragraph.line = this.here();
    this.paragraph.text += data;
    if (/\S/.test(data)) {
      if (this.open.size > 0) this.paragraph.emphasised = true;
      else this.paragraph.plain = true;
    }
  }

  private flushParagraph(): void {
    const { line, emphasised, plain } = this.paragraph;
    const raw = this.paragraph.text;
    this.paragraph = emptyParagraph();
    const heading = emphasised && !plain;
    for (const part of raw.split(LITERAL_BREAK)) {
      const text = this.normalise(part);
      if (text === '') continue;
      this.budget.paragraphs(1, line);
      this.blocks.push({ kind: 'paragraph', text, line, ...(heading ? { heading: true } : {}) });
    }
  }

  /** Line of the current parser event (the start of the tag or text being reported). */
  private here(): number {
    return this.lines.at(this.parser?.startIndex ?? 0);
  }
}
