import { describe, expect, it } from 'vitest';
import { recipientsOf, type DirectoryUser } from './reminder-recipients.js';
import { computeReminders, type ReminderTask } from './reminder-rules.js';

const task = (over: Partial<ReminderTask> = {}): ReminderTask => ({
  id: 1,
  status: 'open',
  planState: 'published',
  planYear: 2017,
  start: null,
  due: '2017-05-31',
  reportedThisMonth: true,
  ...over,
});

const brief = (tasks: ReminderTask[], today: string) =>
  computeReminders(tasks, today).map((r) => [r.key, r.audiences.join('+'), r.days]);

describe('computeReminders', () => {
  it.each([
    ['8 days before: nothing yet', task(), '2017-05-23', []],
    ['7 days before: owner', task(), '2017-05-24', [['due_soon:1:2017-05-24', 'owner', 7]]],
    [
      '3 days before: same 7-day bucket',
      task(),
      '2017-05-28',
      [['due_soon:1:2017-05-24', 'owner', 3]],
    ],
    [
      '1 day before: the 1-day bucket',
      task(),
      '2017-05-30',
      [['due_soon:1:2017-05-30', 'owner', 1]],
    ],
    [
      'due today: still the 1-day bucket',
      task(),
      '2017-05-31',
      [['due_soon:1:2017-05-30', 'owner', 0]],
    ],
    ['1 day overdue: owner', task(), '2017-06-01', [['overdue:1:2017-06-01', 'owner', 1]]],
    ['6 days overdue: same bucket', task(), '2017-06-06', [['overdue:1:2017-06-01', 'owner', 6]]],
    [
      '7 days overdue: + department head',
      task(),
      '2017-06-07',
      [['escalated:1:2017-06-07', 'owner+department_head', 7]],
    ],
    [
      '14 days overdue: + leader',
      task(),
      '2017-06-14',
      [['escalated:1:2017-06-14', 'owner+department_head+leader', 14]],
    ],
    [
      '22 days overdue: weekly repeat',
      task(),
      '2017-06-22',
      [['escalated:1:2017-06-21', 'owner+department_head+leader', 22]],
    ],
    ['done tasks are ignored', task({ status: 'done' }), '2017-06-14', []],
    ['cancelled tasks are ignored', task({ status: 'cancelled' }), '2017-05-24', []],
    ['draft plans are ignored', task({ planState: 'draft' }), '2017-05-24', []],
    ['closed plans are ignored', task({ planState: 'closed' }), '2017-05-24', []],
    ['no due date: no due or overdue reminder', task({ due: null }), '2017-05-24', []],
    [
      'month end (29 May of 31) without a report: owner',
      task({ due: '2017-12-31', reportedThisMonth: false }),
      '2017-05-29',
      [['report_missing:1:2017-05', 'owner', null]],
    ],
    [
      'the 28th is not yet month end',
      task({ due: '2017-12-31', reportedThisMonth: false }),
      '2017-05-28',
      [],
    ],
    [
      'last 3 days of February',
      task({ due: '2017-12-31', reportedThisMonth: false }),
      '2017-02-26',
      [['report_missing:1:2017-02', 'owner', null]],
    ],
    ['month end with a report: nothing', task({ due: '2017-12-31' }), '2017-09-30', []],
    [
      'month end before the task starts: nothing',
      task({ start: '2017-07-01', due: '2017-12-31', reportedThisMonth: false }),
      '2017-06-30',
      [],
    ],
    [
      'overdue at month end without a report: both',
      task({ reportedThisMonth: false }),
      '2017-06-30',
      [
        ['escalated:1:2017-06-28', 'owner+department_head+leader', 30],
        ['report_missing:1:2017-06', 'owner', null],
      ],
    ],
  ])('%s', (_name, t, today, expected) => {
    expect(brief([t], today)).toEqual(expected);
  });

  it('gives the same keys when run twice the same day', () => {
    const tasks = [task(), task({ id: 2, due: '2017-06-03', reportedThisMonth: false })];
    const first = computeReminders(tasks, '2017-05-29').map((r) => r.key);
    expect(first).toEqual([
      'due_soon:1:2017-05-24',
      'due_soon:2:2017-05-27',
      'report_missing:2:2017-05',
    ]);
    expect(computeReminders(tasks, '2017-05-29').map((r) => r.key)).toEqual(first);
  });

  it('follows configured thresholds', () => {
    const settings = {
      dueSoonDays: [3],
      monthEndDays: 1,
      escalateToHeadDays: 2,
      escalateToLeaderDays: 5,
      overdueRepeatDays: 30,
    };
    const keys = (today: string) => computeReminders([task()], today, settings).map((r) => r.key);
    expect(keys('2017-05-27')).toEqual([]);
    expect(keys('2017-05-28')).toEqual(['due_soon:1:2017-05-28']);
    expect(keys('2017-06-03')).toEqual(['escalated:1:2017-06-02']);
    expect(keys('2017-06-05')).toEqual(['escalated:1:2017-06-05']);
  });
});

describe('recipientsOf', () => {
  const users: DirectoryUser[] = [
    { id: 1, name: '柏春艳', role: 'owner', personId: 11, unitId: 2 },
    { id: 2, name: '办公室主任', role: 'leader', personId: null, unitId: 2 },
    { id: 3, name: '办公室职员', role: 'owner', personId: null, unitId: 2 },
    { id: 4, name: '张家水', role: 'leader', personId: 22, unitId: 1 },
    { id: 5, name: 'office-admin', role: 'admin', personId: 11, unitId: 2 },
  ];
  const t = { ownerPersonId: 11, leaderPersonId: 22, departmentUnitId: 2 };
  const who = (audiences: Parameters<typeof recipientsOf>[1], over = {}) =>
    recipientsOf({ ...t, ...over }, audiences, users).map((r) => `${r.userId}:${r.role}`);

  it.each([
    ['owner: every account of the owner person', ['owner'] as const, {}, ['1:owner', '5:owner']],
    [
      'department head: leader or admin accounts in the department, once each',
      ['owner', 'department_head'] as const,
      {},
      ['1:owner', '5:owner', '2:department_head'],
    ],
    [
      'leader: accounts of the leader person',
      ['owner', 'department_head', 'leader'] as const,
      {},
      ['1:owner', '5:owner', '2:department_head', '4:leader'],
    ],
    ['nobody when the task has no owner', ['owner'] as const, { ownerPersonId: null }, []],
    ['no department: no head', ['department_head'] as const, { departmentUnitId: null }, []],
  ])('%s', (_name, audiences, over, expected) => {
    expect(who(audiences, over)).toEqual(expected);
  });
});
