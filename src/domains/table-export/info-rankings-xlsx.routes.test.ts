import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/stores.js';
import { enterSeptember, startInfoApp, type InfoApp } from '../info-work/test-support.js';
import { fileNameOf, rowValues, sheetOf } from './test-support.js';
import { formulaCells } from '../documents/workbook-checks.js';

type Score = {
  rank: number;
  unitName: string;
  submissions: number;
  adoptions: Record<string, number>;
  instructions: number;
  points: number;
  deduction: number;
  bonus: number;
  total: number;
};
const header = [
  '名次',
  '单位',
  '报送条数',
  '市科协网站采用',
  '市委市政府信息采用',
  '省科协采用',
  '中国科协采用',
  '领导批示',
  '得分',
  '扣分',
  '加分',
  '总分',
];
const levels = [
  'unit_website',
  'city_party_government',
  'provincial_association',
  'national_association',
];

describe.each(engines)('information rankings .xlsx on %s', (kind) => {
  let s: InfoApp;

  beforeAll(async () => {
    s = await startInfoApp(kind);
    await enterSeptember(s);
  });
  afterAll(async () => s.t.close());

  /** The workbook of a query and the ranking the JSON API gives for the same query. */
  const both = async (query: string) => {
    const res = await s.as.viewer.get(`/api/info-rankings.xlsx${query}`);
    expect(res.status).toBe(200);
    const json = (await (await s.as.viewer.get(`/api/info-rankings${query}`)).json()) as {
      ranking: Score[];
    };
    return { res, ...(await sheetOf(await res.arrayBuffer(), '信息工作排名')), json };
  };

  it('exports September’s ranking row for row as the API ranks it, laid out like every table', async () => {
    const { res, workbook, sheet, json } = await both('?month=2017-09');
    expect(fileNameOf(res)).toBe('信息工作排名-2017年9月.xlsx');
    expect(sheet.getCell('A1').value).toBe('2017年9月信息工作排名');
    expect(sheet.model.merges).toEqual(['A1:L1']);
    expect(rowValues(sheet, 2, header.length)).toEqual(header);
    expect(json.ranking.map((r) => r.unitName)).toEqual(['全椒县科协', '定远县科协', '天长市科协']);
    expect(sheet.rowCount).toBe(2 + json.ranking.length);
    json.ranking.forEach((r, i) => {
      expect(rowValues(sheet, 3 + i, header.length)).toEqual([
        r.rank,
        r.unitName,
        r.submissions,
        ...levels.map((level) => r.adoptions[level]),
        r.instructions,
        r.points,
        r.deduction,
        r.bonus,
        r.total,
      ]);
    });
    expect(sheet.getCell('L5').border.bottom?.style).toBe('thin');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '1:2' });
    expect(formulaCells(workbook)).toEqual([]);
  });

  it('exports the year with its deductions and bonus', async () => {
    const { sheet, json } = await both('?year=2017');
    expect(sheet.getCell('A1').value).toBe('2017年度信息工作排名');
    expect(rowValues(sheet, 3, header.length).slice(8)).toEqual([
      json.ranking[0]?.points,
      json.ranking[0]?.deduction,
      json.ranking[0]?.bonus,
      json.ranking[0]?.total,
    ]);
    expect(json.ranking[0]).toMatchObject({ unitName: '天长市科协', bonus: 5, deduction: 20 });
  });

  it('refuses another city’s ranking (403) and a query with both month and year (400)', async () => {
    const other = await s.as.outsider.get(
      `/api/info-rankings.xlsx?month=2017-09&unitId=${s.unit.association}`,
    );
    expect(other.status).toBe(403);
    const both = await s.as.viewer.get('/api/info-rankings.xlsx?month=2017-09&year=2017');
    expect(both.status).toBe(400);
  });

  it('exports this year’s ranking when neither month nor year is given', async () => {
    const { res, json } = await both('');
    expect(fileNameOf(res)).toBe('信息工作排名-2017年度.xlsx');
    expect(json.ranking.map((r) => r.unitName)).toEqual(['天长市科协', '定远县科协', '全椒县科协']);
  });
});
