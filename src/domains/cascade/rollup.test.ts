import { describe, expect, it } from 'vitest';
import { groupRollup, type RollupTask } from './rollup.js';

const keyTasks = [
  { id: 11, no: 1, text: '草拟深化改革方案' },
  { id: 16, no: 6, text: '新建1-2个社区科普馆' },
];
const task = (
  id: number,
  keyTaskNo: number,
  unit: [number, string] | null,
  light: RollupTask['light'],
): RollupTask => ({
  key_task_no: keyTaskNo,
  id,
  no: id,
  content: `任务${id}`,
  status: 'open',
  plan_id: unit ? unit[0] * 10 : 0,
  unit_id: unit ? unit[0] : null,
  unit_name: unit ? unit[1] : null,
  light,
});
const tianchang: [number, string] = [2, '天长市科协'];
const dingyuan: [number, string] = [3, '定远县科协'];
const yellow = { light: 'yellow' as const, reason: 'no_report' };
const green = { light: 'green' as const, reason: 'on_pace' };

describe('groupRollup', () => {
  it.each([
    ['no aligned tasks', [], [[], []]],
    ['one unit, one task', [task(1, 6, tianchang, yellow)], [[], [['天长市科协', 1, 1]]]],
    [
      'two units under one key task, counted per light',
      [task(1, 6, tianchang, yellow), task(2, 6, dingyuan, green), task(3, 6, tianchang, green)],
      [
        [],
        [
          ['天长市科协', 2, 1],
          ['定远县科协', 1, 0],
        ],
      ],
    ],
    [
      'a task without a light is listed but not counted; an unknown key task is ignored',
      [task(1, 1, null, null), task(2, 9, tianchang, green)],
      [[[null, 1, 0]], []],
    ],
  ] as const)('%s', (_name, tasks, expected) => {
    const grouped = groupRollup(keyTasks, [...tasks]);
    expect(
      grouped.map((k) => k.units.map((u) => [u.unitName, u.tasks.length, u.counts.yellow])),
    ).toEqual(expected);
  });

  it('totals the lights of each key task over its units', () => {
    const tasks = [task(1, 6, tianchang, yellow), task(2, 6, dingyuan, green)];
    expect(groupRollup(keyTasks, tasks)[1]?.counts).toEqual({
      done: 0,
      green: 1,
      yellow: 1,
      red: 0,
    });
  });
});
