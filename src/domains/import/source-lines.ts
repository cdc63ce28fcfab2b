/**
 * The source of a notice as numbered lines, for showing the draft beside what it was read from.
 * Numbers match the `line` of items and table rows: text lines from 1, or Word/Excel blocks by
 * position (a table's rows share its block's number, cells joined by a tab).
 */
import type { SourceDocument } from './draft.js';

export interface SourceLine {
  line: number;
  text: string;
}

export function sourceLines(input: string | SourceDocument): SourceLine[] {
  if (typeof input === 'string')
    return input.split(/\r\n|\r|\n/).map((text, index) => ({ line: index + 1, text }));
  return input.blocks.flatMap((block) =>
    block.kind === 'paragraph'
      ? [{ line: block.line, text: block.text }]
      : block.rows.map((row) => ({ line: block.line, text: row.join('\t') })),
  );
}
