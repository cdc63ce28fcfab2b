import { describe, expect, it } from 'vitest';
import { expandSpans, parseSpan, type RawCell } from './html-table.js';
import { TABLE_MAX_COLUMNS } from './limits.js';

const c = (text: string, colspan = 1, rowspan = 1): RawCell => ({ text, colspan, rowspan });

describe('expandSpans', () => {
  it.each<[string, RawCell[][], string[][]]>([
    [
      'a plain grid unchanged',
      [
        [c('a'), c('b')],
        [c('c'), c('d')],
      ],
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'colspan repeated across columns',
      [[c('t', 3)], [c('a'), c('b'), c('c')]],
      [
        ['t', 't', 't'],
        ['a', 'b', 'c'],
      ],
    ],
    [
      'rowspan repeated down rows, later cells shifted right',
      [
        [c('1'), c('彭国华', 1, 3), c('x')],
        [c('2'), c('y')],
        [c('3'), c('z')],
      ],
      [
        ['1', '彭国华', 'x'],
        ['2', '彭国华', 'y'],
        ['3', '彭国华', 'z'],
      ],
    ],
    [
      'rowspan in the last column fills rows that end early',
      [[c('a'), c('m', 1, 2)], [c('b')]],
      [
        ['a', 'm'],
        ['b', 'm'],
      ],
    ],
    [
      'colspan and rowspan together',
      [[c('m', 2, 2), c('a')], [c('b')]],
      [
        ['m', 'm', 'a'],
        ['m', 'm', 'b'],
      ],
    ],
    [
      'short rows padded with empty cells',
      [[c('a'), c('b'), c('c')], [c('d')]],
      [
        ['a', 'b', 'c'],
        ['d', '', ''],
      ],
    ],
    ['rowspan past the last row is dropped', [[c('a', 1, 5)]], [['a']]],
    ['empty table', [], []],
  ])('%s', (_name, raw, expected) => {
    expect(expandSpans(raw)).toEqual(expected);
  });

  it('caps a row at the column limit', () => {
    expect(expandSpans([[c('x', TABLE_MAX_COLUMNS + 5)]])[0]).toHaveLength(TABLE_MAX_COLUMNS);
  });
});

describe('parseSpan', () => {
  it.each<[string | undefined, number]>([
    [undefined, 1],
    ['', 1],
    ['0', 1],
    ['-2', 1],
    ['abc', 1],
    ['3', 3],
    [' 2 ', 2],
    ['999999', 100],
  ])('%j → %i', (value, expected) => {
    expect(parseSpan(value, 100)).toBe(expected);
  });
});
