import { describe, expect, it } from 'vitest';
import type { SourceBlock } from '../draft.js';
import { readDocx } from './docx.js';
import { ImportError, OFFICE_MAX_BYTES } from './limits.js';
import { BASE, buildZip, expectedTaskTable, fixture } from './test-support.js';

const paragraphs = (blocks: SourceBlock[]): string[] =>
  blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

async function codeOf(run: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await run();
  } catch (error) {
    return error instanceof ImportError ? error.code : `not an ImportError: ${String(error)}`;
  }
  return undefined;
}

describe('readDocx on the generated Word fixture', () => {
  const read = readDocx(fixture(`${BASE}.docx`));

  it('keeps the Word table as one table block of 11 rows × 7 cells equal to the .txt', async () => {
    const tables = (await read).blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    const rows = tables[0]?.kind === 'table' ? tables[0].rows : [];
    expect(rows).toHaveLength(11);
    expect(rows.every((row) => row.length === 7)).toBe(true);
    expect(rows).toEqual(expectedTaskTable());
    expect(rows[2]?.[4]).toBe('柳  军');
    expect(rows[2]?.[5]).toBe('全  年');
  });

  it('yields the notice and the plan text as paragraphs, the two-line title split at its break', async () => {
    const texts = paragraphs((await read).blocks);
    expect(texts.slice(0, 3)).toEqual([
      '滁科协〔2017〕2号',
      '关于印发《滁州市科协2017年工作要点》',
      '的通知',
    ]);
    expect(texts).toContain('滁州市科协2017年工作要点');
    expect(texts).toContain('五、强化严实意识，力争在科协自身建设上有所突破');
    expect(texts.at(-1)).toBe('2017年滁州市科协重点工作任务表');
  });

  it('numbers blocks in document order, since Word has no source lines', async () => {
    const { blocks } = await read;
    expect(blocks.map((b) => b.line)).toEqual(blocks.map((_, i) => i + 1));
    expect(blocks.at(-1)?.kind).toBe('table');
  });
});

describe('readDocx rejects', () => {
  it('a file that is not a zip', async () => {
    await expect(
      readDocx(new TextEncoder().encode('纯文本，不是 Word 文件')),
    ).rejects.toMatchObject({
      code: 'bad_file',
      message: '不是有效的 Word 文件 / not a valid .docx file',
    });
  });

  it('a zip without word/document.xml (an .xlsx renamed)', async () => {
    expect(await codeOf(() => readDocx(fixture(`${BASE}.xlsx`)))).toBe('bad_file');
  });

  it('a zip mammoth cannot read', async () => {
    const broken = buildZip([{ name: 'word/document.xml', data: '<not-xml' }]);
    expect(await codeOf(() => readDocx(broken))).toBe('bad_file');
  });

  it('a zip bomb, before mammoth inflates it', async () => {
    const bomb = buildZip([
      { name: 'word/document.xml', data: '<w:document/>' },
      { name: 'word/media/image1.png', data: 'x', declaredSize: 3_000_000_000 },
    ]);
    expect(await codeOf(() => readDocx(bomb))).toBe('too_large');
  });

  it('a file over 20 MB', async () => {
    expect(await codeOf(() => readDocx(new Uint8Array(OFFICE_MAX_BYTES + 1)))).toBe('too_large');
  });
});

describe('readDocx headings', () => {
  const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const run = (text: string, bold = false) =>
    `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
  const docx = (paragraphs: string[]) =>
    buildZip([
      {
        name: '[Content_Types].xml',
        data:
          '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      },
      {
        name: '_rels/.rels',
        data:
          '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      },
      {
        name: 'word/document.xml',
        data: `<?xml version="1.0" encoding="UTF-8"?><w:document ${ns}><w:body>${paragraphs
          .map((p) => `<w:p>${p}</w:p>`)
          .join('')}</w:body></w:document>`,
      },
    ]);

  it('marks a wholly bold paragraph as a heading', async () => {
    const { blocks } = await readDocx(
      docx([
        run('重点任务', true),
        run('1.加强领导。') + run('各地要落实。'),
        run('加粗', true) + run('不全'),
      ]),
    );
    expect(blocks.map((b) => (b.kind === 'paragraph' ? [b.text, b.heading ?? false] : []))).toEqual(
      [
        ['重点任务', true],
        ['1.加强领导。各地要落实。', false],
        ['加粗不全', false],
      ],
    );
  });
});
