/**
 * A small XML lexer for the .xlsx pre-check (xlsx-ranges.ts): start tags with their
 * attributes, end tags and text, in document order, in linear time.
 *
 * It is not a parser: nesting and names are not checked. What matters is that it sees what
 * saxes (exceljs's XML parser) sees. Every document saxes reads without an error is split
 * here into the same tags and text; exceljs gives up on the first saxes error, so what comes
 * after one does not matter. Hence the lexer accepts all of well-formed XML 1.0 and throws
 * XmlLexError on markup it cannot split, and the DOCTYPE is skipped exactly as saxes skips
 * it (that part of saxes reports no errors, so it must be followed to the letter).
 */

/** Markup that no XML parser would accept. */
export class XmlLexError extends Error {}

export interface XmlHandler {
  /**
   * A start tag, or an empty-element tag (`selfClosing`, no end() follows). `attributes` is
   * the raw text between name and '>'; read values with attributeValues().
   */
  start(name: string, attributes: string, selfClosing: boolean): void;
  end(name: string): void;
  /**
   * Character data between `from` and `to` in `source`, still entity-encoded. Text around a
   * comment or processing instruction comes in pieces; CDATA sections are not reported
   * (exceljs listens only to saxes' text events, not its cdata events).
   */
  text(source: string, from: number, to: number): void;
}

// XML whitespace only: JS `\s` also matches U+00A0 and U+3000, which are content in XML.
const S = '[ \\t\\r\\n]';
const NAME_CHAR = `[^ \\t\\r\\n/<>="']`;
const NAME = `[^ \\t\\r\\n/<>="'!?]${NAME_CHAR}*`;
const QUOTED = `(?:"[^"]*"|'[^']*')`;
// Sticky, and every piece stops at a character the next cannot start with: linear time.
const START_TAG = new RegExp(
  `<(${NAME})((?:${S}+${NAME_CHAR}+${S}*=${S}*${QUOTED})*)${S}*(/?)>`,
  'y',
);
const END_TAG = new RegExp(`</(${NAME})${S}*>`, 'y');
const ATTRIBUTE = new RegExp(`(${NAME_CHAR}+)${S}*=${S}*(?:"([^"]*)"|'([^']*)')`, 'g');

/** Splits `source` into tags and text for `handler`; throws XmlLexError on broken markup. */
export function lexXml(source: string, handler: XmlHandler): void {
  let at = 0;
  while (at < source.length) {
    const open = source.indexOf('<', at);
    const textEnd = open < 0 ? source.length : open;
    if (textEnd > at) handler.text(source, at, textEnd);
    if (open < 0) return;
    at = markup(source, open, handler);
  }
}

/** Handles the markup starting at `at` (a '<'); returns the index after it. */
function markup(source: string, at: number, handler: XmlHandler): number {
  const next = source[at + 1];
  if (next === '!') return declaration(source, at);
  if (next === '?') return after(source, '?>', at + 2);
  const tag = next === '/' ? END_TAG : START_TAG;
  tag.lastIndex = at;
  const match = tag.exec(source);
  if (!match) throw new XmlLexError();
  const [, name = '', attributes = '', slash = ''] = match;
  if (tag === END_TAG) handler.end(name);
  else handler.start(name, attributes, slash === '/');
  return tag.lastIndex;
}

/** `<!`: a comment, CDATA section or DOCTYPE; anything else is not XML. */
function declaration(source: string, at: number): number {
  if (source.startsWith('<!--', at)) return after(source, '-->', at + 4);
  if (source.startsWith('<![CDATA[', at)) return after(source, ']]>', at + 9);
  if (source.startsWith('<!DOCTYPE', at)) return skipDoctype(source, at + 9);
  throw new XmlLexError();
}

function after(source: string, terminator: string, from: number): number {
  const end = source.indexOf(terminator, from);
  if (end < 0) throw new XmlLexError();
  return end + terminator.length;
}

/** Entity-decoded values of each attribute called `name` (a duplicate is an XML error; all are given). */
export function attributeValues(attributes: string, name: string): string[] {
  const values: string[] = [];
  if (!attributes.includes(name)) return values;
  for (const match of attributes.matchAll(ATTRIBUTE)) {
    if (match[1] === name) values.push(decodeEntities(match[2] ?? match[3] ?? ''));
  }
  return values;
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** The predefined and numeric references saxes accepts; anything else is a saxes error. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (!ref.startsWith('#')) return NAMED[ref] ?? whole;
    const code =
      ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Skips a DOCTYPE the way saxes 5 does (its states sDoctype … sDTDPIEnding): quoted strings,
 * then an internal subset in brackets with its own quotes, comments and processing
 * instructions. Office never writes one, but SVG images inside a workbook may carry one.
 */
function skipDoctype(source: string, from: number): number {
  let at = from;
  while (at < source.length) {
    const c = source[at];
    if (c === '>') return at + 1;
    if (c === '"' || c === "'") at = after(source, c, at + 1);
    else if (c === '[') at = skipSubset(source, at + 1);
    else at += 1;
  }
  throw new XmlLexError();
}

function skipSubset(source: string, from: number): number {
  let at = from;
  while (at < source.length) {
    const c = source[at];
    if (c === ']') return at + 1;
    if (c === '"' || c === "'") at = after(source, c, at + 1);
    else if (c === '<') at = skipSubsetMarkup(source, at + 1);
    else at += 1;
  }
  throw new XmlLexError();
}

/** After a '<' in the subset: saxes consumes the next one or two characters unseen. */
function skipSubsetMarkup(source: string, at: number): number {
  const c = source[at];
  if (c === '?') return skipSubsetPi(source, at + 1);
  if (c !== '!') return at + 1;
  if (source[at + 1] !== '-') return at + 2;
  return source[at + 2] === '-' ? skipSubsetComment(source, at + 3) : at + 3;
}

/** saxes ends a PI in the subset at the first '>' after its first '?'. */
function skipSubsetPi(source: string, from: number): number {
  const question = source.indexOf('?', from);
  if (question < 0) throw new XmlLexError();
  return after(source, '>', question + 1);
}

/**
 * saxes ends a comment in the subset at '-', '-', '>'; after '--' anything else is an error
 * that it reports and reads past, still in the comment.
 */
function skipSubsetComment(source: string, from: number): number {
  let at = from;
  for (;;) {
    const dash = source.indexOf('-', at);
    if (dash < 0) throw new XmlLexError();
    if (source[dash + 1] !== '-') {
      at = dash + 2;
      continue;
    }
    if (source[dash + 2] === '>') return dash + 3;
    at = dash + 3;
  }
}
