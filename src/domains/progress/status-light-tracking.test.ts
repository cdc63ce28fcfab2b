/** The light rule's tracking inputs: overdue milestones and recurring obligations. */
import { describe, expect, it } from 'vitest';
import { statusLight, type LightInput } from './status-light.js';

const base: LightInput = {
  status: 'open',
  start: '2017-01-01',
  due: '2017-12-31',
  planYear: 2017,
  progress: null,
  reportedThisMonth: true,
  today: '2017-09-30',
};

describe('statusLight with milestones and occurrences', () => {
  it.each<[string, Partial<LightInput>, string, string]>([
    ['no overdue milestone', { milestoneOverdueDays: 0 }, 'green', 'on_pace'],
    ['absent field', { milestoneOverdueDays: null }, 'green', 'on_pace'],
    ['a milestone 1 day overdue', { milestoneOverdueDays: 1 }, 'yellow', 'milestone_overdue'],
    ['30 days overdue', { milestoneOverdueDays: 30 }, 'yellow', 'milestone_overdue'],
    ['31 days overdue', { milestoneOverdueDays: 31 }, 'red', 'milestone_overdue'],
    [
      'over no_report',
      { milestoneOverdueDays: 5, reportedThisMonth: false },
      'yellow',
      'milestone_overdue',
    ],
    ['far behind stays red', { milestoneOverdueDays: 5, progress: 0.1 }, 'red', 'far_behind'],
    [
      'over far behind past 30 days',
      { milestoneOverdueDays: 40, progress: 0.1 },
      'red',
      'milestone_overdue',
    ],
    [
      'an overdue task stays overdue',
      { milestoneOverdueDays: 90, due: '2017-06-30' },
      'red',
      'overdue',
    ],
    ['a done task', { milestoneOverdueDays: 90, status: 'done' }, 'done', 'done'],
    ['occurrence met', { occurrence: { light: 'done', missed: 0 } }, 'green', 'occurrence_met'],
    [
      'occurrence later',
      { occurrence: { light: 'green', missed: 1 } },
      'green',
      'occurrence_pending',
    ],
    [
      'occurrence due soon',
      { occurrence: { light: 'yellow', missed: 0 } },
      'yellow',
      'occurrence_due',
    ],
    ['occurrence missed', { occurrence: { light: 'red', missed: 2 } }, 'red', 'occurrence_missed'],
    ['before the first period', { occurrence: { light: null, missed: 0 } }, 'green', 'not_started'],
    [
      'recurring ignores pace and reports',
      { occurrence: { light: 'done', missed: 0 }, progress: 0, reportedThisMonth: false },
      'green',
      'occurrence_met',
    ],
    [
      'recurring with an overdue milestone',
      { occurrence: { light: 'done', missed: 0 }, milestoneOverdueDays: 3 },
      'yellow',
      'milestone_overdue',
    ],
  ])('%s → %s (%s)', (_what, change, light, reason) => {
    expect(statusLight({ ...base, ...change })).toMatchObject({ light, reason });
  });

  it('reports the missed count of a recurring task and none for others', () => {
    expect(statusLight({ ...base, occurrence: { light: 'red', missed: 2 } }).missed).toBe(2);
    expect(statusLight(base).missed).toBeUndefined();
  });
});
