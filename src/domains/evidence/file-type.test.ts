import { describe, expect, it } from 'vitest';
import { checkFileType, extensionOf } from './file-type.js';

const bytes = (...b: number[]) => new Uint8Array([...b, 0x20, 0x20, 0x20, 0x20]);
const text = (s: string) => new TextEncoder().encode(s);
const pdf = text('%PDF-1.7\n...');
const jpeg = bytes(0xff, 0xd8, 0xff, 0xe0);
const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const zipWith = (part: string) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...text(part)]);
const ole2 = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
const exe = text('MZ\x90\x00 This program cannot be run in DOS mode');

describe('checkFileType', () => {
  it.each([
    ['名单.pdf', pdf, 'application/pdf'],
    ['照片.JPG', jpeg, 'image/jpeg'],
    ['照片.jpeg', jpeg, 'image/jpeg'],
    ['截图.png', png, 'image/png'],
    [
      '通知.docx',
      zipWith('word/document.xml'),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [
      '台账.xlsx',
      zipWith('xl/workbook.xml'),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    ['旧通知.doc', ole2, 'application/msword'],
    ['旧台账.xls', ole2, 'application/vnd.ms-excel'],
    ['说明.txt', text('已组织32名专家。'), 'text/plain'],
  ])('accepts %s', (name, content, contentType) => {
    expect(checkFileType(name, content)).toEqual({
      ok: true,
      extension: extensionOf(name),
      contentType,
    });
  });

  it.each([
    ['病毒.pdf', exe, 'content'],
    ['病毒.txt', exe, 'content'],
    ['假图.png', jpeg, 'content'],
    ['假表.xlsx', zipWith('word/document.xml'), 'content'],
    ['压缩包.docx', zipWith('readme.txt'), 'content'],
    ['二进制.txt', new Uint8Array([0x41, 0x00, 0x42]), 'content'],
    ['空.pdf', new Uint8Array([]), 'content'],
    ['程序.exe', exe, 'extension'],
    ['网页.html', text('<script>alert(1)</script>'), 'extension'],
    ['无扩展名', pdf, 'extension'],
  ])('refuses %s (%s)', (name, content, reason) => {
    expect(checkFileType(name, content)).toMatchObject({ ok: false, reason });
  });
});
