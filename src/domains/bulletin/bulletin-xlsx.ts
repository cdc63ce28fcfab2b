/**
 * A bulletin as an .xlsx workbook: a first sheet 通报 with the 版头 (the red 发文机关标志, 期号, the
 * issuing office beside the issue date over a red line), the title and every paragraph in order,
 * the signature and the 版记 (抄送, 印发机关 beside 印发日期, between thick-thin-thick rules), then
 * one sheet per table with a bold, frozen header. Cells go through setSafeCell, so text such as
 * "=1+1" stays text and no cell is ever a formula. Written with ExcelJS's streaming writer: each
 * row is committed (turned into XML and zipped) as soon as it is filled, so a 1,000-task bulletin
 * never holds its whole workbook as cell objects.
 */
import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../../platform/load-exceljs.js';
import { setSafeCell } from '../documents/safe-cell.js';
import type { BulletinContent, ContentBlock } from './bulletin-content.js';
import { issueNoLabel } from './frame.js';
import { formatOfficialDate } from '../documents/official-document.js';
import { copyToLine, OFFICIAL_RED } from '../documents/official-frame.js';

type TableBlock = Extract<ContentBlock, { kind: 'table' }>;

/** Excel sheet names: at most 31 characters, none of []:*?/\ and unique in the workbook. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '-').slice(0, 28) || '表';
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
  taken.add(name);
  return name;
}

type Writer = ExcelJS.stream.xlsx.WorkbookWriter;

function addTable(workbook: Writer, block: TableBlock, name: string): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = block.columns.map((c) => ({ width: Math.max(8, c.width * 4) }));
  const head = sheet.getRow(1);
  block.columns.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    setSafeCell(cell, c.title);
    cell.font = { bold: true };
  });
  head.commit();
  block.rows.forEach((values, r) => {
    const row = sheet.getRow(r + 2);
    values.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      setSafeCell(cell, value);
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
    row.commit();
  });
  sheet.commit();
}

const red = `FF${OFFICIAL_RED}`;

/** The first sheet: column A the text, column B the dates on the office and 印发 lines. */
function addText(workbook: Writer, content: BulletinContent, name: string): void {
  const { frame } = content;
  const sheet = workbook.addWorksheet(name);
  sheet.getColumn(1).width = 100;
  sheet.getColumn(2).width = 20;
  let row = 0;
  /** The next row: `text` in column A and, when given, `date` right-aligned in column B. */
  const line = (text: string, date?: string): { text: ExcelJS.Cell; cells: ExcelJS.Cell[] } => {
    row += 1;
    const left = sheet.getCell(row, 1);
    setSafeCell(left, text);
    left.alignment = { wrapText: true };
    if (date === undefined) return { text: left, cells: [left] };
    const right = sheet.getCell(row, 2);
    setSafeCell(right, date);
    right.alignment = { horizontal: 'right' };
    return { text: left, cells: [left, right] };
  };
  line(frame.masthead).text.font = { bold: true, size: 22, color: { argb: red } };
  line(issueNoLabel(frame));
  for (const cell of line(frame.issuingOffice, formatOfficialDate(frame.issueDate)).cells)
    cell.border = { bottom: { style: 'medium', color: { argb: red } } };
  line(content.title).text.font = { bold: true, size: 16 };
  line(content.subtitle);
  for (const block of content.blocks)
    if (block.kind !== 'table' && block.kind !== 'chart') line(block.text);
  line(content.signature.unit);
  line(formatOfficialDate(content.signature.date));
  row += 1;
  const colophon = [
    ...(frame.copyTo.length > 0 ? [line(copyToLine(frame.copyTo), '')] : []),
    line(frame.printedBy, `${formatOfficialDate(frame.issueDate)}印发`),
  ];
  colophon.forEach(({ cells }, i) => {
    for (const cell of cells)
      cell.border = {
        top: { style: i === 0 ? 'medium' : 'thin' },
        ...(i === colophon.length - 1 ? { bottom: { style: 'medium' } } : {}),
      };
  });
  sheet.commit();
}

export async function bulletinXlsx(content: BulletinContent, createdAt: Date): Promise<Buffer> {
  const { stream: excelStream } = await loadExcelJs();
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  // The bulletin's own time, so a re-download carries the same dates.
  const workbook = new excelStream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.created = createdAt;
  workbook.modified = createdAt;
  const taken = new Set<string>();
  addText(workbook, content, sheetName('通报', taken));
  for (const block of content.blocks)
    if (block.kind === 'table') addTable(workbook, block, sheetName(block.sheet, taken));
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}
