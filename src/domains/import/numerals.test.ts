import { describe, expect, it } from 'vitest';
import {
  chineseNumeralValue,
  combineComparator,
  readNumber,
  readPrefixWord,
  readQuantityCore,
  readSuffixWord,
  readUnit,
} from './numerals.js';

describe('chineseNumeralValue', () => {
  it.each([
    ['两', 2],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['百', 100],
    ['一百零五', 105],
    ['两百', 200],
    ['三千五百', 3500],
    ['五万', 50000],
    ['百万', 1000000],
    ['一亿五千万', 150000000],
  ])('reads %s as %d', (run, value) => {
    expect(chineseNumeralValue(run)).toBe(value);
  });

  it.each(['十一五', '一两', '二〇一七', '十百'])('rejects the malformed run %s', (run) => {
    expect(chineseNumeralValue(run)).toBeNull();
  });
});

describe('readNumber', () => {
  it.each([
    ['2017年', 2017, 4],
    ['２次', 2, 1],
    ['2.5万人次', 25000, 4],
    ['1,000元', 1000, 5],
    ['40万元', 400000, 3],
    ['百名', 100, 1],
  ])('reads %s', (text, value, end) => {
    expect(readNumber(text, 0)).toMatchObject({ value, end });
  });

  it.each([
    ['a leading zero', '0550'],
    ['a bare 万', '万众一心'],
    ['a digit run too long for a count', '13812345678901'],
  ])('refuses %s', (_name, text) => {
    expect(readNumber(text, 0)).toBeNull();
  });
});

describe('readUnit', () => {
  it.each([
    ['人次以上', '人次'],
    ['个百分点', '个百分点'],
    ['个社区', '个'],
    ['％', '%'],
  ])('reads the longest measure word in %s', (text, unit) => {
    expect(readUnit(text, 0)?.unit).toBe(unit);
  });

  it.each(['年', '月底', '日', '号文件', '季度', '大', '会'])(
    'does not take %s as a measure word',
    (text) => {
      expect(readUnit(text, 0)).toBeNull();
    },
  );
});

describe('readQuantityCore', () => {
  it.each([
    ['1—2个', { min: 1, max: 2, unit: '个' }],
    ['3至5所', { min: 3, max: 5, unit: '所' }],
    ['3-5万元', { min: 30000, max: 50000, unit: '元' }],
    ['100多名', { value: 100, unit: '名', more: true }],
  ])('reads %s', (text, expected) => {
    expect(readQuantityCore(text, 0)).toMatchObject(expected);
  });

  it.each(['2017年', '2017-2018年', '0550-3012345'])('finds no quantity in %s', (text) => {
    expect(readQuantityCore(text, 0)).toBeNull();
  });
});

describe('comparator words', () => {
  function comparatorOf(text: string, numStart: number): string {
    const core = readQuantityCore(text, numStart);
    if (core === null) throw new Error(`no quantity in ${text}`);
    return combineComparator(readPrefixWord(text, numStart), readSuffixWord(text, core.end), core);
  }

  it.each([
    ['不少于2次', 3, '>='],
    ['超过1亿元', 2, '>'],
    ['不超过5%', 3, '<='],
    ['控制在3%以内', 3, '<='],
    ['力争达到20家', 4, '>='],
    ['大约30人', 2, 'approx'],
    ['200人左右', 0, 'approx'],
    ['不足10人', 2, '<'],
    ['5个', 0, '>='],
  ])('reads %s', (text, numStart, expected) => {
    expect(comparatorOf(text, numStart)).toBe(expected);
  });

  it('does not read 节约 as approximately', () => {
    expect(readPrefixWord('节约50万元', 2)).toBeNull();
  });
});
