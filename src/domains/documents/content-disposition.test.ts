import { describe, expect, it } from 'vitest';
import { contentDisposition } from './content-disposition.js';

describe('contentDisposition', () => {
  it.each([
    ['report.pdf', `attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`],
    [
      '专家名单.pdf',
      `attachment; filename="____.pdf"; filename*=UTF-8''%E4%B8%93%E5%AE%B6%E5%90%8D%E5%8D%95.pdf`,
    ],
    [
      `a "b";c's (1).txt`,
      `attachment; filename="a _b__c's (1).txt"; filename*=UTF-8''a%20%22b%22%3Bc%27s%20%281%29.txt`,
    ],
  ])('%s', (name, header) => {
    expect(contentDisposition(name)).toBe(header);
  });

  it('round-trips the Chinese name through filename*', () => {
    const header = contentDisposition('台账（2017）.xlsx');
    const encoded = /filename\*=UTF-8''(.+)$/.exec(header)?.[1] ?? '';
    expect(decodeURIComponent(encoded)).toBe('台账（2017）.xlsx');
  });
});
