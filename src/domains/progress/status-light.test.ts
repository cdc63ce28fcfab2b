import { describe, expect, it } from 'vitest';
import { elapsedShare, indicatorProgress, statusLight, type LightInput } from './status-light.js';

const base: LightInput = {
  status: 'open',
  start: '2017-01-01',
  due: '2017-12-31',
  planYear: 2017,
  progress: null,
  reportedThisMonth: true,
  today: '2017-09-30',
};

describe('statusLight', () => {
  it.each<[string, Partial<LightInput>, string, string]>([
    ['a completed task', { status: 'done', today: '2018-03-01' }, 'done', 'done'],
    ['past its due date and not done', { start: null, due: '2017-05-31' }, 'red', 'overdue'],
    ['due today', { due: '2017-09-30' }, 'green', 'on_pace'],
    ['on pace: 80% done at 75% elapsed', { progress: 0.8 }, 'green', 'on_pace'],
    ['behind pace: 50% done at 75% elapsed', { progress: 0.5 }, 'yellow', 'behind'],
    ['far behind: 20% done at 75% elapsed', { progress: 0.2 }, 'red', 'far_behind'],
    ['no report this month', { reportedThisMonth: false }, 'yellow', 'no_report'],
    [
      'not started yet (下半年 in June)',
      { start: '2017-07-01', today: '2017-06-15', reportedThisMonth: false },
      'green',
      'not_started',
    ],
    ['no due date (长期), reported', { start: null, due: null }, 'green', 'ongoing'],
    ['no due date, progress ignored', { start: null, due: null, progress: 0 }, 'green', 'ongoing'],
    ['met indicator early', { progress: 1, today: '2017-02-01' }, 'green', 'on_pace'],
    [
      'window start null uses the plan year',
      { start: null, progress: 0.1, today: '2017-12-01' },
      'red',
      'far_behind',
    ],
  ])('%s → %s (%s)', (_what, change, light, reason) => {
    expect(statusLight({ ...base, ...change })).toMatchObject({ light, reason });
  });

  it('uses configured thresholds', () => {
    expect(statusLight({ ...base, progress: 0.5 }, { behind: 0.3, farBehind: 0.6 }).light).toBe(
      'green',
    );
  });
});

describe('elapsedShare', () => {
  it.each([
    ['2017-01-01', '2017-12-31', '2017-01-01', 1 / 365],
    ['2017-01-01', '2017-12-31', '2017-12-31', 1],
    ['2017-07-01', '2017-12-31', '2017-09-30', 92 / 184],
    ['2017-07-01', '2017-12-31', '2017-03-01', 0],
  ])('%s…%s on %s is %f', (start, due, today, share) => {
    expect(elapsedShare(start, due, today)).toBeCloseTo(share, 6);
  });
});

describe('indicatorProgress', () => {
  it.each([
    [{ comparator: '>=', value: 100, min_value: null, max_value: null }, 20, 0.2],
    [{ comparator: '>=', value: 1, min_value: null, max_value: null }, 1, 1],
    [{ comparator: '>=', value: 2, min_value: null, max_value: null }, 5, 1],
    [{ comparator: 'range', value: null, min_value: 1, max_value: 2 }, 1, 1],
    [{ comparator: 'approx', value: 100, min_value: null, max_value: null }, 50, 0.5],
    [{ comparator: '<=', value: 5, min_value: null, max_value: null }, 3, 1],
  ])('%o with actual %d is %f', (indicator, actual, progress) => {
    expect(indicatorProgress(indicator, actual)).toBeCloseTo(progress, 6);
  });
});
