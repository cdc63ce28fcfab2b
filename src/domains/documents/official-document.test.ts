import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { CELL_MARGIN_TWIPS, TABLE_CHAR_TWIPS, textWidthChars } from './column-widths.js';
import {
  formatOfficialDate,
  heading1,
  heading2,
  image,
  paragraph,
  renderOfficialDocument,
  signature,
  table,
  type OfficialDocumentInput,
} from './official-document.js';

async function documentXml(
  buffer: Buffer,
): Promise<{ body: string; footers: string[]; settings: string }> {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const footerNames = Object.keys(zip.files).filter((name) => /^word\/footer\d+\.xml$/.test(name));
  return {
    body: await read('word/document.xml'),
    footers: await Promise.all(footerNames.map(read)),
    settings: await read('word/settings.xml'),
  };
}

/** The <w:rPr> of the run whose text is exactly `text`. */
function runProperties(xml: string, text: string): string {
  const runs = xml.split('<w:r>').slice(1);
  const match = runs.find((run) => run.includes(`>${text}</w:t>`));
  return match?.slice(0, match.indexOf('</w:rPr>')) ?? '';
}

describe('renderOfficialDocument', () => {
  const input = {
    title: '2017年9月重点工作通报',
    blocks: [
      heading1('一、总体情况'),
      heading2('（一）完成情况'),
      paragraph('本月共有重点工作10项。'),
      table({
        columns: [
          { title: '序号', width: 1 },
          { title: '任务', width: 6 },
        ],
        rows: [['1', '科普<活动>']],
      }),
    ],
    signature: signature('滁州市科学技术协会', '2017-09-30'),
  };

  it('lays out an A4 page with the GB/T 9704 margins, 22 lines and 28 characters a line', async () => {
    const { body } = await documentXml(await renderOfficialDocument(input));
    expect(body).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(body).toContain('<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"');
    expect(body).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>');
    // 16 pt condensed by 0.25 pt: 28 characters fill the 156 mm line.
    expect(runProperties(body, '本月共有重点工作10项。')).toContain('<w:spacing w:val="-5"/>');
  });

  it('sets the title, heading and body fonts with their fallbacks', async () => {
    const { body } = await documentXml(await renderOfficialDocument(input));
    expect(runProperties(body, '2017年9月重点工作通报')).toMatch(
      /w:ascii="宋体".*w:eastAsia="方正小标宋简体".*<w:sz w:val="44"\/>/,
    );
    expect(runProperties(body, '一、总体情况')).toMatch(/w:eastAsia="黑体".*<w:sz w:val="32"\/>/);
    expect(runProperties(body, '（一）完成情况')).toMatch(
      /w:ascii="楷体".*w:eastAsia="楷体_GB2312"/,
    );
    expect(runProperties(body, '本月共有重点工作10项。')).toMatch(
      /w:ascii="仿宋".*w:eastAsia="仿宋_GB2312".*<w:sz w:val="32"\/>/,
    );
  });

  it('escapes table text and ends with the issuing unit and the date', async () => {
    const { body } = await documentXml(await renderOfficialDocument(input));
    expect(body).toContain('科普&lt;活动&gt;');
    expect(body.indexOf('滁州市科学技术协会')).toBeLessThan(body.indexOf('2017年9月30日'));
  });

  it('never leaves the signature alone on a page: the last table row and headings keep with what follows', async () => {
    const { body } = await documentXml(await renderOfficialDocument(input));
    const rows = body.split('</w:tr>');
    const lastRow = rows.at(-2) ?? '';
    expect(lastRow).toContain('科普&lt;活动&gt;');
    expect(lastRow.match(/<w:keepNext\/>/g)).toHaveLength(2);
    // Between the table and the signature, a paragraph kept with the signature's unit line, which
    // is kept with its date.
    const afterTable = rows.at(-1) ?? '';
    expect(afterTable).toMatch(/^<\/w:tbl><w:p><w:pPr><w:keepNext\/><\/w:pPr><\/w:p>/);
    expect(paragraphWith(afterTable, '滁州市科学技术协会')).toContain('<w:keepNext/>');
    expect(paragraphWith(body, '一、总体情况')).toContain('<w:keepNext/>');
    expect(paragraphWith(body, '本月共有重点工作10项。')).not.toContain('<w:keepNext/>');
  });

  it('numbers pages "— n —" on the right of odd and the left of even pages', async () => {
    const { footers, settings } = await documentXml(await renderOfficialDocument(input));
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(footer).toMatch(/— <\/w:t>.*<w:instrText[^>]*>PAGE<\/w:instrText>.* —<\/w:t>/);
    }
    expect(footers.map((footer) => /<w:jc w:val="(\w+)"/.exec(footer)?.[1]).sort()).toEqual([
      'left',
      'right',
    ]);
  });

  it('writes dates with Arabic numerals and no leading zeros', () => {
    expect(formatOfficialDate('2017-09-03')).toBe('2017年9月3日');
    expect(formatOfficialDate('2016-02-29')).toBe('2016年2月29日');
  });

  it.each(['2017-02-30', '2017-13-45', '0000-00-00', ''])(
    'never writes the impossible date %j as an official one',
    (stored) => {
      expect(formatOfficialDate(stored)).toBe(stored);
    },
  );
});

/** The paragraph (<w:p>…</w:p>) holding `text`. */
function paragraphWith(xml: string, text: string): string {
  const at = xml.indexOf(text);
  const start = xml.lastIndexOf('<w:p>', at);
  return xml.slice(start, xml.indexOf('</w:p>', at) + '</w:p>'.length);
}

const texts = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join('');

describe('renderOfficialDocument with 版头 and 版记', () => {
  const framed: OfficialDocumentInput = {
    title: '2017年9月重点工作通报',
    subtitle: '（截至2017年9月30日）',
    blocks: [paragraph('本月共有重点工作10项。')],
    signature: signature('滁州市科学技术协会', '2017-10-09'),
    masthead: {
      name: '滁州市科协重点工作通报',
      issueNo: '第1期（更正）',
      office: '滁州市科协办公室',
      date: '2017-10-09',
    },
    colophon: {
      copyTo: ['市委办公室', '市政府办公室'],
      printedBy: '滁州市科协办公室',
      printedOn: '2017-10-09',
    },
  };

  it('prints the 发文机关标志 in red 小标宋, centred, at most 36 pt, first on the page', async () => {
    const { body } = await documentXml(await renderOfficialDocument(framed));
    const mark = paragraphWith(body, '滁州市科协重点工作通报');
    expect(body.indexOf(mark)).toBeLessThan(body.indexOf('2017年9月重点工作通报'));
    expect(mark).toContain('<w:jc w:val="center"/>');
    expect(mark).toMatch(/w:eastAsia="方正小标宋简体".*<w:color w:val="FF0000"\/>/);
    const size = Number(/<w:sz w:val="(\d+)"/.exec(mark)?.[1]) / 2;
    expect(size).toBeLessThanOrEqual(36);
    // One line: eleven characters at that size fit the 156 mm (442 pt) type area.
    expect(size * textWidthChars('滁州市科协重点工作通报')).toBeLessThan(442);
  });

  it('sizes a long 发文机关标志 down so it stays on one line', async () => {
    const name = '中国共产党滁州市科学技术协会机关委员会深入基层工作通报';
    const xml = (
      await documentXml(
        await renderOfficialDocument({ ...framed, masthead: { ...framed.masthead!, name } }),
      )
    ).body;
    const size = Number(/<w:sz w:val="(\d+)"/.exec(paragraphWith(xml, name))?.[1]) / 2;
    expect(size).toBeLessThan(22);
    expect(size * textWidthChars(name)).toBeLessThan(442);
  });

  it('centres the 期号 and puts the office and the date on one line, one character in', async () => {
    const { body } = await documentXml(await renderOfficialDocument(framed));
    expect(paragraphWith(body, '第1期（更正）')).toContain('<w:jc w:val="center"/>');
    const line = paragraphWith(body, '滁州市科协办公室');
    expect(texts(line)).toBe('滁州市科协办公室2017年10月9日');
    expect(line).toMatch(/滁州市科协办公室<\/w:t><\/w:r><w:r>.*<w:tab\/><\/w:r>.*2017年10月9日/);
    expect(line).toContain('<w:ind w:left="320"/>');
    // The right tab stop one character in from the right end of the 8844-twip type area.
    expect(line).toContain('<w:tab w:val="right" w:pos="8524"/>');
  });

  it('draws the red separator line under the date line, before the title', async () => {
    const { body } = await documentXml(await renderOfficialDocument(framed));
    const rule = /<w:bottom w:val="single" w:sz="(\d+)" w:space="\d+" w:color="FF0000"\/>/.exec(
      body,
    );
    expect(Number(rule?.[1])).toBeGreaterThanOrEqual(8);
    expect(rule?.index).toBeGreaterThan(body.indexOf('2017年10月9日'));
    expect(rule?.index).toBeLessThan(body.indexOf('2017年9月重点工作通报'));
  });

  it('ends with the 版记 at the foot of the last page: 抄送 and 印发 lines between thick, thin and thick rules', async () => {
    const { body } = await documentXml(await renderOfficialDocument(framed));
    const copyTo = paragraphWith(body, '抄送：');
    const printed = paragraphWith(body, '印发');
    expect(body.indexOf(copyTo)).toBeGreaterThan(body.indexOf('滁州市科学技术协会'));
    expect([texts(copyTo), texts(printed)]).toEqual([
      '抄送：市委办公室，市政府办公室。',
      '滁州市科协办公室2017年10月9日印发',
    ]);
    const rule = (xml: string, side: string) =>
      Number(new RegExp(`<w:${side} w:val="single" w:sz="(\\d+)"`).exec(xml)?.[1]);
    expect(rule(copyTo, 'top')).toBe(8);
    expect(rule(copyTo, 'bottom')).toBe(6);
    expect(rule(printed, 'top')).toBeNaN();
    expect(rule(printed, 'bottom')).toBe(8);
    // A frame a line, stacked up from the bottom of the type area (16838 − 1984 twips): 560-twip
    // lines, thick rules 1 pt + 1 pt gap, the thin one 0.75 pt + 1 pt gap.
    const frameY = (xml: string) =>
      Number(/<w:framePr [^>]*w:vAnchor="page"[^>]*w:y="(\d+)"\/>/.exec(xml)?.[1]);
    expect(frameY(printed)).toBe(16838 - 1984 - (560 + 40));
    expect(frameY(copyTo)).toBe(frameY(printed) - (40 + 560 + 35));
    // 4号 text, one character in; the 印发 date at a right tab one character in from the right.
    expect(copyTo).toMatch(/<w:ind w:left="280"\/>.*<w:sz w:val="28"\/>/);
    expect(printed).toContain('<w:tab w:val="right" w:pos="8564"/>');
    // Its lines stay together on one page.
    expect(copyTo).toContain('<w:keepNext/>');
  });

  it('leaves the 抄送 line out when there is no one to copy', async () => {
    const input = { ...framed, colophon: { ...framed.colophon!, copyTo: [] } };
    const { body } = await documentXml(await renderOfficialDocument(input));
    expect(body).not.toContain('抄送');
    expect(body).toContain('2017年10月9日印发');
  });

  it('writes a package Word readers open, with escaped and cleaned text', async () => {
    const buffer = await renderOfficialDocument({
      ...framed,
      blocks: [paragraph('A&B <甲> "乙"\u0001')],
    });
    const zip = await JSZip.loadAsync(buffer, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        '_rels/.rels',
        'word/document.xml',
        'word/styles.xml',
        'word/settings.xml',
        'word/footer1.xml',
        'word/footer2.xml',
        'docProps/core.xml',
      ]),
    );
    const { value } = await mammoth.extractRawText({ buffer });
    expect(value).toContain('滁州市科协重点工作通报');
    expect(value).toContain('A&B <甲> "乙"');
    expect(value).not.toContain('\u0001');
  });

  it('stores pictures as PNG parts drawn inline at their size', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    const buffer = await renderOfficialDocument({
      title: '图',
      blocks: [image({ png, widthMm: 150, heightMm: 70, caption: '图1  进度' })],
    });
    const zip = await JSZip.loadAsync(buffer);
    expect(Buffer.from(await zip.file('word/media/image1.png')!.async('uint8array'))).toEqual(png);
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const rId = /Id="([^"]+)"[^>]*Target="media\/image1.png"/.exec(rels)?.[1];
    const { body } = await documentXml(buffer);
    expect(body).toContain(`<a:blip r:embed="${rId}"/>`);
    expect(body).toContain('<wp:extent cx="5400000" cy="2520000"/>');
    expect(paragraphWith(body, '图1  进度')).toContain('w:eastAsia="楷体_GB2312"');
  });
});

describe('table columns', () => {
  const columns = [
    { title: '序号', width: 2, align: 'center' as const },
    { title: '重点工作', width: 8.6 },
    { title: '责任人', width: 2.9, align: 'center' as const },
    { title: '责任部室', width: 2.9, align: 'center' as const },
    { title: '分管领导', width: 2.9, align: 'center' as const },
    { title: '指标完成', width: 8 },
    { title: '状态', width: 2.4, align: 'center' as const },
  ];
  const rows = Array.from({ length: 10 }, (_, i) => [
    String(i + 1),
    '推进科普示范基地建设，完成年度创建任务并组织验收',
    '张三',
    '科普部',
    '李四',
    '创建基地：3/5个',
    '正常',
  ]);

  it('are never narrower than their header on one line, and fill the type area', async () => {
    const { body } = await documentXml(
      await renderOfficialDocument({ title: '表', blocks: [table({ columns, rows })] }),
    );
    const grid = [...body.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(8844);
    const header = /<w:tr>[\s\S]*?<\/w:tr>/.exec(body)?.[0] ?? '';
    expect(header).toContain('<w:tblHeader/>');
    const cellWidths = [...header.matchAll(/<w:tcW w:w="(\d+)"/g)].map((m) => Number(m[1]));
    columns.forEach((column, i) => {
      const needed = textWidthChars(column.title) * TABLE_CHAR_TWIPS + CELL_MARGIN_TWIPS;
      expect(grid[i]).toBeGreaterThanOrEqual(needed);
      expect(cellWidths[i]).toBe(grid[i]);
    });
    expect(body).toContain('<w:tblLayout w:type="fixed"/>');
  });

  it('keep rows whole and their 12 pt lines off the page grid', async () => {
    const buffer = await renderOfficialDocument({
      title: '表',
      blocks: [table({ columns, rows })],
    });
    const { body } = await documentXml(buffer);
    expect(body.match(/<w:cantSplit\/>/g)).toHaveLength(rows.length + 1);
    const zip = await JSZip.loadAsync(buffer);
    const styles = await zip.file('word/styles.xml')!.async('string');
    for (const id of ['TableText', 'TableHeading']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}">[\\s\\S]*?</w:style>`).exec(
        styles,
      )?.[0];
      expect(style).toMatch(
        /<w:snapToGrid w:val="0"\/><w:spacing w:line="300" w:lineRule="exact"\/>.*<w:sz w:val="24"\/>/,
      );
    }
  });
});
