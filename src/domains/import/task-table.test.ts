import { describe, expect, it } from 'vitest';
import { isHeaderRow, names, readTaskTable, readTaskTables } from './task-table.js';

const read = (rows: string[][], year = 2020) => {
  const result = readTaskTable(rows, year, 1);
  if (!result) throw new Error('no task table');
  return result;
};

describe('isHeaderRow', () => {
  it.each([
    [['序号', '改革事项', '牵头部门'], true],
    [['具体内容', '责任单位'], true],
    [['工作措施', '配合单位'], true],
    [['主要内容', '牵头领导'], true],
    [['序号', '工作任务', '完成时限'], true],
    [['序号', '工作任务'], false],
    [['责任单位', '配合单位', '完成时限'], false],
    [['一、总体要求', '', ''], false],
  ])('%j → %s', (cells, expected) => {
    expect(isHeaderRow(cells)).toBe(expected);
  });
});

describe('readTaskTable', () => {
  it('reads a table with a department and no person or deadline, ignoring other columns', () => {
    const table = read([
      ['序号', '改革事项', '具体内容', '牵头部门', '推广范围'],
      [
        '一、简政放权（5项）',
        '一、简政放权（5项）',
        '一、简政放权（5项）',
        '一、简政放权（5项）',
        '一、简政放权（5项）',
      ],
      ['1', '企业开办', '压缩企业开办时间至3个工作日', '市市场监管局', '全市'],
      ['2', '工程建设审批', '推行联合审图', '市住房城乡建设局', '各县区'],
      ['二、优化服务', '', '', '', ''],
      ['4', '政务服务', '推行“一网通办”', '市政务服务局', '全市'],
    ]);
    expect(table.columns).toEqual(['序号', '改革事项', '具体内容', '牵头部门', '推广范围']);
    expect(
      table.rows.map((r) => [r.no, r.content, r.departments, r.owners, r.deadlineText]),
    ).toEqual([
      [1, '企业开办：压缩企业开办时间至3个工作日', ['市市场监管局'], [], null],
      [2, '工程建设审批：推行联合审图', ['市住房城乡建设局'], [], null],
      [4, '政务服务：推行“一网通办”', ['市政务服务局'], [], null],
    ]);
    expect(table.problems).toEqual([]);
  });

  it('skips group rows: a colspan beside a rowspan, a Chinese-numbered 序号, a heading alone', () => {
    const table = read([
      ['序号', '工作任务', '责任单位', '完成时限'],
      ['（一）', '加强组织领导', '', ''],
      ['1', '制定方案', '县发改委', '6月底前'],
      ['二、推进改革', '二、推进改革', '县发改委', '二、推进改革'],
      ['1', '开展试点', '县财政局', '年底前'],
      ['', '三、保障措施', '', ''],
      ['2', '督查落实', '县政府办', '长期'],
    ]);
    expect(table.rows.map((r) => [r.no, r.content, r.due])).toEqual([
      [1, '制定方案', '2020-06-30'],
      [2, '开展试点', '2020-12-31'],
      [3, '督查落实', null],
    ]);
  });

  it('numbers rows by 序号 when whole, else by position, never twice the same', () => {
    const table = read([
      ['序号', '工作任务', '责任单位'],
      ['1.', '甲', '县委办'],
      ['', '乙', '县委办'],
      ['3', '丙', '县委办'],
      ['1', '丁', '县委办'],
      ['7', '戊', '县委办'],
    ]);
    expect(table.rows.map((r) => [r.no, r.content])).toEqual([
      [1, '甲'],
      [2, '乙'],
      [3, '丙'],
      [4, '丁'],
      [7, '戊'],
    ]);
  });

  it('reads several owners and lead units, and co-operating units from their own column', () => {
    const [row] = read([
      ['序号', '工作任务', '责任人', '牵头单位', '配合单位', '分管领导'],
      [
        '1',
        '建设产业园',
        '张三、李四',
        '市发改委，市工信局',
        '市财政局、市自然资源局\n有关部门',
        '柳  军',
      ],
    ]).rows;
    expect(row).toMatchObject({
      owner: '张三',
      owners: ['张三', '李四'],
      department: '市发改委',
      departments: ['市发改委', '市工信局'],
      coDepartments: ['市财政局', '市自然资源局'],
      leader: '柳军',
    });
  });

  it('reads lead and co-operating units written in one cell', () => {
    const rows = read([
      ['工作任务', '责任单位'],
      ['甲', '市发改委牵头，市财政局、市税务局配合'],
      ['乙', '牵头单位：市教育局；配合单位：市人社局'],
      ['丙', '市商务局（牵头） 市财政局'],
    ]).rows;
    expect(rows.map((r) => [r.departments, r.coDepartments])).toEqual([
      [['市发改委'], ['市财政局', '市税务局']],
      [['市教育局'], ['市人社局']],
      [['市商务局', '市财政局'], []],
    ]);
  });

  it('reads a two-row header whose merged 责任单位 names 牵头单位 and 配合单位 below', () => {
    const table = read([
      ['序号', '工作任务', '责任单位', '责任单位', '完成时限'],
      ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
      ['1', '甲', '市委办', '市政府办', '长期'],
    ]);
    expect(table.columns).toEqual(['序号', '工作任务', '牵头单位', '配合单位', '完成时限']);
    expect(table.rows[0]).toMatchObject({ departments: ['市委办'], coDepartments: ['市政府办'] });
  });

  it('skips the header repeated after a page break', () => {
    const table = read([
      ['序号', '工作任务', '责任单位'],
      ['1', '甲', '市委办'],
      ['序号', '工作任务', '责任单位'],
      ['2', '乙', '市委办'],
    ]);
    expect(table.rows.map((r) => r.content)).toEqual(['甲', '乙']);
  });

  it('reports a task row without content', () => {
    const table = read([
      ['序号', '工作任务', '责任单位', '完成时限'],
      ['1', '', '市委办', '长期'],
    ]);
    expect(table.rows).toEqual([]);
    expect(table.problems).toEqual([
      { row: 2, column: 2, message: '缺少工作内容 / no task content' },
    ]);
  });
});

describe('names', () => {
  it.each<[string, string[]]>([
    ['张三、李四', ['张三', '李四']],
    ['柳  军', ['柳军']],
    ['王 明', ['王明']],
    ['市发改委 市财政局', ['市发改委', '市财政局']],
    ['市发改委；市财政局\n市商务局', ['市发改委', '市财政局', '市商务局']],
    ['县委办（县政府办）、县财政局', ['县委办（县政府办）', '县财政局']],
    ['有关部门', []],
    ['', []],
  ])('%j → %j', (cell, expected) => {
    expect(names(cell)).toEqual(expected);
  });
});

describe('readTaskTables', () => {
  const header = ['序号', '工作任务', '责任单位'];

  it('appends the tables that continue the task table, numbering through them', () => {
    const table = readTaskTables(
      [
        { rows: [['说明', '无关']], line: 1 },
        { rows: [header, ['1', '甲', '县委办']], line: 3 },
        { rows: [['1', '乙', '县政府办']], line: 6 },
        { rows: [header, ['3', '丙', '县财政局']], line: 9 },
        { rows: [['4', '丁']], line: 12 },
        { rows: [['5', '戊', '县审计局']], line: 15 },
      ],
      2020,
    );
    expect(table?.rows.map((r) => [r.no, r.content, r.line])).toEqual([
      [1, '甲', 4],
      [2, '乙', 6],
      [3, '丙', 10],
    ]);
  });

  it('does not append a table with other columns', () => {
    const table = readTaskTables(
      [
        { rows: [header, ['1', '甲', '县委办']], line: 1 },
        {
          rows: [
            ['序号', '指标', '目标值'],
            ['1', '乙', '10'],
          ],
          line: 5,
        },
      ],
      2020,
    );
    expect(table?.rows.map((r) => r.content)).toEqual(['甲']);
  });
});
