import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ImportError, TEXT_MAX_BYTES } from './limits.js';
import { BASE, fixture, fixtureText } from './test-support.js';
import { decodeText, readText } from './text.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof ImportError ? error.code : 'not an ImportError';
  }
  return undefined;
}

describe('decodeText', () => {
  const sample = '滁科协〔2017〕2号\n柳  军\t全  年\n“科技馆进校园”⒈①';

  it('decodes plain UTF-8', () => {
    expect(decodeText(utf8(sample))).toBe(sample);
  });

  it('strips a UTF-8 BOM', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(sample)]))).toBe(sample);
  });

  it('decodes UTF-16LE and UTF-16BE by their BOM', () => {
    expect(decodeText(new Uint8Array(iconv.encode(sample, 'utf16-le', { addBOM: true })))).toBe(
      sample,
    );
    expect(decodeText(new Uint8Array(iconv.encode(sample, 'utf16-be', { addBOM: true })))).toBe(
      sample,
    );
  });

  it('decodes the GB18030 fixture to exactly the UTF-8 text', () => {
    expect(decodeText(fixture(`${BASE}.gbk.txt`))).toBe(fixtureText(`${BASE}.txt`));
  });

  it('decodes GBK bytes that are not valid UTF-8', () => {
    const gbk = new Uint8Array(iconv.encode('工作要点', 'gbk'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    expect(decodeText(gbk)).toBe('工作要点');
  });

  it('rejects binary junk containing NUL bytes', () => {
    expect(
      codeOf(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]))),
    ).toBe('bad_encoding');
  });

  it('rejects bytes that are neither UTF-8 nor GB18030', () => {
    // D6 D0 is 中 in GBK; 0xFF is never valid in UTF-8 or GB18030.
    expect(codeOf(() => decodeText(new Uint8Array([0xd6, 0xd0, 0xff])))).toBe('bad_encoding');
  });

  it('rejects control characters and reports their line', () => {
    let caught: unknown;
    try {
      decodeText(utf8('第一行\n第二行\u0002'));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ImportError);
    expect(caught).toMatchObject({ code: 'bad_encoding', where: { line: 2 } });
  });

  it('rejects a UTF-8 BOM followed by invalid UTF-8', () => {
    expect(codeOf(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x28])))).toBe(
      'bad_encoding',
    );
  });
});

describe('readText', () => {
  it('keeps every non-empty line as a paragraph with its 1-based line number', () => {
    const doc = readText(utf8('标题\n\n正文一\r\n\t序号\r\n\t\n'));
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', text: '标题', line: 1 },
      { kind: 'paragraph', text: '正文一', line: 3 },
      { kind: 'paragraph', text: '\t序号', line: 4 },
      { kind: 'paragraph', text: '\t', line: 5 },
    ]);
  });

  it('reads the worked example: tab-indented cells kept, empty cells kept, blank lines skipped', () => {
    const text = fixtureText(`${BASE}.txt`);
    const doc = readText(fixture(`${BASE}.txt`));
    const lines = text.split('\n');
    expect(doc.blocks).toHaveLength(lines.filter((l) => l !== '').length);
    for (const block of doc.blocks) {
      expect(block.kind).toBe('paragraph');
      if (block.kind === 'paragraph') expect(lines[block.line - 1]).toBe(block.text);
    }
    expect(doc.blocks[0]).toEqual({ kind: 'paragraph', text: '滁科协〔2017〕2号', line: 3 });
    expect(doc.blocks.at(-2)).toEqual({ kind: 'paragraph', text: '\t全  年', line: 142 });
    // The file ends in a line holding one space: not empty, so it is kept as written.
    expect(doc.blocks.at(-1)).toEqual({ kind: 'paragraph', text: ' ', line: 143 });
    // Nine data rows end with an empty 备注 cell; the tenth lacks it.
    expect(doc.blocks.filter((b) => b.kind === 'paragraph' && b.text === '\t')).toHaveLength(9);
  });

  it('reads the GB18030 file the same as the UTF-8 one', () => {
    expect(readText(fixture(`${BASE}.gbk.txt`))).toEqual(readText(fixture(`${BASE}.txt`)));
  });

  it('treats old Mac CR-only line ends as line breaks', () => {
    expect(readText(utf8('一\r二')).blocks.map((b) => b.line)).toEqual([1, 2]);
  });

  it('rejects text over 5 MB before decoding', () => {
    expect(codeOf(() => readText(new Uint8Array(TEXT_MAX_BYTES + 1).fill(0x61)))).toBe('too_large');
  });
});
