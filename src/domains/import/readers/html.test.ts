import { describe, expect, it } from 'vitest';
import type { SourceBlock } from '../draft.js';
import { readHtml } from './html.js';
import { readNoticeFile } from './index.js';
import { HTML_MAX_TABLE_CELLS, ImportError, TABLE_MAX_ROWS, TEXT_MAX_BYTES } from './limits.js';
import { BASE, expectedTaskTable, fixtureText } from './test-support.js';

const TABLES_TOO_LARGE =
  `表格过大（所有表格合计上限 ${HTML_MAX_TABLE_CELLS} 个单元格）/ ` +
  `tables too large (limit ${HTML_MAX_TABLE_CELLS} cells in all tables together)`;

const paragraphs = (blocks: SourceBlock[]): string[] =>
  blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
const tables = (blocks: SourceBlock[]): string[][][] =>
  blocks.flatMap((b) => (b.kind === 'table' ? [b.rows] : []));

describe('readHtml on the government-site fixture', () => {
  const html = fixtureText(`${BASE}.html`);
  const { blocks } = readHtml(html);

  it('yields the key-task table as one table block equal to the .txt cells', () => {
    expect(tables(blocks)).toEqual([expectedTaskTable()]);
  });

  it('yields the notice text as paragraphs, entities decoded', () => {
    const texts = paragraphs(blocks);
    expect(texts).toContain('滁科协〔2017〕2号');
    expect(texts).toContain('关于印发《滁州市科协2017年工作要点》');
    expect(texts).toContain('的通知');
    expect(texts).toContain(
      '⒏开展科普示范创建行动。规范科技馆展教工作，开展“科技馆进校园”活动。推动天长市科技馆开建、定远县科技馆布展、全椒气象科普馆对外开放。新建1—2个社区科普馆。争取国家级、省级“基层科普行动计划”等资金不少于40万元。',
    );
    expect(texts).toContain('当前位置：首页 > 通知公告');
  });

  it('splits <br>-joined items into separate paragraphs', () => {
    const texts = paragraphs(blocks);
    const first = texts.findIndex((t) => t.startsWith('⒊'));
    expect(texts[first + 1]).toMatch(/^⒋/);
    expect(texts[first + 2]).toMatch(/^⒌/);
  });

  it('drops head, script, style and noscript content', () => {
    const all = JSON.stringify(blocks);
    for (const junk of [
      '_hmt',
      'document.write',
      'font-family',
      '统计代码',
      '_滁州市科学技术协会',
      '不支持JavaScript',
    ]) {
      expect(all).not.toContain(junk);
    }
  });

  it('gives each block the source line where it starts', () => {
    const lines = html.split('\n');
    const docNumber = blocks.find((b) => b.kind === 'paragraph' && b.text === '滁科协〔2017〕2号');
    expect(lines[(docNumber?.line ?? 0) - 1]).toContain('滁科协〔2017〕2号');
    const table = blocks.find((b) => b.kind === 'table');
    expect(lines[(table?.line ?? 0) - 1]).toContain('<table');
  });
});

describe('readHtml', () => {
  it('turns block elements and <br> into separate paragraphs', () => {
    const html =
      '<div>一<p>二</p>三<br>四<br/><br>五</div><h2>六</h2><ul><li>七</li><li>八</li></ul>';
    expect(paragraphs(readHtml(html).blocks)).toEqual([
      '一',
      '二',
      '三',
      '四',
      '五',
      '六',
      '七',
      '八',
    ]);
  });

  it('keeps inline elements inside the paragraph', () => {
    expect(paragraphs(readHtml('<p>组织<b>院士</b>与<a href="#">企业</a>对接</p>').blocks)).toEqual(
      ['组织院士与企业对接'],
    );
  });

  it('decodes named and numeric entities', () => {
    expect(
      paragraphs(readHtml('<p>&ldquo;两学一做&rdquo;&nbsp;&amp;&#x4E2D;&#22269;&lt;</p>').blocks),
    ).toEqual(['“两学一做” &中国<']);
  });

  it('collapses markup whitespace but keeps &nbsp; runs', () => {
    expect(paragraphs(readHtml('<p>\n   一  二\n\t三&nbsp;&nbsp;四   </p>').blocks)).toEqual([
      '一 二 三  四',
    ]);
  });

  it('keeps spaces literally in preserve mode', () => {
    const { blocks } = readHtml('<p> 柳  军 </p><table><tr><td>全  年</td></tr></table>', {
      whitespace: 'preserve',
    });
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '柳  军', line: 1 },
      { kind: 'table', rows: [['全  年']], line: 1 },
    ]);
  });

  it('drops script, style, noscript, template and head, even when <head> is never closed', () => {
    const html =
      '<html><head><title>标题</title><style>p{}</style><body><script>alert(1)</script>' +
      '<noscript>无脚本</noscript><template><p>模板</p></template><p>正文</p></body></html>';
    expect(paragraphs(readHtml(html).blocks)).toEqual(['正文']);
  });

  it('builds a table block with collapsed cell text and expanded spans', () => {
    const html = `<table>
      <caption>任务表</caption>
      <thead><tr><th>序号</th><th>内容</th><th>责任人</th></tr></thead>
      <tbody>
        <tr><td>1</td><td>
              组织  院士
            </td><td rowspan="2">彭国华</td></tr>
        <tr><td>2</td><td><p>开展</p><p>活动</p></td></tr>
        <tr><td colspan="3">合计</td></tr>
      </tbody></table>`;
    const { blocks } = readHtml(html);
    expect(paragraphs(blocks)).toEqual(['任务表']);
    expect(tables(blocks)).toEqual([
      [
        ['序号', '内容', '责任人'],
        ['1', '组织 院士', '彭国华'],
        ['2', '开展 活动', '彭国华'],
        ['合计', '合计', '合计'],
      ],
    ]);
  });

  it('copes with omitted </td> and </tr>', () => {
    expect(tables(readHtml('<table><tr><td>a<td>b<tr><td>c<td>d</table>').blocks)).toEqual([
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ]);
  });

  it('flattens a nested table into the text of its outer cell', () => {
    const html =
      '<table><tr><td>外</td><td>前<table><tr><td>内一</td><td>内二</td></tr><tr><td>内三</td></tr></table>后</td></tr>' +
      '<tr><td>下</td><td>行</td></tr></table>';
    expect(tables(readHtml(html).blocks)).toEqual([
      [
        ['外', '前 内一 内二 内三 后'],
        ['下', '行'],
      ],
    ]);
  });

  it('keeps paragraphs and tables in document order with approximate source lines', () => {
    const html = '<p>前言</p>\n<table>\n<tr><td>a</td></tr>\n</table>\n\n<p>\n后记</p>';
    expect(readHtml(html).blocks).toEqual([
      { kind: 'paragraph', text: '前言', line: 1 },
      { kind: 'table', rows: [['a']], line: 2 },
      { kind: 'paragraph', text: '后记', line: 6 },
    ]);
  });

  it('drops tables without rows', () => {
    expect(readHtml('<table></table><p>x</p>').blocks).toEqual([
      { kind: 'paragraph', text: 'x', line: 1 },
    ]);
  });

  it('rejects a table with more rows than the limit', () => {
    const html = `<table>${'<tr><td>x</td></tr>'.repeat(TABLE_MAX_ROWS + 1)}</table>`;
    let caught: unknown;
    try {
      readHtml(html);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ImportError);
    expect(caught).toMatchObject({ code: 'too_large', where: { row: TABLE_MAX_ROWS + 1 } });
  });

  it('rejects 18 tables of 9,999 colspan=1000 rows (45 s and 2.7 GB before the cell budget, found by fuzzing)', async () => {
    const page = `<table>${'<tr><td colspan=1000>x</td>'.repeat(9999)}</table>`.repeat(18);
    const bytes = new TextEncoder().encode(page);
    expect(bytes.byteLength).toBeLessThanOrEqual(TEXT_MAX_BYTES);
    await expect(readNoticeFile('通知.html', bytes)).rejects.toMatchObject({
      name: 'ImportError',
      code: 'too_large',
      message: TABLES_TOO_LARGE,
    });
  });

  it('rejects one wide row over thousands of narrow ones before padding them', () => {
    const html = `<table><tr><td colspan=1000>标题</td></tr>${'<tr><td>x</td></tr>'.repeat(9998)}</table>`;
    expect(() => readHtml(html)).toThrow(
      expect.objectContaining({ code: 'too_large', message: TABLES_TOO_LARGE }),
    );
  });

  it('counts every table of the document against one cell budget', () => {
    const rows = HTML_MAX_TABLE_CELLS / 1000 / 2;
    const table = `<table>${'<tr><td colspan=1000>x</td></tr>'.repeat(rows)}</table>`;
    const sizes = tables(readHtml(table + table).blocks).map((t) => t.length * t[0]!.length);
    expect(sizes).toEqual([HTML_MAX_TABLE_CELLS / 2, HTML_MAX_TABLE_CELLS / 2]);
    expect(() => readHtml(`${table}${table}<table><tr><td>再多一格</td></tr></table>`)).toThrow(
      expect.objectContaining({ code: 'too_large', where: { line: 1 } }),
    );
  });

  it('ends an unclosed <head> where body content begins, even without <body>', () => {
    const html = '<html><head><meta charset="utf-8"><title>标题</title><p>正文</p></html>';
    expect(paragraphs(readHtml(html).blocks)).toEqual(['正文']);
  });

  it('splits a paragraph of headings and items run together with <br />, &nbsp; and ideographic spaces', () => {
    const html =
      '<p>&nbsp;&nbsp;一、总体要求<br />\u3000\u3000（一）指导思想。坚持改革创新。<br/>' +
      '&nbsp;1.加强统筹。<br>（二）基本原则。</p>';
    expect(paragraphs(readHtml(html).blocks)).toEqual([
      '一、总体要求',
      '（一）指导思想。坚持改革创新。',
      '1.加强统筹。',
      '（二）基本原则。',
    ]);
  });

  it('ends lines at literal \\n and \\r\\n sequences left by CMS exports', () => {
    const html = '<p>一、主要任务\\n（一）推进改革。\\r\\n1.建立制度。\\n\\n（二）加强保障。</p>';
    expect(paragraphs(readHtml(html).blocks)).toEqual([
      '一、主要任务',
      '（一）推进改革。',
      '1.建立制度。',
      '（二）加强保障。',
    ]);
    expect(paragraphs(readHtml('<p>路径 C:\\data 不变</p>').blocks)).toEqual([
      '路径 C:\\data 不变',
    ]);
  });

  it('marks headings: <h1>–<h6> and paragraphs wholly in <strong> or <b>', () => {
    const html =
      '<h2>总体要求</h2><p><strong>重点任务</strong></p><p><b>一、</b><b>保障</b></p>' +
      '<p><strong>1.加强领导。</strong>各地要落实责任。</p><p>普通段落</p>' +
      '<p><strong>保障措施</strong><br />1.加强组织。</p>';
    const blocks = readHtml(html).blocks.map((b) =>
      b.kind === 'paragraph' ? [b.text, b.heading ?? false] : [],
    );
    expect(blocks).toEqual([
      ['总体要求', true],
      ['重点任务', true],
      ['一、保障', true],
      ['1.加强领导。各地要落实责任。', false],
      ['普通段落', false],
      ['保障措施', true],
      ['1.加强组织。', false],
    ]);
  });

  it('returns no blocks for markup without text', () => {
    expect(
      readHtml('<html><head><script>x</script></head><body> <br> </body></html>').blocks,
    ).toEqual([]);
  });
});
