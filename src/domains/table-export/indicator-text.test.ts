import { describe, expect, it } from 'vitest';
import { indicatorText, type IndicatorOfTask } from './indicator-text.js';

const base: IndicatorOfTask = {
  comparator: '>=',
  value: 100,
  min_value: null,
  max_value: null,
  unit: '名',
  subject: '专家',
  aggregation: 'distinct_subjects',
  actual: 35,
  progress: 0.35,
};

describe('indicatorText', () => {
  it.each([
    [{}, '专家 35/100名（35%）'],
    [
      {
        comparator: 'range',
        value: null,
        min_value: 1,
        max_value: 2,
        unit: '个',
        subject: '社区科普馆',
        actual: 1,
        progress: 1,
      },
      '社区科普馆 1/1—2个（100%）',
    ],
    [{ actual: 12.345, progress: 0.12345 }, '专家 12.35/100名（12%）'],
    [
      {
        aggregation: 'per_person',
        value: 60,
        unit: '天',
        subject: '领导干部',
        actual: 2,
        progress: 0.5,
      },
      '领导干部 达标2人/每人60天（50%）',
    ],
  ])('%j reads %s', (change, text) => {
    expect(indicatorText({ ...base, ...change })).toBe(text);
  });
});
