/**
 * Builds the committed reader fixtures from the worked example
 * src/domains/import/fixtures/chuzhou-cast-2017-workplan.txt:
 *   .docx     — Word file with the key-task table as a real 7×11 Word table
 *   .xlsx     — task sheet with a merged title, header from column B in a different order with
 *               synonyms, and vertically merged 责任人/分管领导 cells
 *   .gbk.txt  — the text encoded as GB18030
 *   .html     — a government-site page with head/script/nav noise around the notice
 *
 * Run: npx tsx scripts/make-import-fixtures.ts  (outputs are deterministic apart from
 * the timestamps Office formats embed).
 */

import { readFileSync, writeFileSync } from 'node:fs';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

const FIXTURES = new URL('../src/domains/import/fixtures/', import.meta.url);
const BASE = 'chuzhou-cast-2017-workplan';
const TABLE_TITLE = '2017年滁州市科协重点工作任务表';
const NOTICE_TITLE = ['关于印发《滁州市科协2017年工作要点》', '的通知'];
const PLAN_TITLE = '滁州市科协2017年工作要点';
const DOC_NUMBER = '滁科协〔2017〕2号';
const TABLE_ROWS = 11;
const TABLE_COLUMNS = 7;

/** Text lines before the table title, without blank lines. */
function proseLines(lines: string[]): string[] {
  return lines.slice(0, lines.lastIndexOf(TABLE_TITLE)).filter((l) => l.trim() !== '');
}

/**
 * The flattened table: after the title, each cell is a tab-indented line and rows are
 * separated by blank lines. The last row lacks its final empty cell, so rows are padded.
 */
function parseTaskTable(lines: string[]): string[][] {
  const groups: string[][] = [];
  let current: string[] | undefined;
  for (const line of lines.slice(lines.lastIndexOf(TABLE_TITLE) + 1)) {
    if (!line.startsWith('\t')) {
      current = undefined;
      continue;
    }
    if (!current) groups.push((current = []));
    current.push(line.slice(1));
  }
  return groups
    .slice(-TABLE_ROWS)
    .map((g) => [...g, ...Array<string>(TABLE_COLUMNS - g.length).fill('')]);
}

// ---------- .docx ----------

function docxParagraph(line: string): Paragraph {
  if (line === DOC_NUMBER) return new Paragraph({ text: line, alignment: AlignmentType.CENTER });
  if (line === PLAN_TITLE) return new Paragraph({ text: line, heading: HeadingLevel.HEADING_1 });
  if (/^[一二三四五六七八九十]+、/.test(line)) {
    return new Paragraph({ text: line, heading: HeadingLevel.HEADING_2 });
  }
  return new Paragraph({ text: line });
}

/** The two-line notice title is one Word paragraph with a manual line break, as typed. */
function docxNoticeTitle(): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.TITLE,
    alignment: AlignmentType.CENTER,
    children: [
      new TextRun(NOTICE_TITLE[0] ?? ''),
      new TextRun({ text: NOTICE_TITLE[1] ?? '', break: 1 }),
    ],
  });
}

function docxTable(rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: cells.map(
            (text) =>
              new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })] }),
          ),
        }),
    ),
  });
}

async function makeDocx(lines: string[], rows: string[][]): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  for (const line of proseLines(lines)) {
    if (line === NOTICE_TITLE[0]) children.push(docxNoticeTitle());
    else if (line !== NOTICE_TITLE[1]) children.push(docxParagraph(line));
  }
  children.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: TABLE_TITLE, bold: true })],
    }),
  );
  children.push(docxTable(rows));
  const doc = new Document({ creator: 'duban fixtures', sections: [{ children }] });
  return Packer.toBuffer(doc);
}

// ---------- .xlsx ----------

/** Sheet columns, in sheet order: [header as written, index of the .txt column]. */
const XLSX_COLUMNS: [string, number][] = [
  ['序号', 0],
  ['工作任务', 1],
  ['分管领导', 4],
  ['责任单位', 3],
  ['责任人', 2],
  ['完成时限', 5],
  ['备注', 6],
];
const XLSX_FIRST_COLUMN = 2; // column B
const XLSX_HEADER_ROW = 3;

function xlsxValue(text: string, txtColumn: number): ExcelJS.CellValue {
  if (text === '') return null;
  if (txtColumn === 0) return Number(text);
  // One task as rich text, as when part of a cell is bolded in Excel.
  const quoted = /^(.*)(“.*”)(.*)$/.exec(text);
  if (txtColumn === 1 && quoted) {
    return {
      richText: [
        { text: quoted[1] ?? '' },
        { text: quoted[2] ?? '', font: { bold: true } },
        { text: quoted[3] ?? '' },
      ],
    };
  }
  return text;
}

/** Merges vertical runs of equal values in one column, as offices do for shared owners. */
function mergeRuns(
  sheet: ExcelJS.Worksheet,
  values: string[],
  column: number,
  firstRow: number,
): void {
  let start = 0;
  for (let i = 1; i <= values.length; i++) {
    if (i < values.length && values[i] === values[start]) continue;
    if (i - start > 1) sheet.mergeCells(firstRow + start, column, firstRow + i - 1, column);
    start = i;
  }
}

function fillTaskSheet(sheet: ExcelJS.Worksheet, rows: string[][]): void {
  const lastColumn = XLSX_FIRST_COLUMN + XLSX_COLUMNS.length - 1;
  sheet.getCell(1, XLSX_FIRST_COLUMN).value = TABLE_TITLE;
  sheet.mergeCells(1, XLSX_FIRST_COLUMN, 1, lastColumn);
  const [, ...data] = rows;
  XLSX_COLUMNS.forEach(([header, txtColumn], i) => {
    const column = XLSX_FIRST_COLUMN + i;
    sheet.getCell(XLSX_HEADER_ROW, column).value = header;
    const values = data.map((row) => row[txtColumn] ?? '');
    values.forEach((text, r) => {
      const isMergedSlave = (txtColumn === 2 || txtColumn === 4) && r > 0 && values[r - 1] === text;
      if (!isMergedSlave)
        sheet.getCell(XLSX_HEADER_ROW + 1 + r, column).value = xlsxValue(text, txtColumn);
    });
    if (txtColumn === 2 || txtColumn === 4) mergeRuns(sheet, values, column, XLSX_HEADER_ROW + 1);
  });
}

async function makeXlsx(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'duban fixtures';
  workbook.created = new Date('2017-05-04T00:00:00Z');
  workbook.modified = workbook.created;
  // A leading sheet without a task table: the reader must pick the second one.
  workbook.addWorksheet('填表说明').getCell('A1').value =
    '请按任务表填写完成情况，每月25日前报办公室。';
  fillTaskSheet(workbook.addWorksheet('重点工作任务表'), rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// ---------- .html ----------

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/“/g, '&ldquo;')
    .replace(/”/g, '&rdquo;')
    .replace(/ {2}/g, '&nbsp;&nbsp;');
}

/** Body paragraphs: headings as <p><strong>, numbered items of one section joined by <br>. */
function htmlProse(lines: string[]): string[] {
  const out: string[] = [];
  let items: string[] = [];
  const flushItems = (): void => {
    if (items.length > 0)
      out.push(
        `<p>${items.map((i) => `&nbsp;&nbsp;&nbsp;&nbsp;${escapeHtml(i)}`).join('<br />\n')}</p>`,
      );
    items = [];
  };
  for (const line of proseLines(lines)) {
    if (line === NOTICE_TITLE[1]) continue;
    if (/^[⒈-⒛]/.test(line)) {
      items.push(line);
      continue;
    }
    flushItems();
    if (line === DOC_NUMBER) out.push(`<p align="center">${escapeHtml(line)}</p>`);
    else if (line === NOTICE_TITLE[0])
      out.push(
        `<p align="center"><strong>${escapeHtml(line)}<br>${escapeHtml(NOTICE_TITLE[1] ?? '')}</strong></p>`,
      );
    else out.push(`<p>&nbsp;&nbsp;&nbsp;&nbsp;${escapeHtml(line)}</p>`);
  }
  flushItems();
  return out;
}

/** The table as a CMS would emit it; rows 2–4 share 责任人 and 分管领导 via rowspan. */
function htmlTable(rows: string[][]): string {
  const spanned = new Set([2, 4]);
  const trs = rows.map((cells, r) => {
    const tds = cells.map((text, c) => {
      if (spanned.has(c) && (r === 3 || r === 4)) return '';
      const span = spanned.has(c) && r === 2 ? ' rowspan="3"' : '';
      const tag = r === 0 ? 'th' : 'td';
      return `<${tag}${span} valign="center">\n        ${escapeHtml(text)}\n      </${tag}>`;
    });
    return `    <tr>${tds.join('')}</tr>`;
  });
  return `<table border="1" cellspacing="0" cellpadding="0" width="100%">\n  <tbody>\n${trs.join('\n')}\n  </tbody>\n</table>`;
}

function makeHtml(lines: string[], rows: string[][]): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于印发《滁州市科协2017年工作要点》的通知_滁州市科学技术协会</title>
<link rel="stylesheet" href="/css/style.css">
<style type="text/css">
  body { font-family: "宋体"; } .nav a { margin: 0 8px; }
</style>
<script type="text/javascript">
  var _hmt = _hmt || []; (function () { document.write('统计代码'); })();
</script>
</head>
<body>
<div class="top">
  <div class="nav"><a href="/">网站首页</a><a href="/kxdt/">科协动态</a><a href="/tzgg/">通知公告</a><a href="/kpzs/">科普知识</a></div>
</div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a></div>
<div class="article">
  <h1>关于印发《滁州市科协2017年工作要点》的通知</h1>
  <div class="info">发布时间：2017-05-04&nbsp;&nbsp;来源：市科协&nbsp;&nbsp;浏览次数：<script>document.write(hits)</script></div>
  <div class="content" id="zoom">
${htmlProse(lines).join('\n')}
<p align="center"><strong>${escapeHtml(TABLE_TITLE)}</strong></p>
${htmlTable(rows)}
  </div>
</div>
<noscript>您的浏览器不支持JavaScript</noscript>
<div class="footer">主办单位：滁州市科学技术协会&nbsp;&nbsp;<script src="/js/count.js"></script></div>
</body>
</html>
`;
}

async function main(): Promise<void> {
  const text = readFileSync(new URL(`${BASE}.txt`, FIXTURES), 'utf8');
  const lines = text.split('\n');
  const rows = parseTaskTable(lines);
  if (rows.length !== TABLE_ROWS || rows[0]?.[0] !== '序号')
    throw new Error('task table not found in .txt');
  writeFileSync(new URL(`${BASE}.docx`, FIXTURES), await makeDocx(lines, rows));
  writeFileSync(new URL(`${BASE}.xlsx`, FIXTURES), await makeXlsx(rows));
  writeFileSync(new URL(`${BASE}.gbk.txt`, FIXTURES), iconv.encode(text, 'gb18030'));
  writeFileSync(new URL(`${BASE}.html`, FIXTURES), makeHtml(lines, rows));
  console.log(`wrote ${BASE}.{docx,xlsx,gbk.txt,html}`);
}

await main();
