/** Signature dates of a notice: written in digits or Chinese numerals, and only days that exist. */
import { describe, expect, it } from 'vitest';
import { parseChineseDate } from './notice-header.js';

describe('parseChineseDate', () => {
  it.each([
    ['2017年1月10日', '2017-01-10'],
    ['二〇一七年一月十日', '2017-01-10'],
    ['2016年2月29日', '2016-02-29'],
  ])('reads %s as %s', (line, date) => {
    expect(parseChineseDate(line)).toBe(date);
  });

  it.each(['2017年2月30日', '2017年13月1日', '2017年4月31日', '2017年1月10日起'])(
    'does not take %s for an issue date',
    (line) => {
      expect(parseChineseDate(line)).toBeNull();
    },
  );
});
