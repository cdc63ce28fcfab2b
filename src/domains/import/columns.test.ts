import { describe, expect, it } from 'vitest';
import { columnOf, contentColumns } from './columns.js';

describe('columnOf', () => {
  it.each([
    ['目标任务', 'content'],
    ['工作举措', 'content'],
    ['年度重点任务', 'content'],
    ['建设内容', 'content'],
    ['责任科室', 'department'],
    ['牵头股室', 'department'],
    ['市级牵头单位', 'department'],
    ['配合科室', 'coDepartment'],
    ['协作单位', 'coDepartment'],
    ['牵头领导', 'leader'],
    ['包联市领导', 'leader'],
    ['具体责任人', 'owner'],
    ['完成时限', 'deadline'],
    ['办结时间', 'deadline'],
    ['时间节点（截止）', 'deadline'],
    ['编 号', 'no'],
  ])('reads %s as %s', (header, key) => {
    expect(columnOf(header)).toBe(key);
  });

  it.each(['说明', '县经信局', '年底前', '新建厂房10万平方米', '一、重点任务', '各乡镇人民政府'])(
    'reads no column in %s',
    (cell) => {
      expect(columnOf(cell)).toBeUndefined();
    },
  );
});

describe('contentColumns', () => {
  it('puts a goal column in front of the measures beside it', () => {
    expect(contentColumns(['序号', '主要目标', '工作举措', '责任科室'])).toEqual({
      content: 2,
      item: 1,
    });
  });

  it('reads a listed name before one known only by its ending', () => {
    expect(contentColumns(['序号', '建设内容', '工作任务', '责任单位'])).toEqual({
      content: 2,
      item: -1,
    });
  });

  it.each([
    [['序号', '改革举措', '主要内容', '省级牵头部门'], 2, 1],
    [['编号', '举措名称', '工作措施', '责任单位'], 2, 1],
    [['序号', '事项名称', '具体内容', '牵头单位'], 2, 1],
    [['序号', '项目名称', '建设内容', '责任单位', '完成时限'], 2, 1],
    [['序号', '重点工作', '具体措施', '责任单位'], 2, 1],
    [['序号', '任务名称', '主要措施', '配合单位', '牵头单位'], 2, 1],
  ])('pairs the naming column of %j with the column describing it', (headers, content, item) => {
    expect(contentColumns(headers)).toEqual({ content, item });
  });

  it('keeps a lone naming column as the content', () => {
    expect(contentColumns(['序号', '改革举措', '牵头部门', '推广范围'])).toEqual({
      content: 1,
      item: -1,
    });
  });
});
