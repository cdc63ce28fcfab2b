import { describe, expect, it } from 'vitest';
import { findDeadlinePhrases, firstDeadline } from './item-deadline.js';

describe('the deadline written in an item', () => {
  it.each([
    ['2013年6月底前出台实施细则', '2013年6月底前', '2013-06-30'],
    ['请人力资源社会保障部会同有关部门于2020年6月底前完成', '2020年6月底前', '2020-06-30'],
    ['年底前完成', '年底前', '2019-12-31'],
    ['6月底前完成摸底，9月底前全面推开', '6月底前', '2019-06-30'],
    ['今年底前建成', '今年底前', '2019-12-31'],
    ['2016年底前各省出台标准', '2016年底前', '2016-12-31'],
    ['2014年年底前完成', '2014年年底前', '2014-12-31'],
    ['3月15日前报送', '3月15日前', '2019-03-15'],
    ['三季度末前完成', '三季度末前', '2019-09-30'],
    ['十月底前完成', '十月底前', '2019-10-31'],
    ['9月下旬组织开展全国科普日活动', '9月下旬', '2019-09-30'],
    ['年底完成', '年底', '2019-12-31'],
  ])('reads %s', (text, phrase, due) => {
    expect(firstDeadline(text, 2019)).toMatchObject({ text: phrase, due });
  });

  it.each([
    '2019年3月5日印发',
    '3月15日召开',
    '5月启动',
    '建党100周年',
    '每月5日报送',
    '近3个月前的数据',
    '长期坚持',
  ])('finds no deadline in %s', (text) => {
    expect(firstDeadline(text, 2019)).toBeNull();
  });

  it('lists every phrase with its position', () => {
    expect(findDeadlinePhrases('甲6月底前，乙年底前')).toEqual([
      { text: '6月底前', index: 1 },
      { text: '年底前', index: 7 },
    ]);
  });
});
