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
    expect(contentColumns(['序号', '重点工作', '具体措施', '责任单位'])).toEqual({
      content: 1,
      item: -1,
    });
  });
});
