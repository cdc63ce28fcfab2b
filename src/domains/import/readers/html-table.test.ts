import { describe, expect, it } from 'vitest';
import { CellBudget, expandSpans, parseRowspan, parseSpan, type RawCell } from './html-table.js';
import { readHtml } from './html.js';
import { readTaskTable } from '../task-table.js';
import { HTML_MAX_TABLE_CELLS, ImportError, TABLE_MAX_COLUMNS, TABLE_MAX_ROWS } from './limits.js';

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
    ['rows without cells', [[], []], []],
  ])('%s', (_name, raw, expected) => {
    expect(expandSpans(raw)).toEqual(expected);
  });

  it('caps a row at the column limit', () => {
    expect(expandSpans([[c('x', TABLE_MAX_COLUMNS + 5)]])[0]).toHaveLength(TABLE_MAX_COLUMNS);
  });
});

describe('expandSpans against a cell budget', () => {
  it('defaults to the document-wide limit', () => {
    expect(new CellBudget().limit).toBe(HTML_MAX_TABLE_CELLS);
  });

  it.each<[string, RawCell[][], number]>([
    [
      'a grid of exactly the budget',
      [
        [c('a'), c('b')],
        [c('c'), c('d')],
      ],
      4,
    ],
    ['colspan copies', [[c('t', 3)], [c('a'), c('b'), c('c')]], 6],
    ['rowspan carries and padding', [[c('a'), c('m', 1, 2), c('z')], [c('b')]], 6],
  ])('accepts %s', (_name, raw, cells) => {
    expect(() => expandSpans(raw, new CellBudget(cells))).not.toThrow();
  });

  it.each<[string, RawCell[][], number]>([
    [
      'one cell too many',
      [
        [c('a'), c('b')],
        [c('c'), c('d')],
      ],
      3,
    ],
    ['a colspan past what is left, before copying it', [[c('x', TABLE_MAX_COLUMNS)]], 999],
    ['a rowspan carried into a later row', [[c('m', 1, 3)], [], []], 2],
    ['padding short rows to the widest', [[c('a', 3)], [c('b')], [c('c')]], 6],
  ])('rejects %s as too_large', (_name, raw, cells) => {
    expect(() => expandSpans(raw, new CellBudget(cells))).toThrow(
      expect.objectContaining({
        code: 'too_large',
        message: `表格过大（所有表格合计上限 ${cells} 个单元格）/ tables too large (limit ${cells} cells in all tables together)`,
      }),
    );
  });

  it('shares one budget between tables', () => {
    const budget = new CellBudget(5);
    expect(expandSpans([[c('a'), c('b'), c('c')]], budget)).toEqual([['a', 'b', 'c']]);
    expect(() => expandSpans([[c('d'), c('e'), c('f')]], budget)).toThrow(ImportError);
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

describe('parseRowspan', () => {
  it.each<[string | undefined, number]>([
    [undefined, 1],
    ['2', 2],
    ['0', TABLE_MAX_ROWS],
    [' 0 ', TABLE_MAX_ROWS],
    ['-1', 1],
  ])('%j → %i', (value, expected) => {
    expect(parseRowspan(value)).toBe(expected);
  });
});

describe('a task table in a web page', () => {
  const html = `<table>
    <tr><th>序号</th><th>改革事项</th><th>具体内容</th><th>牵头部门</th><th>推广范围</th></tr>
    <tr><td colspan="5">一、投资便利化（2项）</td></tr>
    <tr><td>1</td><td>项目审批</td><td>推行承诺制</td><td rowspan="3">市发展改革委<br>市自然资源局</td><td>全市</td></tr>
    <tr><td>2</td><td>联合验收</td><td>实行“一站式”验收</td><td>全市</td></tr>
    <tr><td colspan="3">二、贸易便利化</td><td>全市</td></tr>
    <tr><td>5</td><td>通关</td><td>压缩通关时间</td><td rowspan="0">市商务局</td><td>各县区</td></tr>
    <tr><td>6</td><td>口岸</td><td>推行无纸化</td><td>各县区</td></tr>
  </table>`;
  const [block] = readHtml(html).blocks;
  const rows = block?.kind === 'table' ? block.rows : [];

  it('skips group rows and gives a merged department to every row it spans', () => {
    const table = readTaskTable(rows, 2019, 1);
    expect(table?.rows.map((r) => [r.no, r.content, r.departments])).toEqual([
      [1, '项目审批：推行承诺制', ['市发展改革委', '市自然资源局']],
      [2, '联合验收：实行“一站式”验收', ['市发展改革委', '市自然资源局']],
      [5, '通关：压缩通关时间', ['市商务局']],
      [6, '口岸：推行无纸化', ['市商务局']],
    ]);
  });
});
