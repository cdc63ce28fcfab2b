import { describe, expect, it } from 'vitest';
import { safeFileName } from './safe-file-name.js';

describe('safeFileName', () => {
  it.each([
    ['专家名单.pdf', '专家名单.pdf'],
    ['C:\\Users\\peng\\Desktop\\专家名单.pdf', '专家名单.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['a/b/照片 1.jpg', '照片 1.jpg'],
    ['报告\u0000\r\n.pdf', '报告.pdf'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['  .hidden.txt ', 'hidden.txt'],
    ['...', '附件'],
    ['', '附件'],
    ['dir/', '附件'],
  ])('%j → %j', (raw, safe) => {
    expect(safeFileName(raw)).toBe(safe);
  });

  it('cuts long names by characters, keeping the extension', () => {
    const name = `${'专'.repeat(200)}.docx`;
    const safe = safeFileName(name, 20);
    expect(safe).toBe(`${'专'.repeat(15)}.docx`);
    expect(Array.from(safe)).toHaveLength(20);
  });

  it('does not split a character outside the basic plane', () => {
    expect(safeFileName('𠀀𠀀𠀀𠀀.txt', 6)).toBe('𠀀𠀀.txt');
  });
});
