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

describe('pasted tables around their header and with wrapped cells', () => {
  const rowsOf = (text: string) => findTabTables(linesOf(text))[0]?.table.rows;

  it('reads the header under a title row with trailing tabs, and skips a note after it', () => {
    const text = [
      '某区2023年民生实事工作安排',
      '',
      '某区2023年民生实事分工表\t\t\t\t',
      '编号\t主要目标\t牵头股室\t协作单位\t办结时限',
      '1\t改造老旧小区12个\t城建股\t\t9月底前\t',
      '2\t新增托位300个\t社会事务股\t区卫健局\t年底前\t',
      '',
      '说明：完成时限为“长期”的，每季度报送进展。',
    ].join('\n');
    const result = parseNotice(text);
    if (!result.ok) throw new Error(result.error.message);
    expect(
      result.draft.tableRows.map((r) => [r.no, r.content, r.departments, r.coDepartments, r.due]),
    ).toEqual([
      [1, '改造老旧小区12个', ['城建股'], [], '2023-09-30'],
      [2, '新增托位300个', ['社会事务股'], ['区卫健局'], '2023-12-31'],
    ]);
  });

  it('puts back a cell Excel quoted because it holds a line break', () => {
    expect(
      rowsOf(
        [
          '序号\t工作举措\t责任单位\t完成时间',
          '1\t"修订办法，',
          '出台""三张清单"""\t县司法局\t6月底前',
          '2\t开展督查\t县政府办\t年底前',
        ].join('\n'),
      ),
    ).toEqual([
      ['序号', '工作举措', '责任单位', '完成时间'],
      ['1', '修订办法，\n出台"三张清单"', '县司法局', '6月底前'],
      ['2', '开展督查', '县政府办', '年底前'],
    ]);
  });

  it('joins a row cut inside a cell with the line that goes on', () => {
    expect(
      rowsOf(
        [
          '序号\t具体任务\t责任单位\t完成时间',
          '1\t建成污水管网20公里，',
          '改造泵站3座\t县水务局\t年底前',
          '2\t整治黑臭水体\t县生态环境分局\t\t',
        ].join('\n'),
      ),
    ).toEqual([
      ['序号', '具体任务', '责任单位', '完成时间'],
      ['1', '建成污水管网20公里，改造泵站3座', '县水务局', '年底前'],
      ['2', '整治黑臭水体', '县生态环境分局'],
    ]);
  });

  it('joins a line of spill-over under a numbered row, cell by cell', () => {
    expect(
      rowsOf(
        [
          '序号\t重点任务\t牵头单位\t配合单位',
          '1\t推进数字乡村\t县农业农村局\t县工信局、',
          '\t试点建设\t\t县数据局',
          '2\t培育家庭农场\t县农业农村局\t',
        ].join('\n'),
      ),
    ).toEqual([
      ['序号', '重点任务', '牵头单位', '配合单位'],
      ['1', '推进数字乡村试点建设', '县农业农村局', '县工信局、县数据局'],
      ['2', '培育家庭农场', '县农业农村局'],
    ]);
  });

  it('keeps rows apart that only lack trailing tabs, and group rows without tabs', () => {
    expect(
      rowsOf(
        [
          '序号\t工作任务\t责任单位\t配合单位\t完成时限',
          '1\t甲项工作\t县委办',
          '二、乙类工作',
          '2\t乙项工作\t县政府办\t\t年底前',
        ].join('\n'),
      ),
    ).toEqual([
      ['序号', '工作任务', '责任单位', '配合单位', '完成时限'],
      ['1', '甲项工作', '县委办'],
      ['二、乙类工作'],
      ['2', '乙项工作', '县政府办', '', '年底前'],
    ]);
  });
});
