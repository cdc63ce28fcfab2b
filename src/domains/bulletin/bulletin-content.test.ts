import { describe, expect, it } from 'vitest';
import { chineseNumber, monthName, percent } from './bulletin-content.js';
import { exampleFrame } from './example-bulletin.js';
import type { BulletinFrame } from './frame.js';
import { keyWorkContent } from './key-work-content.js';
import type { KeyTaskFacts } from './snapshot.js';
import { keyWorkSnapshotOf } from './test-support.js';

describe('chineseNumber', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [21, '二十一'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
    [1000, '一千'],
    [1010, '一千零一十'],
  ])('writes %i as %s', (n, text) => {
    expect(chineseNumber(n)).toBe(text);
  });
});

it('formats shares and months the way the bulletin prints them', () => {
  expect([percent(0.4567), percent(1), monthName('2017-09')]).toEqual([
    '45.7%',
    '100%',
    '2017年9月',
  ]);
});

function task(no: number, progress: number): KeyTaskFacts {
  return {
    no,
    content: `任务${no}`,
    owner: null,
    department: null,
    leader: null,
    deadline: null,
    due: null,
    light: 'green',
    reason: 'on_pace',
    indicators: [
      { label: `对象 ≥10个`, subject: `对象${no}`, unit: '个', actual: progress * 10, progress },
    ],
    report: null,
  };
}

const frame: BulletinFrame = { ...exampleFrame, copyTo: [] };

describe('keyWorkContent', () => {
  const progressChart = (tasks: KeyTaskFacts[]) =>
    keyWorkContent(keyWorkSnapshotOf(tasks), frame).blocks.find(
      (b) => b.kind === 'chart' && b.caption.includes('指标完成进度'),
    );

  it('charts every indicator of a small plan', () => {
    const chart = progressChart([task(1, 0.5), task(2, 0.2)]);
    expect(chart?.kind === 'chart' && chart.chart.categories).toEqual(['1. 对象1', '2. 对象2']);
  });

  it('charts the twenty furthest behind of a large plan and says so', () => {
    const chart = progressChart(Array.from({ length: 30 }, (_, i) => task(i + 1, (30 - i) / 30)));
    expect(chart?.kind === 'chart' && chart.caption).toBe('图2  指标完成进度（进度最低的20项）');
    expect(chart?.kind === 'chart' && chart.chart.categories[0]).toBe('30. 对象30');
    expect(chart?.kind === 'chart' && chart.chart.categories).toHaveLength(20);
  });

  it('says so when nothing is overdue or lagging, and signs with the plan on the issue date when no unit issued it', () => {
    const content = keyWorkContent(keyWorkSnapshotOf([task(1, 1)]), frame);
    expect(content.blocks).toContainEqual({ kind: 'paragraph', text: '本月无逾期或滞后任务。' });
    expect(content.signature).toEqual({ unit: '工作要点', date: '2017-10-09' });
    expect(content.subtitle).toBe('（截至2017年9月30日）');
    expect(content.frame).toBe(frame);
  });
});
