/** How the key-work bulletin groups the month's reports: own lines per report, one sentence for the rest. */
import { describe, expect, it } from 'vitest';
import type { ContentBlock } from './bulletin-content.js';
import { exampleFrame } from './example-bulletin.js';
import { keyWorkContent, taskNumbers } from './key-work-content.js';
import type { KeyTaskFacts, LaggingTask } from './snapshot.js';
import { keyWorkSnapshotOf } from './test-support.js';

it.each([
  [[1], '第1项'],
  [[2, 1], '第1、2项'],
  [[1, 3, 4, 5, 7, 8, 9, 10], '第1、3—5、7—10项'],
])('numbers the tasks %j as %s', (nos, text) => {
  expect(taskNumbers(nos)).toBe(text);
});

function task(no: number, facts: Partial<KeyTaskFacts> = {}): KeyTaskFacts {
  return {
    no,
    content: `任务${no}`,
    owner: '柏春艳',
    department: '办公室',
    leader: '张家水',
    deadline: '全年',
    due: '2017-12-31',
    light: 'yellow',
    reason: 'no_report',
    indicators: [],
    report: null,
    ...facts,
  };
}

const lagging = (t: KeyTaskFacts): LaggingTask => ({
  no: t.no,
  content: t.content,
  owner: t.owner,
  department: t.department,
  due: t.due,
  light: t.light,
  reason: t.reason,
  daysOverdue: 0,
});

function section(tasks: KeyTaskFacts[], late: KeyTaskFacts[]): string[] {
  const snapshot = keyWorkSnapshotOf(tasks, late.map(lagging));
  const blocks = keyWorkContent(snapshot, exampleFrame).blocks;
  const from = blocks.findIndex((b) => b.kind === 'table' && b.sheet === '重点工作') + 1;
  const to = blocks.findIndex((b) => b.kind === 'heading1' && b.text.startsWith('三、'));
  return blocks
    .slice(from, to)
    .filter((b): b is Extract<ContentBlock, { text: string }> => 'text' in b)
    .map((b) => b.text);
}

describe('the month’s reports in section 二', () => {
  const report = { state: 'accepted', done: '完成选址', problems: '', nextSteps: '启动建设' };

  it('gives a reported task its report, and names the silent ones in one sentence', () => {
    const silent = [task(1, { light: 'done', reason: 'done' }), task(3), task(4), task(5)];
    const reported = task(2, { light: 'green', reason: 'on_pace', report });
    expect(section([silent[0]!, reported, ...silent.slice(1)], silent.slice(1))).toEqual([
      '（一）任务2',
      '完成时限全年，绿灯（按计划推进）。',
      '本月进展（已审核）：完成选址',
      '存在问题：无',
      '下步打算：启动建设',
      '第1、3—5项共4项本月未报送进展情况。',
    ]);
  });

  it('leaves a lagging task’s due date and state to section 三', () => {
    const behind = task(2, { light: 'red', reason: 'far_behind', report });
    expect(section([behind], [behind]).slice(0, 2)).toEqual([
      '（一）任务2',
      '本月进展（已审核）：完成选址',
    ]);
  });

  it('keeps the lines of a task neither reported, done nor lagging', () => {
    expect(section([task(1, { light: 'green', reason: 'not_started' })], [])).toEqual([
      '（一）任务1',
      '完成时限全年，绿灯（尚未开始），本月未报送进展情况。',
    ]);
  });

  it('says so when no task reported', () => {
    const tasks = [task(1), task(2)];
    expect(section(tasks, tasks)).toEqual(['2项重点工作本月均未报送进展情况。']);
  });
});
