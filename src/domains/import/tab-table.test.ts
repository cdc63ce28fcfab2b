import { describe, expect, it } from 'vitest';
import { findFlattenedTables } from './flattened-table.js';
import { linesOfText } from './lines.js';
import { parseNotice } from './parse-notice.js';
import { findTabTables } from './tab-table.js';

const linesOf = (text: string) => linesOfText(text).lines;

const notice = [
  '某县2021年重点工作任务分解',
  '为抓好各项工作落实，现将任务分解如下。',
  '重点工作任务分解表',
  '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
  '一、产业发展',
  '1\t新建标准化厂房10万平方米\t县经信局\t县自然资源局、县住建局\t年底前',
  '2\t引进亿元以上项目5个\t县商务局\t\t6月底前',
  '',
  '二、民生保障',
  '3\t新增城镇就业1000人\t县人社局、县财政局\t\t',
  '请各单位认真落实。',
].join('\n');

describe('findTabTables', () => {
  it('reads a pasted table with empty cells, group lines and a blank line between rows', () => {
    const [found, ...rest] = findTabTables(linesOf(notice));
    expect(rest).toEqual([]);
    expect(found?.table.line).toBe(4);
    expect(found?.table.rows).toEqual([
      ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
      ['一、产业发展'],
      ['1', '新建标准化厂房10万平方米', '县经信局', '县自然资源局、县住建局', '年底前'],
      ['2', '引进亿元以上项目5个', '县商务局', '', '6月底前'],
      [''],
      ['二、民生保障'],
      ['3', '新增城镇就业1000人', '县人社局、县财政局'],
    ]);
    // The rows, and the caption above them; not the sentence after them.
    expect(found?.consumed.sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it.each([
    ['a header alone', '序号\t工作任务\t责任单位\n下一段。'],
    ['a tabbed line that is no header', '甲\t乙\t丙\n1\t2\t3'],
    ['one tab in the header', '工作任务\t责任单位\n甲\t县委办'],
    [
      'the worked example’s one cell a line',
      '\t序号\n\t重点工作内容\n\t责任人\n\n\t1\n\t甲\n\t张三',
    ],
  ])('finds no table in %s', (_what, text) => {
    expect(findTabTables(linesOf(text))).toEqual([]);
  });

  it('is found beside flattened tables, in document order', () => {
    const text = `${notice}\n\n\t序号\n\t工作任务\n\t责任单位\n\n\t1\n\t甲\n\t县委办`;
    expect(findFlattenedTables(linesOf(text)).map((t) => t.table.line)).toEqual([4, 13]);
  });
});

describe('a notice with a pasted table', () => {
  const result = parseNotice(notice);
  if (!result.ok) throw new Error(result.error.message);
  const { draft } = result;

  it('makes one task of each row, with lead and co-operating units', () => {
    expect(
      draft.tasks.map((t) => [t.no, t.content, t.departments, t.coDepartments, t.deadline?.due]),
    ).toEqual([
      [1, '新建标准化厂房10万平方米', ['县经信局'], ['县自然资源局', '县住建局'], '2021-12-31'],
      [2, '引进亿元以上项目5个', ['县商务局'], [], '2021-06-30'],
      [3, '新增城镇就业1000人', ['县人社局', '县财政局'], [], undefined],
    ]);
  });

  it('keeps the table out of the outline', () => {
    expect(draft.sections).toEqual([]);
    expect(draft.items).toEqual([]);
  });
});

describe('tables with cells set apart by spaces', () => {
  const spaced = (rows: string[]) =>
    findTabTables(linesOf(['2021年要点', ...rows, '请认真落实。'].join('\n')));

  it('reads one when every row has as many cells as the header', () => {
    const [found] = spaced([
      '序号  工作任务  牵头单位\u3000\u3000完成时限',
      '一、产业发展',
      '1  新建厂房  县经信局  年底前',
      '',
      '2  引进项目  县商务局、县发改委  6月底前',
    ]);
    expect(found?.table.rows).toEqual([
      ['序号', '工作任务', '牵头单位', '完成时限'],
      ['一、产业发展'],
      ['1', '新建厂房', '县经信局', '年底前'],
      [''],
      ['2', '引进项目', '县商务局、县发改委', '6月底前'],
    ]);
    expect(found?.consumed.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
  });

  it('reads none when a numbered row splits otherwise (a name padded with spaces)', () => {
    expect(
      spaced([
        '序号  工作任务  责任人  完成时限',
        '1  新建厂房  王明  年底前',
        '2  引进项目  柳  军  6月底前',
      ]),
    ).toEqual([]);
  });

  it('ends at a sentence, and needs a header of column names only', () => {
    expect(
      spaced(['序号  工作任务  责任人', '1  甲  王明', '说明  如下'])[0]?.table.rows,
    ).toHaveLength(2);
    expect(spaced(['序号  工作任务  说明', '1  甲  王明'])).toEqual([]);
  });
});
