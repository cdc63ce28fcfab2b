import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/stores.js';
import { startSampleApp, type SampleApp } from '../ledger/test-support.js';

type Point = { month: string; asOf: string; actual: number; progress: number };

async function readSheet(res: Response) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  const sheet = workbook.getWorksheet('台账');
  if (!sheet) throw new Error('no sheet 台账');
  const rows: unknown[][] = [];
  let formulas = 0;
  sheet.eachRow((row) => {
    const values: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.type === ExcelJS.ValueType.Formula || cell.formula) formulas++;
      values.push(cell.value);
    });
    rows.push(values);
  });
  return { workbook, sheet, rows, formulas };
}

const fileNameOf = (res: Response) =>
  decodeURIComponent(
    /filename\*=UTF-8''(.+)$/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? '',
  );

describe.each(engines)('ledger export and indicator history on %s', (kind) => {
  let s: SampleApp;
  let experts: number;
  let matchmaking: number;
  const indicatorOf = async (no: number) =>
    (
      await s.db
        .selectFrom('indicators')
        .select('id')
        .where('task_id', '=', await s.task(no))
        .orderBy('id')
        .executeTakeFirstOrThrow()
    ).id;
  const enter = async (indicator: number, body: object) => {
    const res = await s.as.peng.send('POST', `/api/indicators/${indicator}/ledger`, body);
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: number }).id;
  };

  beforeAll(async () => {
    s = await startSampleApp(kind);
    experts = await indicatorOf(2);
    matchmaking = await indicatorOf(3);
    await enter(experts, { entryDate: '2017-03-10', subject: '王教授' });
    await enter(experts, { entryDate: '2017-07-05', subject: '=SUM(A1)' });
    await enter(experts, { entryDate: '2017-07-20', subject: '李研究员' });
    const wrong = await enter(experts, { entryDate: '2017-05-02', subject: '错录' });
    await s.as.peng.send('POST', `/api/ledger/${wrong}/void`, { reason: '姓名有误' });
    await enter(matchmaking, { entryDate: '2017-06-18', subject: '@院士行' });
  });
  afterAll(async () => s.t.close());

  it('exports an indicator’s ledger as 台账 with a bold frozen header and rows as entered', async () => {
    const res = await s.as.liu.get(`/api/indicators/${experts}/ledger.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(fileNameOf(res)).toBe('台账-专家.xlsx');
    const { sheet, rows, formulas } = await readSheet(res);
    expect(formulas).toBe(0);
    expect(rows[0]).toEqual([
      '序号',
      '任务',
      '指标',
      '日期',
      '数量',
      '对象',
      '录入人',
      '状态',
      '作废原因',
    ]);
    expect(sheet.getRow(1).font).toMatchObject({ bold: true });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(2).width).toBe(40);
    expect(rows.slice(1).map((r) => [r[0], r[3], r[4], r[5], r[6], r[7], r[8]])).toEqual([
      [1, '2017-03-10', 1, '王教授', '彭国华', '有效', ''],
      [2, '2017-05-02', 1, '错录', '彭国华', '作废', '姓名有误'],
      [3, '2017-07-05', 1, '=SUM(A1)', '彭国华', '有效', ''],
      [4, '2017-07-20', 1, '李研究员', '彭国华', '有效', ''],
    ]);
    expect(rows[1]?.[1]).toMatch(/^2\. 组织100名专家/);
    expect(rows[1]?.[2]).toBe('专家不少于100名');
    const injected = sheet.getCell('F4');
    expect([injected.type, injected.value, injected.numFmt]).toEqual([
      ExcelJS.ValueType.String,
      '=SUM(A1)',
      '@',
    ]);
  });

  it('exports the whole plan on one sheet, every indicator’s entries, no formulas', async () => {
    const res = await s.as.bai.get(`/api/plans/${await planId()}/ledger.xlsx`);
    expect(res.status).toBe(200);
    expect(fileNameOf(res)).toBe('台账-滁州市科协2017年工作要点.xlsx');
    const { workbook, rows, formulas } = await readSheet(res);
    expect(workbook.worksheets).toHaveLength(1);
    expect(formulas).toBe(0);
    expect(rows).toHaveLength(1 + 5);
    expect(rows.at(-1)?.slice(3, 8)).toEqual(['2017-06-18', 1, '@院士行', '彭国华', '有效']);
    expect((await s.as.admin.get('/api/plans/999/ledger.xlsx')).status).toBe(404);
    expect((await s.as.admin.get('/api/indicators/999/ledger.xlsx')).status).toBe(404);
  });

  it('gives the month-end path to target from January to September, voided entries left out', async () => {
    const res = await s.as.zhang.get(`/api/indicators/${experts}/history`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { year: number; target: object; points: Point[] };
    expect(body).toMatchObject({
      year: 2017,
      target: {
        comparator: '>=',
        value: 100,
        unit: '名',
        subject: '专家',
        label: '专家不少于100名',
      },
    });
    expect(body.points.map((p) => p.month)).toEqual(
      ['01', '02', '03', '04', '05', '06', '07', '08', '09'].map((m) => `2017-${m}`),
    );
    expect(body.points[1]).toEqual({
      month: '2017-02',
      asOf: '2017-02-28',
      actual: 0,
      progress: 0,
    });
    expect(body.points.map((p) => p.actual)).toEqual([0, 0, 1, 1, 1, 1, 3, 3, 3]);
    const actuals = body.points.map((p) => p.actual);
    expect(actuals.every((a, i) => i === 0 || a >= (actuals[i - 1] ?? 0))).toBe(true);
    expect(body.points.at(-1)?.progress).toBeCloseTo(0.03);
    expect((await s.as.admin.get('/api/indicators/999/history')).status).toBe(404);
  });

  async function planId() {
    return (await s.db.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id;
  }
});
