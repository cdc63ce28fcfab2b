/**
 * A notice file (bytes and name) to a draft plan, or an AppError saying what is wrong and where.
 * Plain text goes to the parser as text, keeping the blank lines that delimit flattened tables;
 * HTML, .docx and .xlsx go through their readers and keep real tables as tables.
 */
import { AppError, type ErrorCode } from '../../platform/errors.js';
import type { PlanDraft } from './draft.js';
import { parseNotice, type ParseError } from './parse-notice.js';
import { detectKind, ImportError, readNoticeFile } from './readers/index.js';
import { assertSize, TEXT_MAX_BYTES } from './readers/limits.js';
import { checkTextBudget } from './readers/read-budget.js';
import { decodeText } from './readers/text.js';
import { sourceLines, type SourceLine } from './source-lines.js';

export interface DraftFromFileOptions {
  name: string;
  bytes: Uint8Array;
  year?: number;
}

export async function draftFromFile(options: DraftFromFileOptions): Promise<PlanDraft> {
  return (await previewFromFile(options)).draft;
}

/** The draft and the source lines it was read from (the import preview shows both). */
export interface Preview {
  draft: PlanDraft;
  source: SourceLine[];
}

export async function previewFromFile(options: DraftFromFileOptions): Promise<Preview> {
  const input = await readInput(options.name, options.bytes);
  const fallbackYear = new Date().getFullYear();
  const parsed = parseNotice(
    input,
    options.year === undefined ? { fallbackYear } : { year: options.year, fallbackYear },
  );
  if (!parsed.ok) throw fromParseError(parsed.error);
  return { draft: parsed.draft, source: sourceLines(input) };
}

async function readInput(name: string, bytes: Uint8Array) {
  try {
    if (detectKind(name, bytes) !== 'text') return await readNoticeFile(name, bytes);
    assertSize(bytes.byteLength, TEXT_MAX_BYTES);
    const text = decodeText(bytes);
    checkTextBudget(text);
    return text;
  } catch (error) {
    if (error instanceof ImportError) throw fromImportError(error);
    throw error;
  }
}

const importCodes: Record<ImportError['code'], ErrorCode> = {
  too_large: 'too_large',
  unsupported_type: 'bad_request',
  bad_encoding: 'unprocessable',
  bad_file: 'unprocessable',
  no_table: 'unprocessable',
  empty: 'unprocessable',
};

function fromImportError(error: ImportError): AppError {
  return new AppError(importCodes[error.code], error.message, [
    { message: error.message, ...error.where },
  ]);
}

function fromParseError(error: ParseError): AppError {
  const where = error.line === undefined ? {} : { line: error.line };
  return new AppError('unprocessable', error.message, [{ message: error.message, ...where }]);
}
