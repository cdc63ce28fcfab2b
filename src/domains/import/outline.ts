/**
 * The body of the plan: the key tasks listed in the preamble (①…⑩), then numbered sections and
 * items. Offices number in many styles (一、 （一） 1. 1、 ⒈ (1) ①); the first style met is the
 * section level, the second the item level, deeper levels stay inside their item's text.
 */
import type { ItemDraft, KeyTaskDraft, SectionDraft } from './draft.js';
import type { Line } from './lines.js';
import { chineseOrdinal, circledNumber, tidy } from './normalize.js';

type Style =
  | 'chinese'
  | 'chineseParen'
  | 'ordinal'
  | 'article'
  | 'part'
  | 'roman'
  | 'arabic'
  | 'arabicParen'
  | 'arabicHalfParen'
  | 'circled';

interface Marker {
  style: Style;
  no: number;
  label: string;
  rest: string;
}

const cn = '[一二三四五六七八九十]{1,3}';
const patterns: [Style, RegExp][] = [
  ['chinese', new RegExp(`^(${cn})(?:[、，,]|[.．:：](?!\\d))\\s*`)],
  ['chineseParen', new RegExp(`^[（(](${cn})[）)][、，,.．]?\\s*`)],
  ['chineseParen', /^([\u3220-\u3229])\s*/],
  // 第一，第二、 (not 第一批, 第一季度): items of a list numbered in words.
  ['ordinal', new RegExp(`^第(${cn}|\\d{1,3})[、，,.．:：]\\s*`)],
  // 第一条 of rules, 第一部分 / 第一章 / 第一节 of long plans (the space after them is tidied away).
  ['article', new RegExp(`^第(${cn}|\\d{1,3})条(?![的是])[、，,.．:：]?\\s*`)],
  ['part', new RegExp(`^第(${cn}|\\d{1,3})(?:部分|章|节|篇)(?![的是])[、，,.．:：]?\\s*`)],
  // Ⅰ、 Ⅱ. with a separator (not Ⅱ类水体).
  ['roman', /^([\u2160-\u216b])(?:[、，,.．:：]|\s+)\s*/],
  ['roman', /^([IVX]{1,4})[、.．]\s*/],
  ['arabic', /^(\d{1,3})(?:[.．、，,](?!\d)|\s)\s*/],
  ['arabic', /^([\u2488-\u249b])\s*/],
  ['arabicParen', /^[（(](\d{1,3})[）)][、，,.．]?\s*/],
  ['arabicParen', /^([\u2474-\u2487])\s*/],
  ['arabicHalfParen', /^(\d{1,3})[）)]\s*/],
  ['circled', /^([\u2460-\u2473])\s*/],
];

const romanDigits: Record<string, number> = { I: 1, V: 5, X: 10 };

/** The number a label's digits stand for: 12, 十二, ⒓, ⑫, ⑿, ㈢, Ⅻ, XII. */
function labelNumber(digits: string): number {
  if (/^\d+$/.test(digits)) return Number(digits);
  if (/^[一二三四五六七八九十]+$/.test(digits)) return chineseOrdinal(digits);
  const code = digits.charCodeAt(0);
  if (digits.length === 1 && code >= 0x3220 && code <= 0x3229) return code - 0x321f;
  if (digits.length === 1 && code >= 0x2474 && code <= 0x2487) return code - 0x2473;
  if (digits.length === 1 && code >= 0x2160 && code <= 0x216b) return code - 0x215f;
  if (/^[IVX]+$/.test(digits)) {
    let total = 0;
    for (let k = 0; k < digits.length; k++) {
      const value = romanDigits[digits[k] ?? ''] ?? 0;
      const nextValue = romanDigits[digits[k + 1] ?? ''] ?? 0;
      total += value < nextValue ? -value : value;
    }
    return total;
  }
  return circledNumber(digits);
}

/** The numbering at the start of a line, if any. */
export function readMarker(text: string): Marker | null {
  for (const [style, pattern] of patterns) {
    const m = pattern.exec(text);
    const digits = m?.[1];
    if (!m || !digits) continue;
    const no = labelNumber(digits);
    if (!Number.isFinite(no) || no < 1) continue;
    return { style, no, label: m[0].trim(), rest: text.slice(m[0].length).trim() };
  }
  return null;
}

export interface Outline {
  keyTasks: KeyTaskDraft[];
  /** The count the preamble announces (十项重点工作), to check against what was found. */
  statedKeyTaskCount: number | null;
  sections: SectionDraft[];
  items: ItemDraft[];
  /** Numbering that skips or repeats. */
  numberingProblems: string[];
}

const captionPattern = /(任务表|一览表|分解表|责任表|清单)$/;

/** How the body is laid out: which lines are sections, items and dropped sub-headings. */
interface Levels {
  sectionStyle: Style | undefined;
  itemStyle: Style | undefined;
  /** A numbered level between sections and items (（一）减轻企业负担 over items 1. 2. …). */
  groupStyle: Style | undefined;
  /** Unnumbered section headings (line indexes), when the sections have no numerals. */
  headings: Set<number>;
  /** The first line of the body. */
  start: number | undefined;
}

export function parseOutline(lines: Line[], from: number, skip: Set<number>): Outline {
  const text = lines.map((l) => tidy(l.raw));
  const usable = (i: number) =>
    !skip.has(i) && text[i] !== '' && !captionPattern.test(text[i] ?? '');
  const indexes = [...text.keys()].filter((i) => i >= from && usable(i));
  const markers = new Map(indexes.map((i) => [i, readMarker(text[i] ?? '')]));
  const levels =
    unnumberedLevels(indexes, text, lines, markers) ?? numberedLevels(indexes, markers);
  const start = levels.start;
  const preamble = indexes
    .filter((i) => start === undefined || i < start)
    .map((i) => text[i] ?? '');
  const { keyTasks, stated } = readKeyTasks(preamble);
  const body = indexes.filter((i) => start !== undefined && i >= start);
  return {
    keyTasks,
    statedKeyTaskCount: stated,
    ...readSectionsAndItems({ body, text, lines, markers, levels }),
  };
}

/** The section style and the item style, in order of first appearance. */
function levelStyles(markers: (Marker | null)[], count = 2): Style[] {
  const seen: Style[] = [];
  for (const m of markers) {
    if (m && !seen.includes(m.style) && m.style !== 'circled') seen.push(m.style);
    if (seen.length === count) break;
  }
  return seen;
}

/**
 * Numbered sections: the first style met is the section level. The next one is the item level,
 * unless a third style runs through it: items numbered on (1. 2. … 16.) across group headings
 * that restart in every section (（一）（二）) make those group headings, not items. A third
 * style that starts again under every item is a deeper level inside the items; one that items
 * number on past, without starting again under each, is a level of sub-headings.
 */
function numberedLevels(indexes: number[], markers: Map<number, Marker | null>): Levels {
  const ordered = indexes.map((i) => markers.get(i) ?? null);
  const found = levelStyles(ordered, 4);
  const styles = (isLeadInList(ordered, found) ? found.slice(1) : found).slice(0, 3);
  const first = indexes.find((i) => {
    const style = markers.get(i)?.style;
    return style !== undefined && styles.slice(0, 2).includes(style);
  });
  const none = { groupStyle: undefined, headings: new Set<number>(), start: first };
  const [a, b, c] = styles;
  if (b === undefined) return { ...none, sectionStyle: undefined, itemStyle: a };
  if (c === undefined) return { ...none, sectionStyle: a, itemStyle: b };
  const [cAfterB, bAfterC] = [restartRate(ordered, c, b), restartRate(ordered, b, c)];
  const [bHeadings, cHeadings] = [headingShare(ordered, b), headingShare(ordered, c)];
  // When neither starts again under the other, the one that reads like headings groups the other.
  if (cAfterB < bAfterC || (cAfterB === bAfterC && bHeadings > cHeadings)) {
    return { ...none, sectionStyle: a, itemStyle: c, groupStyle: b };
  }
  // Items numbered on past a level that does not start again under every item: sub-headings.
  const groupStyle = bAfterC === 0 && cAfterB < 1 && cHeadings >= bHeadings ? c : undefined;
  return { ...none, sectionStyle: a, itemStyle: b, groupStyle };
}

/**
 * Points of the preamble (第一，坚持稳中求进。第二，…) before sections and items of their own: every
 * marker of the first style comes before the first of the second, the last one is a sentence, not
 * a heading, and the second style has a level of its own under it.
 */
function isLeadInList(markers: (Marker | null)[], styles: Style[]): boolean {
  const [a, b, c] = styles;
  if (a === undefined || b === undefined || c === undefined) return false;
  let lastA: Marker | null = null;
  let seenB = false;
  for (const m of markers) {
    if (m?.style === b) seenB = true;
    if (m?.style !== a) continue;
    if (seenB) return false;
    lastA = m;
  }
  return lastA !== null && !isHeadingLike(lastA.rest, false);
}

/** The share of a style's numbered lines that read like headings (（一）减轻企业负担). */
function headingShare(markers: (Marker | null)[], style: Style): number {
  let count = 0;
  let headings = 0;
  for (const m of markers) {
    if (m?.style !== style) continue;
    count++;
    if (isHeadingLike(m.rest, false)) headings++;
  }
  return count === 0 ? 0 : headings / count;
}

/**
 * How often numbering of `style` starts again at 1 after a marker of `other` came between two
 * of its markers: 1 for a deeper level (（1）（2） under every 1.), 0 for a level numbered on.
 * Infinity when it never happens, so that a level without evidence is never preferred.
 */
function restartRate(markers: (Marker | null)[], style: Style, other: Style): number {
  let seenStyle = false;
  let otherBetween = false;
  let count = 0;
  let restarts = 0;
  for (const m of markers) {
    if (m?.style === other) otherBetween = true;
    if (m?.style !== style) continue;
    if (seenStyle && otherBetween) {
      count++;
      if (m.no === 1) restarts++;
    }
    seenStyle = true;
    otherBetween = false;
  }
  return count === 0 ? Infinity : restarts / count;
}

/** A short line that names what follows rather than saying something: 工作目标, 保障措施. */
function isHeadingLike(text: string, flagged: boolean): boolean {
  if (text.length < 2 || text.length > (flagged ? 60 : 40)) return false;
  if (/^[（(]/.test(text) || /[：:；;，,、]$/.test(text)) return false;
  if (flagged) return !/[：:]/.test(text);
  // Not a sentence, nor the end of one wrapped onto its own line (…省教育厅负责）).
  return !/[。！!？?：:]/.test(text) && !/[）)]$/.test(text);
}

/**
 * Sections without numerals: short lines each followed by items whose numbering starts again at 1
 * or runs on from the section before (or lines the reader marked as headings), with no numbered
 * level above the items. Null when the document is not laid out so.
 */
function unnumberedLevels(
  indexes: number[],
  text: string[],
  lines: Line[],
  markers: Map<number, Marker | null>,
): Levels | null {
  const heads: { at: number; next: Marker; flagged: boolean; numberedOn: boolean }[] = [];
  // The last number met in each style, to tell items numbered on across a heading (… 3. | 4.).
  const lastNo = new Map<Style, number>();
  for (let k = 0; k + 1 < indexes.length; k++) {
    const at = indexes[k] ?? 0;
    const own = markers.get(at);
    if (own) lastNo.set(own.style, own.no);
    const next = markers.get(indexes[k + 1] ?? -1);
    const flagged = lines[at]?.heading === true;
    if (own || !next || next.style === 'circled') continue;
    const numberedOn = next.no > 1 && lastNo.get(next.style) === next.no - 1;
    if (isHeadingLike(text[at] ?? '', flagged)) heads.push({ at, next, flagged, numberedOn });
  }
  const itemStyle = heads.find((h) => h.next.no === 1)?.next.style;
  const sections = heads.filter(
    (h) => h.next.style === itemStyle && (h.next.no === 1 || h.flagged || h.numberedOn),
  );
  const firstHead = sections[0]?.at;
  if (itemStyle === undefined || firstHead === undefined || sections.length < 2) return null;
  // A numbered level above the items (一、 before the first heading) makes the headings sub-headings.
  const above = indexes.some((i) => {
    const style = markers.get(i)?.style;
    return i < firstHead && style !== undefined && style !== itemStyle && style !== 'circled';
  });
  if (above) return null;
  const firstItem = indexes.find((i) => markers.get(i)?.style === itemStyle);
  return {
    sectionStyle: undefined,
    itemStyle,
    groupStyle: undefined,
    headings: new Set(sections.map((h) => h.at)),
    start: Math.min(firstHead, firstItem ?? firstHead),
  };
}

interface Body {
  body: number[];
  text: string[];
  lines: Line[];
  markers: Map<number, Marker | null>;
  levels: Levels;
}

function readSectionsAndItems({ body, text, lines, markers, levels }: Body) {
  const { sectionStyle, itemStyle, groupStyle, headings } = levels;
  const sections: SectionDraft[] = [];
  const items: ItemDraft[] = [];
  const numberingProblems: string[] = [];
  let lastItemNo = 0;
  body.forEach((i, k) => {
    const t = text[i] ?? '';
    const marker = markers.get(i) ?? null;
    if (headings.has(i)) {
      sections.push({ no: sections.length + 1, heading: headingText(t), items: [] });
    } else if (marker && marker.style === sectionStyle) {
      checkNext(numberingProblems, 'section', sections.at(-1)?.no ?? 0, marker);
      sections.push({ no: sections.length + 1, heading: headingText(marker.rest), items: [] });
    } else if (marker && marker.style === itemStyle) {
      const no = items.length + 1;
      const section = sections.at(-1);
      section?.items.push(no);
      items.push({
        no,
        label: marker.label,
        title: itemTitle(marker.rest),
        body: marker.rest,
        section: section?.no ?? 0,
        line: lines[i]?.line ?? 0,
      });
      checkNext(numberingProblems, 'item', lastItemNo, marker);
      lastItemNo = marker.no;
    } else if (marker && marker.style === groupStyle) {
      // A group heading between items belongs to no item.
    } else if (
      !marker &&
      isSubHeading(
        t,
        lines[i],
        text[body[k - 1] ?? -1],
        markers.get(body[k - 1] ?? -1),
        markers.get(body[k + 1] ?? -1),
        levels,
      )
    ) {
      // Neither is an unnumbered sub-heading (盘活存量设施) before the next item.
    } else {
      const item = items.at(-1);
      if (item && item.section === (sections.at(-1)?.no ?? 0)) item.body += `\n${t}`;
    }
  });
  return { sections, items, numberingProblems };
}

/** A heading-like line right before an item, a section or a group heading. */
function isSubHeading(
  text: string,
  line: Line | undefined,
  previous: string | undefined,
  previousMarker: Marker | null | undefined,
  next: Marker | null | undefined,
  levels: Levels,
): boolean {
  if (!next) return false;
  // A line of text wrapped in the middle of a sentence continues that sentence.
  const above = previous === undefined ? undefined : previousMarker?.style;
  const afterSentence =
    previous === undefined ||
    /[。；;！!？?）)]$/.test(previous) ||
    (above !== undefined && (above === levels.sectionStyle || above === levels.groupStyle));
  if (!afterSentence && line?.heading !== true) return false;
  const style = next.style;
  const leads =
    style === levels.itemStyle || style === levels.sectionStyle || style === levels.groupStyle;
  return leads && isHeadingLike(text, line?.heading === true);
}

function headingText(text: string): string {
  return text.replace(/[。.]+$/, '');
}

/** Item numbers either run on across sections or restart at 1 in each; anything else is a problem. */
function checkNext(problems: string[], what: string, previous: number, marker: Marker): void {
  if (marker.no === previous + 1 || (what === 'item' && marker.no === 1)) return;
  problems.push(`${what} ${marker.label} follows ${previous}`);
}

/** An item's title is its first sentence, when it has a short one. */
export function itemTitle(rest: string): string {
  const end = rest.search(/[。；;！!]/);
  const first = end >= 0 ? rest.slice(0, end) : rest;
  return first.length <= 60 ? first : first.slice(0, 60);
}

const maxKeyTasks = 20;

/** ①…⑩ in the preamble are the key tasks (重点工作); text before the first is the lead-in. */
function readKeyTasks(preamble: string[]): { keyTasks: KeyTaskDraft[]; stated: number | null } {
  const joined = preamble.join('\n');
  const parts = joined.split(/([\u2460-\u2473])/);
  const keyTasks: KeyTaskDraft[] = [];
  // ①…⑳ number at most twenty; more marks are not a key-task list, and would make linking quadratic.
  for (let k = 1; k < parts.length && keyTasks.length < maxKeyTasks; k += 2) {
    const no = circledNumber(parts[k] ?? '');
    const text =
      (parts[k + 1] ?? '')
        .split('\n')[0]
        ?.replace(/[；;，,。\s]+$/, '')
        .trim() ?? '';
    if (text) keyTasks.push({ no, text });
  }
  const count = /([一二三四五六七八九十\d]{1,3})项重点(工作|任务)/.exec(parts[0] ?? '')?.[1];
  const stated =
    count === undefined ? null : /\d/.test(count) ? Number(count) : chineseOrdinal(count);
  return { keyTasks, stated: Number.isFinite(stated) ? stated : null };
}
