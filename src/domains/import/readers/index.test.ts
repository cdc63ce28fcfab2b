import { describe, expect, it } from 'vitest';
import { detectKind, readNoticeFile } from './index.js';
import { OFFICE_MAX_BYTES, TEXT_MAX_BYTES } from './limits.js';
import { BASE, buildZip, expectedTaskTable, fixture, importError } from './test-support.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

const tableOf = async (name: string, file: string): Promise<string[][] | undefined> => {
  const { blocks } = await readNoticeFile(name, fixture(file));
  const table = blocks.find((b) => b.kind === 'table');
  return table?.kind === 'table' ? table.rows : undefined;
};

describe('readNoticeFile dispatches every fixture to its reader', () => {
  it('reads .txt and GB18030 .txt to the same paragraphs', async () => {
    const utf = await readNoticeFile(`${BASE}.txt`, fixture(`${BASE}.txt`));
    const gbk = await readNoticeFile(`${BASE}.gbk.txt`, fixture(`${BASE}.gbk.txt`));
    expect(gbk).toEqual(utf);
    expect(utf.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
  });

  it('reads .html, .docx and .xlsx to the same key-task table', async () => {
    const expected = expectedTaskTable();
    expect(await tableOf('通知.html', `${BASE}.html`)).toEqual(expected);
    expect(await tableOf('通知.DOCX', `${BASE}.docx`)).toEqual(expected);
    expect(await tableOf('任务表.xlsx', `${BASE}.xlsx`)).toEqual(expected);
  });
});

describe('detectKind', () => {
  it.each<[string, Uint8Array, string]>([
    ['a.txt', utf8('x'), 'text'],
    ['a.TEXT', utf8('x'), 'text'],
    ['a.htm', utf8('<p>x</p>'), 'html'],
    ['dir/a.b.html', utf8('x'), 'html'],
    ['a.docx', fixture(`${BASE}.docx`), 'docx'],
    ['a.xlsx', fixture(`${BASE}.xlsx`), 'xlsx'],
    // Content wins over the name for zips: renamed and mislabelled downloads.
    ['通知.doc', fixture(`${BASE}.docx`), 'docx'],
    ['任务表.docx', fixture(`${BASE}.xlsx`), 'xlsx'],
    ['download', fixture(`${BASE}.xlsx`), 'xlsx'],
    // A "Word" download that is really a saved web page.
    ['公文.doc', utf8('\uFEFF  <!DOCTYPE html><html><body>x</body></html>'), 'html'],
  ])('%s → %s', (name, bytes, kind) => {
    expect(detectKind(name, bytes)).toBe(kind);
  });
});

describe('readNoticeFile rejects', () => {
  it('a .pdf that is only a header as bad_file', async () => {
    const error = await importError(readNoticeFile('通知.pdf', utf8('%PDF-1.7\n')));
    expect(error.code).toBe('bad_file');
    expect(error.message).toContain('PDF');
  });

  it('an OLE header without a Word document in it, named .doc, as bad_file', async () => {
    const error = await importError(readNoticeFile('通知.doc', OLE));
    expect(error.code).toBe('bad_file');
    expect(error.message).toContain('Word 97');
  });

  it('an unknown type listing what is supported, .pdf and .doc included', async () => {
    const error = await importError(readNoticeFile('通知.rtf', utf8('{\\rtf1}')));
    expect(error.code).toBe('unsupported_type');
    expect(error.message).toContain('.pdf');
    expect(error.message).toContain('.doc');
  });

  it('a .docx that is not a zip as bad_file', async () => {
    const error = await importError(readNoticeFile('通知.docx', utf8('just text')));
    expect(error.code).toBe('bad_file');
    expect(error.message).toBe('不是有效的 Word 文件 / not a valid .docx file');
  });

  it('an encrypted or legacy file named .docx as bad_file with a hint', async () => {
    const error = await importError(readNoticeFile('通知.docx', OLE));
    expect(error.code).toBe('bad_file');
    expect(error.message).toContain('加密');
  });

  it('a corrupt zip as bad_file', async () => {
    const docx = fixture(`${BASE}.docx`);
    const error = await importError(
      readNoticeFile('通知.docx', docx.subarray(0, docx.byteLength / 2)),
    );
    expect(error.code).toBe('bad_file');
  });

  it('a zip of something else named .docx as bad_file', async () => {
    const zip = buildZip([{ name: 'readme.txt', data: 'hello' }]);
    expect((await importError(readNoticeFile('通知.docx', zip))).code).toBe('bad_file');
    expect((await importError(readNoticeFile('archive.zip', zip))).code).toBe('unsupported_type');
  });

  it('a zip bomb as too_large', async () => {
    const bomb = buildZip([
      { name: 'word/document.xml', data: '<w:document/>' },
      { name: 'word/media/image1.png', data: 'x', declaredSize: 0xfffffff0 },
    ]);
    expect((await importError(readNoticeFile('通知.docx', bomb))).code).toBe('too_large');
  });

  it('an oversized buffer as too_large, whatever its type', async () => {
    const huge = new Uint8Array(OFFICE_MAX_BYTES + 1);
    for (const name of ['a.docx', 'a.xlsx', 'a.txt', 'a.pdf']) {
      expect((await importError(readNoticeFile(name, huge))).code).toBe('too_large');
    }
  });

  it('text over the 5 MB text cap as too_large', async () => {
    const text = new Uint8Array(TEXT_MAX_BYTES + 1).fill(0x61);
    expect((await importError(readNoticeFile('a.txt', text))).code).toBe('too_large');
    expect((await importError(readNoticeFile('a.html', text))).code).toBe('too_large');
  });

  it('binary data named .txt as bad_encoding', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect((await importError(readNoticeFile('a.txt', png))).code).toBe('bad_encoding');
  });

  it('a file with no readable content as empty', async () => {
    for (const [name, bytes] of [
      ['a.txt', utf8('')],
      ['a.txt', utf8('\n\n \t\n')],
      ['a.html', utf8('<html><head><title>x</title></head><body></body></html>')],
    ] as const) {
      expect((await importError(readNoticeFile(name, bytes))).code).toBe('empty');
    }
  });
});
