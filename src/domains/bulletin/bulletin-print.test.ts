import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { BulletinContent } from './bulletin-content.js';
import { bulletinHtml } from './bulletin-html.js';
import { bulletinXlsx } from './bulletin-xlsx.js';
import { exampleFrame } from './example-bulletin.js';
import type { BulletinFrame } from './frame.js';

const frame: BulletinFrame = { ...exampleFrame, copyTo: ['市委办公室', '市政府办公室'] };

const content = (f: BulletinFrame): BulletinContent => ({
  title: '2017年9月重点工作通报',
  subtitle: '（截至2017年9月30日）',
  fileStem: '工作要点-2017年9月重点工作通报-第1期',
  blocks: [
    { kind: 'heading1', text: '一、总体情况' },
    { kind: 'paragraph', text: '存在问题：<b>专家</b>时间难以协调' },
    {
      kind: 'table',
      sheet: '重点任务',
      columns: [
        { title: '序号', width: 1, align: 'center' },
        { title: '工作任务', width: 8 },
        { title: '分管领导', width: 2 },
      ],
      rows: [[1, '举办全市科普日活动，覆盖全部县（市、区）和重点园区', '张三']],
    },
  ],
  signature: { unit: '滁州市科学技术协会', date: '2017-10-09' },
  frame: f,
});

const html = await bulletinHtml(content(frame));

describe('bulletin print view', () => {
  it('opens with the 版头: the red mark, 期号, office and date over a red line', () => {
    expect(html).toMatch(
      /<header class="masthead">\s*<div class="mark" style="font-size:[\d.]+pt">滁州市科协重点工作通报<\/div>\s*<div class="issue-no">第1期<\/div>\s*<div class="spread"><span>滁州市科协办公室<\/span><span>2017年10月9日<\/span><\/div>\s*<\/header>\s*<h1>2017年9月重点工作通报<\/h1>/,
    );
    expect(html).toMatch(/\.masthead \{ border-bottom: 1\.5pt solid #FF0000;/);
    expect(html).toMatch(/\.masthead \.mark \{[^}]*color: #FF0000;/);
  });

  it('ends with the 版记 after the signature, between thick and thin rules', () => {
    const end = html.slice(html.indexOf('<div class="signature">'));
    expect(end).toMatch(
      /<footer class="colophon">\s*<div class="copy-to">抄送：市委办公室，市政府办公室。<\/div>\s*<div class="spread printed"><span>滁州市科协办公室<\/span><span>2017年10月9日印发<\/span><\/div>\s*<\/footer>\s*<\/main>/,
    );
    expect(html).toContain('border-top: 0.35mm solid #000; border-bottom: 0.35mm solid #000;');
    expect(html).toContain('.colophon > div + div { border-top: 0.25mm solid #000; }');
  });

  it('leaves the 抄送 line out when there is none and marks a draft', async () => {
    const draft = await bulletinHtml(content({ ...frame, state: 'draft', copyTo: [], issueNo: 2 }));
    expect(draft).toContain('<div class="issue-no">第2期（草稿）</div>');
    expect(draft).not.toContain('抄送');
  });

  it('gives short headers room on one line', () => {
    const widths = [...html.matchAll(/<col style="width:([\d.]+)%">/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(3);
    // 序号 at 12 pt needs about 4 % of the 156 mm type area; its hint alone would give it 9 %.
    expect(widths[0]).toBeGreaterThan(4);
    expect(widths[2]).toBeGreaterThan(6.5);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
  });

  it('escapes every text, the frame included', async () => {
    expect(html).toContain('存在问题：&lt;b&gt;专家&lt;/b&gt;时间难以协调');
    expect(html).not.toContain('<b>专家</b>');
    const hostile = await bulletinHtml(
      content({ ...frame, masthead: '<script>x</script>', copyTo: ['"A"&B'], printedBy: "<i>'" }),
    );
    expect(hostile).not.toContain('<script>x');
    expect(hostile).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(hostile).toContain('抄送：&quot;A&quot;&amp;B。');
    expect(hostile).toContain('<span>&lt;i&gt;&#39;</span>');
  });
});

describe('bulletin workbook', () => {
  async function firstSheet(f: BulletinFrame) {
    const workbook = new ExcelJS.Workbook();
    const bytes = await bulletinXlsx(content(f), new Date('2017-10-09T02:00:00Z'));
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(workbook.created.toISOString()).toBe('2017-10-09T02:00:00.000Z');
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, n) => {
      rows[n - 1] = [row.getCell(1).text, row.getCell(2).text];
    });
    return { sheet, rows: Array.from(rows, (r) => r ?? ['', '']), names: workbook.worksheets };
  }

  it('carries the 版头 and 版记 facts on its first sheet', async () => {
    const { sheet, rows, names } = await firstSheet(frame);
    expect(names.map((s) => s.name)).toEqual(['通报', '重点任务']);
    const table = names[1];
    expect(table?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(table?.getRow(1).getCell(2).font.bold).toBe(true);
    expect(table?.getRow(2).getCell(1).value).toBe(1);
    expect(table?.getRow(2).getCell(3).value).toBe('张三');
    expect(rows.slice(0, 5)).toEqual([
      ['滁州市科协重点工作通报', ''],
      ['第1期', ''],
      ['滁州市科协办公室', '2017年10月9日'],
      ['2017年9月重点工作通报', ''],
      ['（截至2017年9月30日）', ''],
    ]);
    expect(rows.slice(-5)).toEqual([
      ['滁州市科学技术协会', ''],
      ['2017年10月9日', ''],
      ['', ''],
      ['抄送：市委办公室，市政府办公室。', ''],
      ['滁州市科协办公室', '2017年10月9日印发'],
    ]);
    expect(sheet.getCell('A1').font.color?.argb).toBe('FFFF0000');
    expect(sheet.getCell('B3').border.bottom?.color?.argb).toBe('FFFF0000');
    const last = rows.length;
    expect(sheet.getCell(last - 1, 1).border.top?.style).toBe('medium');
    expect(sheet.getCell(last, 1).border.top?.style).toBe('thin');
    expect(sheet.getCell(last, 1).border.bottom?.style).toBe('medium');
  });

  it('leaves the 抄送 line out when there is none and marks a correction', async () => {
    const { rows } = await firstSheet({ ...frame, copyTo: [], correction: true });
    expect(rows[1]).toEqual(['第1期（更正）', '']);
    expect(rows.flat().join('')).not.toContain('抄送');
    expect(rows.at(-1)).toEqual(['滁州市科协办公室', '2017年10月9日印发']);
  });

  it('keeps formula-like frame text as text', async () => {
    const { sheet } = await firstSheet({ ...frame, masthead: '=1+1' });
    expect(sheet.getCell('A1').value).toBe('=1+1');
  });
});
