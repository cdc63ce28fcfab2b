/**
 * Builders the *-content.ts files share: a table from compact column specs, a bar chart figure,
 * and the frame of a monthly bulletin (title, edition line, file name, signature).
 */
import type { BarChart } from './chart.js';
import {
  asOfLine,
  monthName,
  type BulletinContent,
  type Cell,
  type ContentBlock,
} from './bulletin-content.js';
import type { TableColumn } from '../documents/official-document.js';
import { issueNoLabel, type BulletinFrame } from './frame.js';
import type { SnapshotBase } from './snapshot.js';

/** [title, relative width, alignment (left when absent)]. */
export type ColumnSpec = readonly [title: string, width: number, align?: TableColumn['align']];

export function table(sheet: string, columns: readonly ColumnSpec[], rows: Cell[][]): ContentBlock {
  return {
    kind: 'table',
    sheet,
    columns: columns.map(([title, width, align]) =>
      align ? { title, width, align } : { title, width },
    ),
    rows,
  };
}

/**
 * Figure n: a 640×200 bar chart, captioned "图n  title" plus an optional note. At the width of the
 * type area it is 47 mm high, under five lines of text: tall enough to read, short enough that a
 * chart and its caption rarely push a page's rest onto the next.
 */
export function barChart(
  n: number,
  chart: Omit<BarChart, 'width' | 'height'>,
  note = '',
): ContentBlock {
  return {
    kind: 'chart',
    caption: `图${n}  ${chart.title}${note}`,
    chart: { ...chart, width: 640, height: 200 },
  };
}

/** A bulletin named "2017年9月<name>", signed by the plan's issuing unit on the issue date. */
export function monthlyBulletin(
  s: SnapshotBase,
  name: string,
  frame: BulletinFrame,
  blocks: ContentBlock[],
): BulletinContent {
  const title = `${monthName(s.month)}${name}`;
  return {
    title,
    subtitle: asOfLine(s.asOf),
    fileStem: `${s.plan.title}-${title}-${issueNoLabel(frame)}`,
    blocks,
    signature: { unit: s.plan.issuingUnit ?? s.plan.title, date: frame.issueDate },
    frame,
  };
}
