import { describe, expect, it } from 'vitest';
import {
  CELL_MARGIN_TWIPS,
  TABLE_CHAR_TWIPS,
  columnWidths,
  textWidthChars,
} from './column-widths.js';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
/** The type area: 156 mm. */
const TOTAL = 8844;

describe('textWidthChars', () => {
  it('counts CJK characters as one and Latin letters and digits as a little over half', () => {
    expect(textWidthChars('序号')).toBe(2);
    expect(textWidthChars('10')).toBeCloseTo(1.1);
    expect(textWidthChars('完成率85%')).toBeCloseTo(3 + 0.25 + 3 * 0.55);
    expect(textWidthChars('（一）')).toBe(3);
  });

  it('counts a character outside the basic plane once', () => {
    expect(textWidthChars('𠀀a')).toBeCloseTo(1.8);
  });

  it('adds the automatic space between ideographs and Latin letters or digits', () => {
    expect(textWidthChars('2017年12月31日')).toBeCloseTo(3 + 8 * 0.55 + 5 * 0.25);
    expect(textWidthChars('创建基地：3/5个')).toBeCloseTo(6 + 3 * 0.55 + 0.25);
  });

  it('stops at the cap', () => {
    expect(textWidthChars('一'.repeat(100), 24)).toBe(24);
  });
});

describe('columnWidths', () => {
  const keyWork = [
    { title: '序号', width: 2 },
    { title: '重点工作', width: 8.6 },
    { title: '责任人', width: 2.9 },
    { title: '责任部室', width: 2.9 },
    { title: '分管领导', width: 2.9 },
    { title: '指标完成', width: 8 },
    { title: '状态', width: 2.4 },
  ];
  const rows = [
    [
      '1',
      '推进科普示范基地建设，完成年度创建任务',
      '张三',
      '科普部',
      '李四',
      '创建基地：3/5个',
      '正常',
    ],
    ['2', '组织全国科技工作者日系列活动', '王五', '学会部', '李四', '活动场次：12/10场', '完成'],
  ];

  it('sums to the type-area width', () => {
    expect(sum(columnWidths(keyWork, rows, TOTAL))).toBe(TOTAL);
    expect(sum(columnWidths(keyWork, [], TOTAL))).toBe(TOTAL);
  });

  it('never makes a column narrower than its header on one line', () => {
    const widths = columnWidths(keyWork, rows, TOTAL);
    keyWork.forEach((column, i) => {
      expect(widths[i]).toBeGreaterThanOrEqual(
        textWidthChars(column.title) * TABLE_CHAR_TWIPS + CELL_MARGIN_TWIPS,
      );
    });
  });

  it('gives the room left to the columns that hold the most text', () => {
    const [no, task, owner, , , indicator, state] = columnWidths(keyWork, rows, TOTAL);
    // The indicator summaries are short enough for one line; the tasks wrap in the rest.
    expect(indicator).toBeGreaterThanOrEqual(
      textWidthChars('活动场次：12/10场') * TABLE_CHAR_TWIPS + CELL_MARGIN_TWIPS,
    );
    expect(task).toBeGreaterThan(owner ?? 0);
    expect(task).toBeGreaterThanOrEqual(6 * TABLE_CHAR_TWIPS);
    expect(owner).toBeGreaterThan(no ?? 0);
    expect(state).toBe(no);
  });

  it('keeps short cells such as dates on one line while long text wraps', () => {
    const columns = [
      { title: '序号', width: 2 },
      { title: '任务', width: 10.8 },
      { title: '责任人', width: 3 },
      { title: '责任部室', width: 3 },
      { title: '完成时间', width: 5.2 },
      { title: '情况', width: 5 },
    ];
    const lagging = [
      [
        '3',
        '组织院士与企业对接活动不少于2次',
        '彭国华',
        '学会部',
        '2017年12月31日',
        '黄灯：进度滞后',
      ],
      [
        '10',
        '制订《滁州市科协系统信息工作考核方案》，组建全市科协系统信息员队伍',
        '柏春艳',
        '办公室',
        '2017年12月31日',
        '黄灯：本月未报送进展',
      ],
    ];
    const [, task, owner, , due, state] = columnWidths(columns, lagging, TOTAL);
    expect(due).toBeGreaterThanOrEqual(
      textWidthChars('2017年12月31日') * TABLE_CHAR_TWIPS + CELL_MARGIN_TWIPS,
    );
    expect(owner).toBeGreaterThanOrEqual(3 * TABLE_CHAR_TWIPS + CELL_MARGIN_TWIPS);
    expect(task).toBeGreaterThan(state ?? 0);
  });

  it('shares by the width hints when there are no rows', () => {
    const widths = columnWidths(
      [
        { title: '甲', width: 1 },
        { title: '乙', width: 3 },
      ],
      [],
      TOTAL,
    );
    expect(widths[1]).toBeGreaterThan(widths[0] ?? 0);
  });

  it('counts the longest line of a multi-line cell, and one huge cell no more than the cap', () => {
    const columns = [
      { title: '甲', width: 1 },
      { title: '乙', width: 1 },
    ];
    const a = columnWidths(columns, [['一二\n一二三四五六七八', '一二三四五']], TOTAL);
    expect(a[0]).toBeGreaterThan(a[1] ?? 0);
    const b = columnWidths(columns, [['一'.repeat(2000), '一'.repeat(24)]], TOTAL);
    expect(b[0]).toBe(b[1]);
  });

  it('shrinks the columns in proportion when even the headers do not fit', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ title: `第${i}列标题`, width: 1 }));
    const widths = columnWidths(many, [], TOTAL);
    expect(sum(widths)).toBe(TOTAL);
    expect(new Set(widths.map((w) => Math.round(w / 10))).size).toBeLessThanOrEqual(2);
  });

  it('returns nothing for no columns', () => {
    expect(columnWidths([], [], TOTAL)).toEqual([]);
  });
});
