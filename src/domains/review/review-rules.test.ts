import { describe, expect, it } from 'vitest';
import { checkExtensionRequest, originalDue } from './extension-rules.js';
import {
  changedLights,
  parseSeenLights,
  serializeLights,
  type CurrentLight,
} from '../dashboard/inbox-rules.js';
import { closeMonthProblem, monthOf } from '../plan/month-rules.js';

describe('checkExtensionRequest', () => {
  type Input = Parameters<typeof checkExtensionRequest>[0];
  const base: Input = {
    status: 'open',
    currentDue: '2017-05-31',
    requestedDue: '2017-06-30',
    today: '2017-05-20',
  };
  it.each<[string, Partial<Input>, string | null]>([
    ['a later date before the due date', {}, null],
    ['on the due date itself', { today: '2017-05-31' }, null],
    ['the day after the due date', { today: '2017-06-01' }, 'task.dueDate'],
    ['the same date', { requestedDue: '2017-05-31' }, 'body.requestedDue'],
    ['an earlier date', { requestedDue: '2017-05-01' }, 'body.requestedDue'],
    ['a task with no due date (长期)', { currentDue: null }, 'task.dueDate'],
    ['a completed task', { status: 'done' }, 'task.status'],
  ])('%s → %s', (_what, change, field) => {
    const check = checkExtensionRequest({ ...base, ...change });
    expect(check.ok ? null : check.problem.field).toBe(field);
  });

  it('says "already overdue" in both languages after the due date', () => {
    const check = checkExtensionRequest({ ...base, today: '2017-06-01' });
    expect(check).toMatchObject({
      ok: false,
      problem: { zh: expect.stringContaining('逾期') as unknown, en: /already overdue/ },
    });
  });

  it('hands back the current due date when the request may be made', () => {
    expect(checkExtensionRequest(base)).toEqual({ ok: true, currentDue: '2017-05-31' });
  });
});

describe('originalDue', () => {
  it.each([
    [null, '2017-05-31', '2017-05-31'],
    ['2017-05-31', '2017-06-30', '2017-05-31'],
  ])('first approved %s, current %s → %s', (first, current, expected) => {
    expect(originalDue(first, current)).toBe(expected);
  });
});

describe('month rules', () => {
  it.each([
    ['2017-04-10', '2017-04'],
    ['2017-04', '2017-04'],
  ])('monthOf(%s) is %s', (value, month) => {
    expect(monthOf(value)).toBe(month);
  });

  it.each([
    ['2017-04', null],
    ['2017-05', null],
    ['2016-12', null],
    ['2017-06', 'is after the current month 2017-05'],
    ['2018-01', 'is after the current month 2017-05'],
  ])('closing %s in 2017-05 → %s', (month, message) => {
    expect(closeMonthProblem(month, '2017-05')?.message ?? null).toBe(message);
  });
});

describe('changedLights', () => {
  const light = (taskId: number, l: CurrentLight['light']): CurrentLight => ({
    taskId,
    light: l,
    reason: 'r',
  });
  const seen = new Map([
    [1, 'yellow' as const],
    [2, 'red' as const],
    [3, 'green' as const],
    [4, 'red' as const],
  ]);
  it.each<[string, CurrentLight, string | null | undefined]>([
    ['yellow → red is listed', light(1, 'red'), 'yellow'],
    ['red → red is not', light(2, 'red'), undefined],
    ['green → yellow is listed', light(3, 'yellow'), 'green'],
    ['red → green is good news, not listed', light(4, 'green'), undefined],
    ['a task not seen before, now red, is listed from null', light(5, 'red'), null],
    ['a task not seen before, green, is not', light(6, 'green'), undefined],
  ])('%s', (_what, current, from) => {
    const change = changedLights(seen, [current])[0];
    expect(change?.from).toBe(from);
  });

  it('round-trips the saved lights and treats unreadable text as never seen', () => {
    const current = [light(1, 'red'), light(7, 'done')];
    expect(parseSeenLights(serializeLights(current))).toEqual(
      new Map([
        [1, 'red'],
        [7, 'done'],
      ]),
    );
    expect(parseSeenLights(null).size).toBe(0);
    expect(parseSeenLights('{not json').size).toBe(0);
    expect(parseSeenLights('{"1":"purple"}').size).toBe(0);
  });
});
