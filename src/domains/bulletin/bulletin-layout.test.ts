/**
 * The ten-task September 2017 key-work bulletin of the worked example, as a .docx: every table
 * column is wide enough for its header on one line, so no header wraps ("序/号", "分管领/导").
 */
import { beforeAll, expect, it } from 'vitest';
import { bulletinDocx } from './bulletin-docx.js';
import { exampleFrame, exampleKeyWorkSnapshot } from './example-bulletin.js';
import { keyWorkContent } from './key-work-content.js';
import { docxParts } from './test-support.js';

/** 12 pt table text: a CJK character is 240 twips wide, a Latin letter or digit half that. */
function headerTwips(text: string): number {
  return [...text].reduce((sum, char) => sum + (char.charCodeAt(0) < 0x2e80 ? 120 : 240), 0);
}

const texts = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join('');
const twips = (xml: string, element: string) =>
  [...xml.matchAll(new RegExp(`<w:${element} w:w="(\\d+)"`, 'g'))].map((m) => Number(m[1]));

let body: string;

beforeAll(async () => {
  const content = keyWorkContent(await exampleKeyWorkSnapshot(), exampleFrame);
  body = (await docxParts(await bulletinDocx(content))).body;
}, 60_000);

it('gives every table column at least the width of its header on one line', () => {
  // The tables with a header row (not the 版记's rules): 重点工作, 逾期及滞后任务, 部室排名.
  const tables = [...body.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)]
    .map((m) => m[1] ?? '')
    .filter((table) => table.includes('<w:tblHeader/>'));
  expect(tables).toHaveLength(3);
  const checked: string[] = [];
  const narrow: { title: string; grid: number; cellWidth: number; needed: number }[] = [];
  for (const table of tables) {
    const margins = /<w:tblCellMar>([\s\S]*?)<\/w:tblCellMar>/.exec(table)?.[1] ?? '';
    const side = (name: string) => Number(new RegExp(`<w:${name} w:w="(\\d+)"`).exec(margins)?.[1]);
    const cellMargins = side('left') + side('right');
    expect(cellMargins).toBeGreaterThan(0);
    const columns = twips(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/.exec(table)?.[1] ?? '', 'gridCol');
    const header = /<w:tr>([\s\S]*?)<\/w:tr>/.exec(table)?.[1] ?? '';
    const cells = header.split('</w:tc>').slice(0, -1);
    expect(cells).toHaveLength(columns.length);
    cells.forEach((cell, i) => {
      const title = texts(cell);
      const needed = headerTwips(title) + cellMargins;
      const grid = columns[i] ?? 0;
      const cellWidth = twips(cell, 'tcW')[0] ?? 0;
      if (Math.min(grid, cellWidth) < needed) narrow.push({ title, grid, cellWidth, needed });
      checked.push(title);
    });
  }
  expect(narrow).toEqual([]);
  expect(checked).toEqual(
    expect.arrayContaining(['序号', '责任人', '责任部室', '分管领导', '名次']),
  );
});
