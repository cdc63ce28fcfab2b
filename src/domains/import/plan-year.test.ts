/** The plan year: written, signed, or inferred from a range of years or the body's deadlines. */
import { describe, expect, it } from 'vitest';
import { deadlineYears, planYear, rangeStartYear, singleYear } from './plan-year.js';

const none = { titles: [], issueDate: null, docNumber: null, body: [] };

describe('planYear', () => {
  it('takes --year over everything', () => {
    const sources = { ...none, titles: ['2019年工作要点'] };
    expect(planYear(sources, { year: 2020, fallbackYear: 2030 })).toEqual({
      year: 2020,
      source: 'option',
      warning: null,
    });
  });

  it('takes a year written in the title, then the signature, without a warning', () => {
    const titled = planYear(
      { ...none, titles: [null, '关于印发2018年政府工作要点的通知'], issueDate: '2017-12-30' },
      { fallbackYear: 2030 },
    );
    expect(titled).toMatchObject({ year: 2018, source: 'title', warning: null });
    const signed = planYear(
      { ...none, titles: ['工作要点'], issueDate: '2017-12-30' },
      {
        fallbackYear: 2030,
      },
    );
    expect(signed).toMatchObject({ year: 2017, source: 'signature', warning: null });
  });

  it.each([
    ['安徽省全民科学素质行动计划（2013—2017年）', 2013],
    ['全民健身实施计划（2016-2020年）', 2016],
    ['2014年至2017年农村危房改造实施方案', 2014],
    ['“十三五”（2016～2020）规划纲要', 2016],
    ['2018年度—2020年度重点任务', 2018],
  ])('takes the first year of the range in %s, with a warning', (title, year) => {
    const result = planYear({ ...none, titles: [title] }, { fallbackYear: 2030 });
    expect(result).toMatchObject({ year, source: 'titleRange' });
    expect(result.warning?.about).toBe('year');
    expect(result.warning?.why).toMatch(/range.*--year/);
    expect(result.warning?.whyZh).toMatch(/年度区间.*--year/);
  });

  it('takes the earliest dated deadline of the body when titles and signature have no year', () => {
    const body = [
      '截至2012年底，全市共有养老床位3万张。',
      '1.完善规划。2014年底前完成编制。（省发展改革委负责）',
      '2.健全制度。请省民政厅于2013年6月底前出台办法。',
      '到2020年，全面建成以居家为基础的养老服务体系。',
    ];
    const result = planYear(
      { ...none, titles: ['关于加快发展养老服务业的实施意见'], body },
      {
        fallbackYear: 2030,
      },
    );
    expect(result).toMatchObject({ year: 2013, source: 'deadline' });
    expect(result.warning?.whyZh).toMatch(/最早的带年份的完成时限/);
  });

  it('falls back to the year of the 文号, then the caller’s year, always warning', () => {
    const numbered = planYear({ ...none, docNumber: '皖政办〔2015〕12号' }, { fallbackYear: 2030 });
    expect(numbered).toMatchObject({ year: 2015, source: 'docNumber' });
    const fallback = planYear(
      { ...none, titles: ['工作要点'], body: ['在2012年的基础上继续推进。'] },
      { fallbackYear: 2030 },
    );
    expect(fallback).toMatchObject({ year: 2030, source: 'fallback' });
    expect(fallback.warning?.whyZh).toMatch(/当前年份/);
  });
});

describe('the pieces', () => {
  it('reads a lone year of a title but not the ends of a range', () => {
    expect(singleYear('滁州市科协2017年工作要点')).toBe(2017);
    expect(singleYear('行动计划（2013—2017年）')).toBeNull();
    expect(singleYear('2013—2017年行动计划 2014年分解')).toBe(2014);
    expect(singleYear('第12345号')).toBeNull();
    expect(singleYear('某县二〇二一年农村工作要点')).toBe(2021);
  });

  it('reads only ranges that run forward', () => {
    expect(rangeStartYear('（2017—2013年）')).toBeNull();
    expect(rangeStartYear('2013年—2017年')).toBe(2013);
    expect(rangeStartYear('行动方案（二〇二一—二〇二三年）')).toBe(2021);
  });

  it.each([
    ['2013年6月底前', [2013]],
    ['二〇一三年六月底前', [2013]],
    ['2014年底前完成', [2014]],
    ['于2020年6月底前', [2020]],
    ['2015年12月31日前', [2015]],
    ['2016年上半年完成', [2016]],
    ['力争2018年第三季度末', [2018]],
    ['2017年前建成', [2017]],
    ['到2020年，覆盖城乡', [2020]],
    ['截至2012年底，已建成', []],
    ['2012年以来，全省', []],
    ['2012年全市生产总值', []],
    ['在2012年的基础上', []],
    ['自2013年6月1日起施行', []],
  ])('reads the deadline years of %s', (line, years) => {
    expect(deadlineYears(line)).toEqual(years);
  });

  it('reads a long title line in linear time', () => {
    const line = `2013${' '.repeat(200000)}年`.repeat(3);
    const started = performance.now();
    expect(rangeStartYear(line)).toBeNull();
    expect(singleYear(line)).toBe(2013);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('reads a long line in linear time', () => {
    const line = '2013年6月'.repeat(20000) + '底前';
    const started = performance.now();
    expect(deadlineYears(line)).toEqual([2013]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
