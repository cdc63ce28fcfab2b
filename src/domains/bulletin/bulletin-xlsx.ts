/**
 * A bulletin as an .xlsx workbook: a first sheet 通报 with the title and every paragraph in
 * order, then one sheet per table with a bold, frozen header. Cells go through setSafeCell, so
 * text such as "=1+1" stays text and no cell is ever a formula.
 */
import ExcelJS from 'exceljs';
import { setSafeCell } from '../documents/safe-cell.js';
import type { BulletinContent, ContentBlock } from './bulletin-content.js';
import { formatOfficialDate } from '../documents/official-document.js';

type TableBlock = Extract<ContentBlock, { kind: 'table' }>;

/** Excel sheet names: at most 31 characters, none of []:*?/\ and unique in the workbook. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '-').slice(0, 28) || '表';
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
  taken.add(name);
  return name;
}

function addTable(workbook: ExcelJS.Workbook, block: TableBlock, name: string): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = block.columns.map((c) => ({ width: Math.max(8, c.width * 4) }));
  block.columns.forEach((c, i) => setSafeCell(sheet.getCell(1, i + 1), c.title));
  sheet.getRow(1).font = { bold: true };
  block.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = sheet.getCell(r + 2, c + 1);
      setSafeCell(cell, value);
      cell.alignment = { wrapText: true, vertical: 'top' };
    }),
  );
}

export async function bulletinXlsx(content: BulletinContent, createdAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  // The bulletin's own time, so a re-download carries the same dates.
  workbook.created = createdAt;
  workbook.modified = createdAt;
  const taken = new Set<string>();
  const text = workbook.addWorksheet(sheetName('通报', taken));
  text.getColumn(1).width = 100;
  const lines = [
    content.title,
    content.subtitle,
    ...content.blocks.flatMap((b) => (b.kind === 'table' || b.kind === 'chart' ? [] : [b.text])),
    content.signature.unit,
    formatOfficialDate(content.signature.date),
  ];
  lines.forEach((line, i) => {
    const cell = text.getCell(i + 1, 1);
    setSafeCell(cell, line);
    cell.alignment = { wrapText: true };
  });
  text.getCell(1, 1).font = { bold: true, size: 16 };
  for (const block of content.blocks)
    if (block.kind === 'table') addTable(workbook, block, sheetName(block.sheet, taken));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
