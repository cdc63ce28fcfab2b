/**
 * Work budgets counted while a notice is read: markup elements, paragraphs and text characters.
 *
 * Size caps bound the bytes, not the work: a 16 KB .docx whose document.xml repeats one tiny
 * paragraph inflates to 5 MB of XML and 150,000 paragraphs, and 5 MB of `<p>a</p>` is 625,000
 * of them. A work-plan notice has a few hundred paragraphs, a long one with annexes a few
 * thousand; the budgets leave ten times that and refuse the rest before the costly steps
 * (mammoth, the parser) see it.
 */
import { ImportError } from './limits.js';

/** Paragraphs (and table rows) in one document. */
export const DOCUMENT_MAX_PARAGRAPHS = 20_000;

/** Markup elements in one document (HTML tags, or XML elements in a .docx's text parts). */
export const DOCUMENT_MAX_ELEMENTS = 1_000_000;

/** Characters of text in one document: 2 million is some 80 notices' worth. */
export const DOCUMENT_MAX_CHARACTERS = 2_000_000;

type Counted = 'elements' | 'paragraphs' | 'characters';

const LIMITS: Readonly<Record<Counted, number>> = {
  elements: DOCUMENT_MAX_ELEMENTS,
  paragraphs: DOCUMENT_MAX_PARAGRAPHS,
  characters: DOCUMENT_MAX_CHARACTERS,
};

const WORDS: Readonly<Record<Counted, { zh: string; en: string }>> = {
  elements: { zh: '个标记元素', en: 'markup elements' },
  paragraphs: { zh: '个段落', en: 'paragraphs' },
  characters: { zh: '个字符', en: 'characters' },
};

/** Counts what one document costs to read; throws too_large at the first budget exceeded. */
export class ReadBudget {
  private readonly used: Record<Counted, number> = { elements: 0, paragraphs: 0, characters: 0 };

  elements(count = 1, line?: number): void {
    this.take('elements', count, line);
  }

  paragraphs(count = 1, line?: number): void {
    this.take('paragraphs', count, line);
  }

  characters(count: number, line?: number): void {
    this.take('characters', count, line);
  }

  private take(what: Counted, count: number, line?: number): void {
    this.used[what] += count;
    if (this.used[what] > LIMITS[what]) throw overBudget(what, line);
  }
}

export function overBudget(what: Counted, line?: number): ImportError {
  const limit = LIMITS[what];
  const { zh, en } = WORDS[what];
  return new ImportError(
    'too_large',
    `文档内容过多：超过 ${limit} ${zh}，请拆分后分别导入 / ` +
      `document too large to read: more than ${limit} ${en}; split it and import the parts`,
    line === undefined ? undefined : { line },
  );
}

/** Checks a plain-text notice: its characters and its non-empty lines. */
export function checkTextBudget(text: string): void {
  const budget = new ReadBudget();
  budget.characters(text.length);
  let line = 0;
  for (let at = 0; at <= text.length;) {
    const end = nextLineEnd(text, at);
    line += 1;
    if (end > at) budget.paragraphs(1, line);
    at = end + 1;
  }
}

function nextLineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/**
 * Counts the elements and paragraphs (`<w:p>`) of a WordprocessingML part in one linear pass
 * over its bytes, without parsing it.
 */
export function countWordXml(data: Uint8Array, budget: ReadBudget): void {
  let elements = 0;
  let paragraphs = 0;
  for (let i = data.indexOf(LT); i >= 0 && i < data.length - 1; i = data.indexOf(LT, i + 1)) {
    const next = data[i + 1] ?? 0;
    if (next === SLASH || next === QUESTION || next === BANG) continue;
    elements += 1;
    if (isParagraphTag(data, i)) paragraphs += 1;
  }
  budget.elements(elements);
  budget.paragraphs(paragraphs);
}

const LT = 0x3c;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;
/** "w:p" followed by '>', '/', or white space. */
const W_P = [0x77, 0x3a, 0x70];
const AFTER_NAME = new Set([0x3e, 0x2f, 0x20, 0x09, 0x0a, 0x0d]);

function isParagraphTag(data: Uint8Array, lt: number): boolean {
  for (let k = 0; k < W_P.length; k++) if (data[lt + 1 + k] !== W_P[k]) return false;
  return AFTER_NAME.has(data[lt + 1 + W_P.length] ?? 0);
}
