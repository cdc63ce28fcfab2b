import { describe, expect, it } from 'vitest';
import { completionText, targetText, type IndicatorTarget } from './indicator-wording.js';

const experts: IndicatorTarget = {
  comparator: '>=',
  value: 100,
  min_value: null,
  max_value: null,
  unit: '名',
  subject: '专家',
  aggregation: 'distinct_subjects',
};

describe('targetText', () => {
  it.each([
    [{}, '专家不少于100名'],
    [{ comparator: '<=' }, '专家不超过100名'],
    [{ comparator: '>' }, '专家超过100名'],
    [{ comparator: '<' }, '专家少于100名'],
    [{ comparator: '=' }, '专家100名'],
    [{ comparator: 'approx' }, '专家约100名'],
    [{ value: 12.345 }, '专家不少于12.35名'],
    [{ value: null }, '专家不少于?名'],
    [
      {
        comparator: 'range',
        value: null,
        min_value: 1,
        max_value: 2,
        unit: '个',
        subject: '社区科普馆',
      },
      '社区科普馆1—2个',
    ],
    [
      { aggregation: 'per_person', value: 60, unit: '天', subject: '领导干部' },
      '领导干部每人不少于60天',
    ],
    [
      {
        aggregation: 'per_person',
        value: 10,
        per_person_threshold: 30,
        unit: '天',
        subject: '干部',
      },
      '干部每人不少于30天',
    ],
  ])('%j reads %s', (change, text) => {
    expect(targetText({ ...experts, ...change })).toBe(text);
  });
});

describe('completionText', () => {
  it.each([
    [{}, 35, 0.35, '专家不少于100名：实际35名（35%）'],
    [{}, 12.345, 0.12345, '专家不少于100名：实际12.35名（12%）'],
    [
      {
        comparator: 'range',
        value: null,
        min_value: 1,
        max_value: 2,
        unit: '个',
        subject: '社区科普馆',
      },
      1,
      1,
      '社区科普馆1—2个：实际1个（100%）',
    ],
    [
      { aggregation: 'per_person', value: 60, unit: '天', subject: '领导干部' },
      2,
      0.5,
      '领导干部每人不少于60天：达标2人（50%）',
    ],
  ])('%j with %d (%d) reads %s', (change, actual, progress, text) => {
    expect(completionText({ ...experts, ...change }, actual, progress)).toBe(text);
  });
});
