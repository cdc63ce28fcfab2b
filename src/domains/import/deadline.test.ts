import { describe, expect, it } from 'vitest';
import { resolveDeadline } from './deadline.js';
import fixture from './fixtures/deadline-phrases.json' with { type: 'json' };

describe('resolveDeadline', () => {
  describe('fixture phrases (plan year 2017)', () => {
    it.each(fixture.cases)('resolves "$text"', (c) => {
      const window = resolveDeadline(c.text, fixture.year);
      expect(window).not.toBeNull();
      expect(window?.text).toBe(c.text.replace(/\s/g, ''));
      expect(window?.start).toBe(c.start);
      expect(window?.due).toBe(c.due);
      expect(window?.recurring).toBe(c.recurring);
      expect(window?.dayOfMonth).toBe(c.dayOfMonth);
    });
  });

  // [text, plan year, start, due]
  const windows: [string, number, string | null, string | null][] = [
    // full-width digits
    ['５月底', 2017, null, '2017-05-31'],
    ['１２月１５日前', 2017, null, '2017-12-15'],
    // Chinese numerals
    ['五月底', 2017, null, '2017-05-31'],
    ['十二月中旬', 2017, '2017-12-11', '2017-12-20'],
    ['十一月', 2017, '2017-11-01', '2017-11-30'],
    ['十月二十五日前', 2017, null, '2017-10-25'],
    ['一季度', 2017, '2017-01-01', '2017-03-31'],
    ['1季度', 2017, '2017-01-01', '2017-03-31'],
    ['四季度末', 2017, null, '2017-12-31'],
    ['二〇一八年三月', 2017, '2018-03-01', '2018-03-31'],
    // before a month means up to the end of the month before it
    ['6月前', 2017, null, '2017-05-31'],
    ['6月份前', 2017, null, '2017-05-31'],
    ['6月以前', 2017, null, '2017-05-31'],
    ['1月前', 2017, null, '2016-12-31'],
    // before a part of a month means up to the end of that part
    ['6月上旬前', 2017, null, '2017-06-10'],
    ['6月中旬前', 2017, null, '2017-06-20'],
    ['6月下旬前', 2017, null, '2017-06-30'],
    ['6月底之前', 2017, null, '2017-06-30'],
    ['6月初', 2017, '2017-06-01', '2017-06-10'],
    ['6月30号', 2017, '2017-06-30', '2017-06-30'],
    // month and quarter ranges
    ['3-5月', 2017, '2017-03-01', '2017-05-31'],
    ['3月至5月', 2017, '2017-03-01', '2017-05-31'],
    ['3月—5月', 2017, '2017-03-01', '2017-05-31'],
    ['3月——5月份', 2017, '2017-03-01', '2017-05-31'],
    ['3月～5月底', 2017, '2017-03-01', '2017-05-31'],
    ['三至五月', 2017, '2017-03-01', '2017-05-31'],
    ['3月10日至4月15日', 2017, '2017-03-10', '2017-04-15'],
    ['二至三季度', 2017, '2017-04-01', '2017-09-30'],
    ['第一至第二季度', 2017, '2017-01-01', '2017-06-30'],
    ['11月至次年2月', 2017, '2017-11-01', '2018-02-28'],
    ['2019年11月至2020年2月', 2017, '2019-11-01', '2020-02-29'],
    // leap years
    ['2月底', 2020, null, '2020-02-29'],
    ['2月底前', 2020, null, '2020-02-29'],
    ['2月', 2020, '2020-02-01', '2020-02-29'],
    ['2月下旬', 2020, '2020-02-21', '2020-02-29'],
    ['2月29日', 2020, '2020-02-29', '2020-02-29'],
    ['3月前', 2020, null, '2020-02-29'],
    ['2月底', 2100, null, '2100-02-28'],
    // an explicit year overrides the plan year
    ['2019年6月底前', 2017, null, '2019-06-30'],
    ['2018年底', 2017, null, '2018-12-31'],
    ['2018年上半年', 2017, '2018-01-01', '2018-06-30'],
    ['2018年', 2017, '2018-01-01', '2018-12-31'],
    ['2018年第三季度', 2017, '2018-07-01', '2018-09-30'],
    ['2018年3-5月', 2017, '2018-03-01', '2018-05-31'],
    ['明年6月', 2017, '2018-06-01', '2018-06-30'],
    // year-level phrases
    ['年末', 2017, null, '2017-12-31'],
    ['年终', 2017, null, '2017-12-31'],
    ['常年', 2017, null, null],
    ['长期坚持', 2017, null, null],
  ];

  it.each(windows)('resolves "%s" in plan year %i to %s … %s', (text, year, start, due) => {
    const window = resolveDeadline(text, year);
    expect(window).toStrictEqual({ text, start, due });
  });

  // [text, cadence, day of month]
  const cadences: [string, string, number | undefined][] = [
    ['每年', 'yearly', undefined],
    ['每季', 'quarterly', undefined],
    ['每月5日', 'monthly', 5],
    ['每月１０号前', 'monthly', 10],
  ];

  it.each(cadences)('reads "%s" as a %s cadence on day %s', (text, recurring, dayOfMonth) => {
    const window = resolveDeadline(text, 2017);
    expect(window?.start).toBeNull();
    expect(window?.due).toBeNull();
    expect(window?.recurring).toBe(recurring);
    expect(window?.dayOfMonth).toBe(dayOfMonth);
  });

  it('keeps the phrase as written, minus ASCII, ideographic and non-breaking spaces', () => {
    const window = resolveDeadline(' ６\u3000月\u00a0底 前\t', 2017);
    expect(window).toStrictEqual({ text: '６月底前', start: null, due: '2017-06-30' });
  });

  it('leaves recurring and dayOfMonth off a one-off window', () => {
    const window = resolveDeadline('5月底', 2017);
    expect(window).not.toHaveProperty('recurring');
    expect(window).not.toHaveProperty('dayOfMonth');
  });

  const notPhrases = [
    '',
    '  \u3000 ',
    '见备注',
    '按要求完成',
    '随时',
    'abc',
    '13月',
    '0月底',
    '2月29日',
    '4月31日前',
    '5季度',
    '第五季度',
    '每月32日',
    '每季度25日',
    '6-3月',
    '12月至11月',
    '一二月份',
  ];

  it.each(notPhrases)('returns null for "%s", which is not a usable time phrase', (text) => {
    expect(resolveDeadline(text, 2017)).toBeNull();
  });
});
