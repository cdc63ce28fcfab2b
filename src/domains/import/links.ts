/**
 * Links between the key tasks of the preamble, the rows of the task table and the items of the
 * outline, scored by shared character bigrams (Chinese has no spaces to split words on), and the
 * warnings where two texts that are meant to be the same task disagree.
 */
import type { ImportWarning, ItemDraft, KeyTaskDraft, ScoredLink, TableRowDraft } from './draft.js';
import { compact, foldDashes } from './normalize.js';

const punctuation = /[\s，,。．.；;：:、“”"‘’'《》（）()【】〔〕！!？?]/g;

/** The text as compared: spaces, punctuation and dash variants ignored. */
export function comparable(text: string): string {
  return foldDashes(compact(text)).replace(punctuation, '');
}

export type Grams = Set<string>;

/** Character bigrams of the comparable text; computed once per text, then compared many times. */
export function bigrams(text: string): Grams {
  const s = comparable(text);
  const grams = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) grams.add(s.slice(i, i + 2));
  if (s.length === 1) grams.add(s);
  return grams;
}

function shared(a: Grams, b: Grams): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const g of small) if (large.has(g)) n++;
  return n;
}

/** Overlap coefficient: 1 when one text is contained in the other. */
export function overlap(a: Grams, b: Grams): number {
  const smaller = Math.min(a.size, b.size);
  return smaller === 0 ? 0 : shared(a, b) / smaller;
}

/** Share of a's bigrams found in b: how much of a key task an item's text covers. */
export function containment(a: Grams, b: Grams): number {
  return a.size === 0 ? 0 : shared(a, b) / a.size;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** One row per key task, best pairs first; a row's own number breaks ties. */
export function linkKeyTasksToRows(keyTasks: KeyTaskDraft[], rows: TableRowDraft[]): ScoredLink[] {
  const rowGrams = rows.map((r) => bigrams(r.content));
  const candidates = keyTasks.flatMap((k) => {
    const grams = bigrams(k.text);
    return rows.map((r, i) => ({
      from: k.no,
      to: r.no,
      score: overlap(grams, rowGrams[i] ?? new Set()) + (k.no === r.no ? 1e-6 : 0),
    }));
  });
  candidates.sort((a, b) => b.score - a.score);
  const links: ScoredLink[] = [];
  const usedFrom = new Set<number>();
  const usedTo = new Set<number>();
  for (const c of candidates) {
    if (c.score < 0.5 || usedFrom.has(c.from) || usedTo.has(c.to)) continue;
    usedFrom.add(c.from);
    usedTo.add(c.to);
    links.push({ ...c, score: round(c.score) });
  }
  return links.sort((a, b) => a.from - b.from);
}

/** The item that covers most of each key task; several key tasks may share one item. */
export function linkKeyTasksToItems(keyTasks: KeyTaskDraft[], items: ItemDraft[]): ScoredLink[] {
  const links: ScoredLink[] = [];
  const itemGrams = items.map((item) => bigrams(item.body));
  for (const k of keyTasks) {
    const grams = bigrams(k.text);
    let best: ScoredLink | null = null;
    for (const [i, item] of items.entries()) {
      const score = containment(grams, itemGrams[i] ?? new Set());
      if (!best || score > best.score) best = { from: k.no, to: item.no, score };
    }
    if (best && best.score >= 0.3) links.push({ ...best, score: round(best.score) });
  }
  return links;
}

/** Warnings for linked key tasks and rows whose texts differ, not merely one shortening the other. */
export function disagreements(
  keyTasks: KeyTaskDraft[],
  rows: TableRowDraft[],
  links: ScoredLink[],
): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  for (const link of links) {
    const a = comparable(keyTasks.find((k) => k.no === link.from)?.text ?? '');
    const b = comparable(rows.find((r) => r.no === link.to)?.content ?? '');
    if (a.includes(b) || b.includes(a)) continue;
    const [x, y] = differingWords(a, b);
    warnings.push({
      about: `keyTask ${link.from} vs tableRow ${link.to}`,
      why: `the key task says ${x} but the table row says ${y}: the texts disagree and a person should confirm which is meant`,
      whyZh: `重点工作第${link.from}项为“${x}”，任务表第${link.to}行为“${y}”，两处表述不一致，请核实`,
    });
  }
  return warnings;
}

/** The differing middle of two texts, widened by a little shared context on each side. */
export function differingWords(a: string, b: string): [string, string] {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let q = 0;
  while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  const before = a.slice(Math.max(0, p - 3), p);
  const after = a.slice(a.length - q, a.length - q + 3);
  return [before + a.slice(p, a.length - q) + after, before + b.slice(p, b.length - q) + after];
}
