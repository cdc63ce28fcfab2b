import { describe, expect, it } from 'vitest';
import {
  entryDateProblem,
  subjectProblem,
  targetProblem,
  type TargetShape,
} from './ledger-rules.js';

describe('targetProblem', () => {
  it.each<[string, TargetShape, string | null]>([
    ['at least 100', { comparator: '>=', value: 100, aggregation: 'distinct_subjects' }, null],
    ['a comparator without value', { comparator: '>=', aggregation: 'sum' }, 'value'],
    ['approx with null value', { comparator: 'approx', value: null, aggregation: 'sum' }, 'value'],
    ['range 1—2', { comparator: 'range', min: 1, max: 2, aggregation: 'distinct_subjects' }, null],
    ['range of one point', { comparator: 'range', min: 2, max: 2, aggregation: 'count' }, null],
    ['range without min', { comparator: 'range', max: 2, aggregation: 'count' }, 'min'],
    ['range without max', { comparator: 'range', min: 1, aggregation: 'count' }, 'max'],
    ['range upside down', { comparator: 'range', min: 3, max: 2, aggregation: 'count' }, 'min'],
    [
      'range ignores value',
      { comparator: 'range', value: null, min: 0, max: 0, aggregation: 'sum' },
      null,
    ],
    [
      'per person without threshold',
      { comparator: '>=', value: 10, aggregation: 'per_person' },
      'perPersonThreshold',
    ],
    [
      'per person with threshold',
      { comparator: '>=', value: 10, aggregation: 'per_person', perPersonThreshold: 30 },
      null,
    ],
  ])('%s → %s', (_what, target, field) => {
    expect(targetProblem(target)?.field ?? null).toBe(field);
  });
});

describe('entryDateProblem', () => {
  it.each([
    ['2017-09-30', null],
    ['2017-01-01', null],
    ['2017-12-31', null],
    ['2016-12-31', 'entryDate'],
    ['2018-01-01', 'entryDate'],
    ['2026-12-07', 'entryDate'],
  ])('%s in a 2017 plan → %s', (date, field) => {
    expect(entryDateProblem(date, 2017)?.field ?? null).toBe(field);
  });
});

describe('subjectProblem', () => {
  it.each([
    ['distinct_subjects', undefined, 'subject'],
    ['per_person', undefined, 'subject'],
    ['distinct_subjects', '张三', null],
    ['count', undefined, null],
    ['sum', undefined, null],
  ])('%s with subject %s → %s', (aggregation, subject, field) => {
    expect(subjectProblem(aggregation, subject)?.field ?? null).toBe(field);
  });
});
