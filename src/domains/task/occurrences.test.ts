import { describe, expect, it } from 'vitest';
import {
  currentOccurrence,
  lightOccurrences,
  occurrencesOf,
  recurrenceOf,
  type Recurrence,
  type ReportFact,
} from './occurrences.js';

const monthly25: Recurrence = { recurring: 'monthly', dayOfMonth: 25 };

describe('recurrenceOf', () => {
  it.each<[string | null, string | null, Recurrence | null]>([
    ['monthly', '每月25日前', { recurring: 'monthly', dayOfMonth: 25 }],
    ['monthly', '每月', { recurring: 'monthly', dayOfMonth: null }],
    ['quarterly', '每季度', { recurring: 'quarterly', dayOfMonth: null }],
    ['yearly', '每年', { recurring: 'yearly', dayOfMonth: null }],
    ['monthly', null, { recurring: 'monthly', dayOfMonth: null }],
    [null, '全年', null],
    ['weekly', '每周', null],
  ])('%s with %s → %o', (recurring, text, expected) => {
    expect(recurrenceOf({ recurring, deadline_text: text }, 2017)).toEqual(expected);
  });
});

describe('occurrencesOf', () => {
  it.each<[string, Recurrence, number, number, Partial<ReturnType<typeof occurrencesOf>[number]>]>([
    ['monthly day 25, January', monthly25, 2017, 0, { period: '2017-01', due: '2017-01-25' }],
    ['monthly day 25, February', monthly25, 2017, 1, { period: '2017-02', due: '2017-02-25' }],
    [
      'monthly day 31 falls on 30 April',
      { recurring: 'monthly', dayOfMonth: 31 },
      2017,
      3,
      { due: '2017-04-30', start: '2017-04-01', end: '2017-04-30' },
    ],
    [
      'monthly without a day: the month’s last day, leap February',
      { recurring: 'monthly', dayOfMonth: null },
      2016,
      1,
      { period: '2016-02', due: '2016-02-29', end: '2016-02-29' },
    ],
    [
      'day 30 in a leap February',
      { recurring: 'monthly', dayOfMonth: 30 },
      2016,
      1,
      { due: '2016-02-29' },
    ],
    [
      'day 30 in a common February',
      { recurring: 'monthly', dayOfMonth: 30 },
      2017,
      1,
      { due: '2017-02-28' },
    ],
    [
      'quarterly, the third quarter',
      { recurring: 'quarterly', dayOfMonth: null },
      2017,
      2,
      {
        period: '2017-Q3',
        due: '2017-09-30',
        start: '2017-07-01',
        months: ['2017-07', '2017-08', '2017-09'],
      },
    ],
    [
      'quarterly, the first quarter of a leap year',
      { recurring: 'quarterly', dayOfMonth: null },
      2016,
      0,
      { period: '2016-Q1', due: '2016-03-31' },
    ],
    [
      'yearly',
      { recurring: 'yearly', dayOfMonth: null },
      2017,
      0,
      { period: '2017', start: '2017-01-01', due: '2017-12-31' },
    ],
  ])('%s', (_what, recurrence, year, index, expected) => {
    expect(occurrencesOf(recurrence, year)[index]).toMatchObject(expected);
  });

  it.each<[Recurrence['recurring'], number]>([
    ['monthly', 12],
    ['quarterly', 4],
    ['yearly', 1],
  ])('%s has %i occurrences, each month in exactly one', (recurring, count) => {
    const list = occurrencesOf({ recurring, dayOfMonth: null }, 2017);
    expect(list).toHaveLength(count);
    expect(list.flatMap((o) => o.months)).toHaveLength(12);
  });
});

describe('lightOccurrences', () => {
  const august = occurrencesOf(monthly25, 2017).slice(7, 8);
  const report = (change: Partial<ReportFact>): ReportFact => ({
    month: '2017-08',
    state: 'submitted',
    submittedOn: '2017-08-20',
    ...change,
  });
  it.each<[string, ReportFact[], string, string]>([
    ['no report, due in 15 days', [], '2017-08-10', 'green'],
    ['no report, due in 7 days', [], '2017-08-18', 'yellow'],
    ['no report, due today', [], '2017-08-25', 'yellow'],
    ['no report, past due', [], '2017-08-26', 'red'],
    ['submitted on time', [report({})], '2017-08-28', 'done'],
    [
      'accepted, on the due day',
      [report({ state: 'accepted', submittedOn: '2017-08-25' })],
      '2017-09-01',
      'done',
    ],
    ['submitted late', [report({ submittedOn: '2017-08-26' })], '2017-08-28', 'red'],
    ['returned', [report({ state: 'returned' })], '2017-08-28', 'red'],
    ['for another month', [report({ month: '2017-07' })], '2017-08-28', 'red'],
  ])('%s on %s → %s', (_what, reports, today, light) => {
    expect(lightOccurrences(august, reports, today)[0]?.light).toBe(light);
  });

  it('counts a report for any month of the quarter', () => {
    const q3 = occurrencesOf({ recurring: 'quarterly', dayOfMonth: null }, 2017).slice(2, 3);
    const lit = lightOccurrences(
      q3,
      [report({ month: '2017-07', submittedOn: '2017-07-30' })],
      '2017-10-05',
    );
    expect(lit[0]).toMatchObject({ met: true, light: 'done' });
  });
});

describe('currentOccurrence', () => {
  const lit = (today: string) =>
    lightOccurrences(
      occurrencesOf(monthly25, 2017),
      [{ month: '2017-01', state: 'accepted', submittedOn: '2017-01-20' }],
      today,
    );
  it.each<[string, string | null, number]>([
    ['2016-12-30', null, 0],
    ['2017-01-31', '2017-01', 0],
    ['2017-03-26', '2017-03', 2],
    ['2018-02-01', '2017-12', 11],
  ])('on %s the current period is %s with %i missed', (today, period, missed) => {
    const result = currentOccurrence(lit(today), today);
    expect([result.current?.period ?? null, result.missed]).toEqual([period, missed]);
  });
});
