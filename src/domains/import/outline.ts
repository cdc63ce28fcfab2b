/**
 * The body of the plan: the key tasks listed in the preamble (①…⑩), then numbered sections and
 * items. Offices number in many styles (一、 （一） 1. 1、 ⒈ (1) ①); the first style met is the
 * section level, the second the item level, deeper levels stay inside their item's text.
 */
import type { ItemDraft, KeyTaskDraft, SectionDraft } from './draft.js';
import type { Line } from './lines.js';
import { chineseOrdinal, circledNumber, tidy } from './normalize.js';

type Style = 'chinese' | 'chineseParen' | 'arabic' | 'arabicParen' | 'circled';

interface Marker {
  style: Style;
  no: number;
  label: string;
  rest: string;
}

const cn = '[一二三四五六七八九十]{1,3}';
const patterns: [Style, RegExp][] = [
  ['chinese', new RegExp(`^(${cn})、`)],
  ['chineseParen', new RegExp(`^[（(](${cn})[）)]`)],
  ['arabic', /^(\d{1,3})(?:[.．、](?!\d)|\s)/],
  ['arabic', /^([\u2488-\u249b])/],
  ['arabicParen', /^[（(](\d{1,3})[）)]/],
  ['circled', /^([\u2460-\u2473])/],
];

/** The numbering at the start of a line, if any. */
export function readMarker(text: string): Marker | null {
  for (const [style, pattern] of patterns) {
    const m = pattern.exec(text);
    const digits = m?.[1];
    if (!m || !digits) continue;
    const no = /^\d/.test(digits)
      ? Number(digits)
      : style === 'chinese' || style === 'chineseParen'
        ? chineseOrdinal(digits)
        : circledNumber(digits);
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

export function parseOutline(lines: Line[], from: number, skip: Set<number>): Outline {
  const text = lines.map((l) => tidy(l.raw));
  const usable = (i: number) =>
    !skip.has(i) && text[i] !== '' && !captionPattern.test(text[i] ?? '');
  const indexes = [...text.keys()].filter((i) => i >= from && usable(i));
  const styles = levelStyles(indexes.map((i) => readMarker(text[i] ?? '')));
  const firstMarked = indexes.find((i) => {
    const style = readMarker(text[i] ?? '')?.style;
    return style !== undefined && styles.includes(style);
  });
  const preamble = indexes
    .filter((i) => firstMarked === undefined || i < firstMarked)
    .map((i) => text[i] ?? '');
  const { keyTasks, stated } = readKeyTasks(preamble);
  const body = indexes.filter((i) => firstMarked !== undefined && i >= firstMarked);
  return {
    keyTasks,
    statedKeyTaskCount: stated,
    ...readSectionsAndItems(body, text, lines, styles),
  };
}

/** The section style and the item style, in order of first appearance. */
function levelStyles(markers: (Marker | null)[]): Style[] {
  const seen: Style[] = [];
  for (const m of markers) {
    if (m && !seen.includes(m.style) && m.style !== 'circled') seen.push(m.style);
    if (seen.length === 2) break;
  }
  return seen;
}

function readSectionsAndItems(body: number[], text: string[], lines: Line[], styles: Style[]) {
  const [sectionStyle, itemStyle] = styles.length === 1 ? [undefined, styles[0]] : styles;
  const sections: SectionDraft[] = [];
  const items: ItemDraft[] = [];
  const numberingProblems: string[] = [];
  let lastItemNo = 0;
  for (const i of body) {
    const t = text[i] ?? '';
    const marker = readMarker(t);
    if (marker && marker.style === sectionStyle) {
      checkNext(numberingProblems, 'section', sections.at(-1)?.no ?? 0, marker);
      sections.push({ no: sections.length + 1, heading: marker.rest, items: [] });
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
    } else {
      const item = items.at(-1);
      if (item && item.section === (sections.at(-1)?.no ?? 0)) item.body += `\n${t}`;
    }
  }
  return { sections, items, numberingProblems };
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
