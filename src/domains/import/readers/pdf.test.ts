import { readFileSync } from 'node:fs';
import { PDFDocument, StandardFonts, rgb, type PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { draftFromFile } from '../draft-from-file.js';
import { readNoticeFile } from './index.js';
import { NO_TEXT_LAYER, readPdf } from './pdf.js';
import { compact } from '../normalize.js';
import {
  BASE,
  draftShape as shape,
  expectedTaskTable,
  fixture,
  importError as error,
} from './test-support.js';

const corpus = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../corpus/${name}`, import.meta.url)));

/** A one-page PDF whose trailer names a standard security handler the empty password fails. */
function encryptedPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${'11'.repeat(32)}> /U <${'22'.repeat(32)}> /P -4 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${'ab'.repeat(16)}> <${'ab'.repeat(16)}>] >>\n`;
  body += `startxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/**
 * A table drawn with borders (lines on page 1, thin filled rectangles on page 2) going on over
 * two pages: a group row spanning it, a wrapped cell, the header repeated on page 2 and row 2
 * cut by the page break; on page 1 a frame drawn around the text and the table.
 */
async function ruledTablePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const xs = [60, 100, 300, 500];
  const grid = (page: PDFPage, ys: number[], spans: boolean[], filled: boolean) => {
    const line = (x0: number, y0: number, x1: number, y1: number) => {
      if (filled)
        page.drawRectangle({
          x: Math.min(x0, x1) - 0.25,
          y: Math.min(y0, y1) - 0.25,
          width: Math.abs(x1 - x0) + 0.5,
          height: Math.abs(y1 - y0) + 0.5,
          color: rgb(0, 0, 0),
        });
      else page.drawLine({ start: { x: x0, y: y0 }, end: { x: x1, y: y1 }, thickness: 0.5 });
    };
    for (const y of ys) line(60, y, 500, y);
    ys.slice(1).forEach((y, r) => {
      const top = ys[r]!;
      for (const [i, x] of xs.entries()) {
        if (i === 0 || i === xs.length - 1 || !spans[r]) line(x, top, x, y);
      }
    });
  };
  const text = (page: PDFPage, x: number, y: number, s: string) =>
    page.drawText(s, { x, y, size: 10, font });
  const header = (page: PDFPage, y: number) => {
    text(page, 64, y, 'No');
    text(page, 104, y, 'Task');
    text(page, 304, y, 'Lead');
  };
  const one = doc.addPage([595, 842]);
  // A frame around the page's text, which the table's rulings touch.
  one.drawRectangle({ x: 30, y: 30, width: 535, height: 782, borderWidth: 1 });
  text(one, 60, 780, 'Tasks for the year');
  grid(one, [660, 640, 620, 580, 540], [false, true, false, false], false);
  header(one, 646);
  text(one, 64, 626, 'Group A');
  text(one, 64, 606, '1');
  text(one, 104, 606, 'Survey the river');
  text(one, 104, 592, 'banks');
  text(one, 304, 606, 'Water Bureau');
  text(one, 64, 566, '2');
  text(one, 104, 566, 'Build the');
  text(one, 304, 566, 'Roads Office');
  const two = doc.addPage([595, 842]);
  grid(two, [800, 780, 760, 740], [false, false, false], true);
  header(two, 786);
  text(two, 104, 766, 'new bridge');
  text(two, 64, 746, '3');
  text(two, 104, 746, 'Plant trees');
  text(two, 304, 746, 'Parks Office');
  return doc.save();
}

async function rectangleOnly(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc
    .addPage([300, 300])
    .drawRectangle({ x: 20, y: 20, width: 200, height: 100, color: rgb(0, 0, 0) });
  return doc.save();
}

describe('readPdf', () => {
  it('rebuilds the worked example: paragraphs joined across wrapped lines, the task table with its rows', async () => {
    const { blocks } = await readPdf(fixture(`${BASE}.pdf`));
    const texts = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(texts).toContain('滁科协〔2017〕2号');
    expect(texts.some((t) => t.startsWith('⒗加强信息工作') && t.endsWith('信息员队伍。'))).toBe(
      true,
    );
    const table = blocks.find((b) => b.kind === 'table');
    // Every row and cell of the text form's table, spaces inside names ('柳  军') aside.
    const cells = (rows: string[][]) => rows.map((row) => row.map(compact));
    expect(table?.kind === 'table' && cells(table.rows)).toEqual(cells(expectedTaskTable()));
  }, 30_000);

  it('says plainly that a PDF without a text layer (a scan) cannot be read', async () => {
    const e = await error(readNoticeFile('扫描件.pdf', await rectangleOnly()));
    expect(e.message).toBe(NO_TEXT_LAYER);
  });

  it('refuses an encrypted PDF with a clear message', async () => {
    const e = await error(readNoticeFile('通知.pdf', encryptedPdf()));
    expect(e.code).toBe('bad_file');
    expect(e.message).toContain('PDF 文件已加密');
  });

  it('refuses damaged and truncated PDFs as bad files', async () => {
    const truncated = fixture(`${BASE}.pdf`).slice(0, 600);
    for (const broken of [truncated, new TextEncoder().encode('%PDF-1.7\nnot a pdf')]) {
      expect((await error(readNoticeFile('通知.pdf', broken))).code).toBe('bad_file');
    }
    expect((await error(readNoticeFile('通知.pdf', new TextEncoder().encode('hello')))).code).toBe(
      'bad_file',
    );
  }, 30_000);

  it('is known by its %PDF- header whatever the name says', async () => {
    const doc = await readNoticeFile('下载文件.bin', fixture(`${BASE}.pdf`));
    expect(doc.blocks.length).toBeGreaterThan(20);
  }, 30_000);

  it.each([
    ['../fixtures/', BASE, 'html'],
    ['../corpus/', 'general-office-state-council-2013-elderly-care-opinions', 'txt'],
    ['../corpus/', 'anhui-province-cast-2019-yaodian', 'html'],
    ['../corpus/', 'xian-yunxi-cast-2021-workplan', 'html'],
    ['../corpus/', 'province-hunan-2019-ftz-replication', 'html'],
    ['../corpus/', 'bengbu-city-gov-office-2020-task-breakdown', 'txt'],
  ])(
    '%s%s.pdf gives the same plan, sections, items and tasks as its .%s form',
    async (dir, slug, ext) => {
      const read = (name: string) =>
        new Uint8Array(readFileSync(new URL(`${dir}${name}`, import.meta.url)));
      const text = await draftFromFile({ name: `${slug}.${ext}`, bytes: read(`${slug}.${ext}`) });
      const pdf = await draftFromFile({ name: `${slug}.pdf`, bytes: read(`${slug}.pdf`) });
      expect(shape(pdf)).toEqual(shape(text));
    },
    30_000,
  );

  it('reads a bordered table by its cells: group rows spanning it skipped, wrapped cells joined, one table over three pages', async () => {
    const draft = await draftFromFile({
      name: 'province-hunan-2019-ftz-replication.pdf',
      bytes: corpus('province-hunan-2019-ftz-replication.pdf'),
    });
    const rows = draft.tableRows;
    // 16 tasks under four group rows (一、投资管理领域（5项） …), numbered with gaps.
    expect(rows.map((r) => r.no)).toEqual([1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 19]);
    expect(rows.some((r) => r.content.includes('领域'))).toBe(false);
    // 序号 wraps to 序 / 号 in the header cell; 改革事项 and 具体内容 wrap in narrow cells.
    expect(draft.tableColumns).toContain('序号');
    expect(rows[0]?.content).toBe(
      '外商投资企业设立“单一窗口”：将外商投资企业设立备案与企业登记整合，实行“一表申报、一口受理”',
    );
    expect(rows[0]?.departments).toEqual(['省商务厅', '省市场监管局']);
    // Row 3 is cut by the page break: its last words are on page 2, under the repeated header.
    expect(rows[2]?.content).toBe(
      '企业投资项目承诺制：对备案类企业投资项目实行承诺制，选择不少于10个省级以上园区开展试点',
    );
    expect(rows[15]?.departments).toEqual(['省发展改革委', '人民银行长沙中心支行']);
  }, 30_000);

  it('reads a tab table printed as a bordered table with narrow wrapped cells', async () => {
    const draft = await draftFromFile({
      name: 'bengbu-city-gov-office-2020-task-breakdown.pdf',
      bytes: corpus('bengbu-city-gov-office-2020-task-breakdown.pdf'),
    });
    const rows = draft.tableRows;
    expect(rows).toHaveLength(18);
    expect(rows.map((r) => r.no)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect(rows.some((r) => /^[一二三]、/.test(r.content))).toBe(false);
    expect(rows[2]).toMatchObject({
      content: '固定资产投资增长10%以上',
      departments: ['市发展改革委'],
      coDepartments: ['市住房城乡建设局', '市自然资源和规划局'],
      owners: ['王建国'],
      deadlineText: '年底前',
    });
    expect(rows[3]?.content).toBe('新开工亿元以上项目150个，推动重点项目早开工、早投产');
    expect(rows[14]).toMatchObject({ deadlineText: '2021年6月底前', due: '2021-06-30' });
  }, 30_000);

  it('joins a bordered table cut by a page break: the repeated header dropped, the cut row joined, a frame around it ignored', async () => {
    const { blocks } = await readPdf(await ruledTablePdf());
    const tables = blocks.flatMap((b) => (b.kind === 'table' ? [b.rows] : []));
    expect(tables).toEqual([
      [
        ['No', 'Task', 'Lead'],
        ['Group A', 'Group A', 'Group A'],
        ['1', 'Survey the river banks', 'Water Bureau'],
        ['2', 'Build the new bridge', 'Roads Office'],
        ['3', 'Plant trees', 'Parks Office'],
      ],
    ]);
    expect(blocks.some((b) => b.kind === 'paragraph' && b.text === 'Tasks for the year')).toBe(
      true,
    );
  }, 30_000);
});
