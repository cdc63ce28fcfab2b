/**
 * What an import warning is about ('keyTask 8 vs tableRow 8', 'tableRow 3', 'table row 3') and
 * whether the stored draft has since been corrected. Warnings are stored once, at import; the
 * wizard re-checks the one kind an edit can settle: a key task and its table row that disagree.
 */
import type { ImportWarning, Task } from './types';

export interface WarningRefs {
  keyTasks: number[];
  rows: number[];
}

export function refsOf(about: string): WarningRefs {
  const keyTasks = [...about.matchAll(/keyTask (\d+)/g)].map((m) => Number(m[1]));
  const rows = [...about.matchAll(/table ?[Rr]ow (\d+)/g)].map((m) => Number(m[1]));
  return { keyTasks, rows };
}

const compact = (text: string) => text.replace(/\s+/g, '');

/** A key task and its row agree once one text contains the other. */
export function isResolved(
  warning: ImportWarning,
  keyTasks: { no: number; text: string }[],
  tasks: Pick<Task, 'no' | 'content'>[],
): boolean {
  if (!warning.about.includes(' vs ')) return false;
  const { keyTasks: k, rows } = refsOf(warning.about);
  const keyText = keyTasks.find((x) => x.no === k[0])?.text;
  const rowText = tasks.find((x) => x.no === rows[0])?.content;
  if (keyText === undefined || rowText === undefined) return false;
  const [a, b] = [compact(keyText), compact(rowText)];
  return a.includes(b) || b.includes(a);
}

/** Texts to look for in the source: what the warning's key tasks and rows said at import. */
export function sourceTexts(
  warning: ImportWarning,
  draft: {
    keyTasks: { no: number; text: string }[];
    tableRows: { no: number; content: string }[];
  },
): string[] {
  const { keyTasks, rows } = refsOf(warning.about);
  return [
    ...draft.keyTasks.filter((x) => keyTasks.includes(x.no)).map((x) => x.text),
    ...draft.tableRows.filter((x) => rows.includes(x.no)).map((x) => x.content),
  ].filter((t) => t.length > 0);
}
