import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  formatOfficialDate,
  heading1,
  heading2,
  paragraph,
  renderOfficialDocument,
  signature,
  table,
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
