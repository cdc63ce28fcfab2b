import { describe, expect, it } from 'vitest';
import { ImportError, ZIP_MAX_ENTRIES } from './limits.js';
import { BASE, buildZip, fixture, type TestZipEntry } from './test-support.js';
import { DOCX_ZIP, guardZip, listZipEntries, XLSX_ZIP } from './zip-guard.js';

const MB = 1024 * 1024;
const documentXml: TestZipEntry = { name: 'word/document.xml', data: '<w:document/>' };

function caught(run: () => unknown): ImportError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  return undefined;
}

describe('listZipEntries', () => {
  it('lists the parts of the generated .docx and .xlsx fixtures', () => {
    const docx = listZipEntries(fixture(`${BASE}.docx`), DOCX_ZIP).map((e) => e.name);
    expect(docx).toContain('word/document.xml');
    const xlsx = listZipEntries(fixture(`${BASE}.xlsx`), XLSX_ZIP).map((e) => e.name);
    expect(xlsx).toContain('xl/workbook.xml');
  });

  it('reads names and sizes from a hand-built archive', () => {
    const entries = listZipEntries(
      buildZip([documentXml, { name: 'a.txt', data: 'abc', method: 0 }]),
      DOCX_ZIP,
    );
    expect(entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ['word/document.xml', 8, 13],
      ['a.txt', 0, 3],
    ]);
  });

  it('finds the directory behind a trailing archive comment', () => {
    const zip = buildZip([documentXml]);
    const withComment = new Uint8Array([...zip, ...new TextEncoder().encode('comment')]);
    new DataView(withComment.buffer).setUint16(zip.byteLength - 2, 7, true);
    expect(listZipEntries(withComment, DOCX_ZIP)).toHaveLength(1);
  });
});

describe('guardZip', () => {
  it('accepts the real fixtures', () => {
    expect(() => guardZip(fixture(`${BASE}.docx`), DOCX_ZIP)).not.toThrow();
    expect(() => guardZip(fixture(`${BASE}.xlsx`), XLSX_ZIP)).not.toThrow();
  });

  it('rejects bytes that are not a zip as bad_file with a clear message', () => {
    const error = caught(() => guardZip(new TextEncoder().encode('这不是压缩包'), DOCX_ZIP));
    expect(error?.code).toBe('bad_file');
    expect(error?.message).toBe('不是有效的 Word 文件 / not a valid .docx file');
  });

  it('rejects a truncated archive as bad_file', () => {
    const docx = fixture(`${BASE}.docx`);
    expect(caught(() => guardZip(docx.subarray(0, docx.byteLength - 200), DOCX_ZIP))?.code).toBe(
      'bad_file',
    );
  });

  it('rejects a corrupted central directory as bad_file', () => {
    const docx = fixture(`${BASE}.docx`).slice();
    const view = new DataView(docx.buffer);
    const directory = view.getUint32(docx.byteLength - 22 + 16, true);
    view.setUint32(directory, 0xdeadbeef, true); // first record's signature
    expect(caught(() => guardZip(docx, DOCX_ZIP))?.code).toBe('bad_file');
  });

  it('rejects corrupted compressed data as bad_file', () => {
    const zip = buildZip([{ name: 'word/document.xml', data: 'x'.repeat(1000) }]);
    const dataStart = 30 + 'word/document.xml'.length; // local header, then name
    zip.fill(0xff, dataStart, dataStart + 4);
    expect(caught(() => guardZip(zip, DOCX_ZIP))?.code).toBe('bad_file');
  });

  it('rejects an archive whose directory claims a huge uncompressed size (zip bomb)', () => {
    const bomb = buildZip([
      documentXml,
      { name: 'word/media/big.bin', data: 'x', declaredSize: 0xfffffff0 },
    ]);
    const error = caught(() => guardZip(bomb, DOCX_ZIP));
    expect(error?.code).toBe('too_large');
    expect(error?.message).toContain('100 MB');
  });

  it('rejects honest entries that together inflate past 100 MB, before inflating any', () => {
    const zeros = new Uint8Array(MB);
    const parts = Array.from({ length: 101 }, (_, i) => ({
      name: `word/media/${i}.bin`,
      data: zeros,
    }));
    const bomb = buildZip([documentXml, ...parts]);
    expect(bomb.byteLength).toBeLessThan(200 * 1024);
    expect(caught(() => guardZip(bomb, DOCX_ZIP))?.code).toBe('too_large');
  });

  it('rejects an entry that inflates to more than it declares (lying zip bomb)', () => {
    const liar = buildZip([
      documentXml,
      { name: 'word/x.xml', data: new Uint8Array(MB), declaredSize: 10 },
    ]);
    const error = caught(() => guardZip(liar, DOCX_ZIP));
    expect(error?.code).toBe('bad_file');
    expect(error?.message).toContain('word/x.xml');
  });

  it('rejects a stored entry whose size does not match', () => {
    const liar = buildZip([
      documentXml,
      { name: 'a.bin', data: 'abc', method: 0, declaredSize: 2 },
    ]);
    expect(caught(() => guardZip(liar, DOCX_ZIP))?.code).toBe('bad_file');
  });

  it('rejects more entries than the limit', () => {
    const many = Array.from({ length: ZIP_MAX_ENTRIES + 1 }, (_, i) => ({
      name: `f${i}`,
      data: '',
      method: 0,
    }));
    const error = caught(() => guardZip(buildZip(many), DOCX_ZIP));
    expect(error?.code).toBe('too_large');
    expect(error?.message).toContain(String(ZIP_MAX_ENTRIES));
  });

  it('reads Zip64 sizes from the extra field', () => {
    const ok = buildZip([documentXml, { name: 'a.xml', data: 'hello', zip64: true }]);
    expect(guardZip(ok, DOCX_ZIP).map((e) => e.uncompressedSize)).toEqual([13, 5]);
    const bomb = buildZip([
      documentXml,
      { name: 'a.xml', data: 'hello', zip64: true, declaredSize: 10 * 1024 * MB },
    ]);
    expect(caught(() => guardZip(bomb, DOCX_ZIP))?.code).toBe('too_large');
  });

  it('rejects encrypted entries and unsupported compression methods', () => {
    expect(
      caught(() => guardZip(buildZip([{ ...documentXml, flags: 1 }]), DOCX_ZIP))?.message,
    ).toContain('加密');
    const bzip2 = buildZip([{ ...documentXml, method: 12 }]);
    expect(caught(() => guardZip(bzip2, DOCX_ZIP))?.code).toBe('bad_file');
  });

  it('rejects a zip without the part the file type requires (an .xlsx passed as .docx)', () => {
    const error = caught(() => guardZip(fixture(`${BASE}.xlsx`), DOCX_ZIP));
    expect(error?.code).toBe('bad_file');
    expect(error?.message).toBe(DOCX_ZIP.notValid);
  });
});
