import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitId } from '../../test/factories.js';
import { engines } from '../../test/stores.js';
import { formulaCells, readWorkbook } from '../documents/workbook-checks.js';
import { SCORE_SHEET, TASK_SHEET } from './assessment-workbook.js';
import type { UnitScore } from './assessment-scoring.js';
import { addLedgerEntries, startAssessmentApp, type AssessmentApp } from './test-support.js';

const injected = '=HYPERLINK("http://example.com","点击")';

/** The text of each table row of a .docx body, cell by cell. */
function tableRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([row]) =>
    [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) =>
      [...cell.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    ),
  );
}

describe.each(engines)('assessment exports on %s', (kind) => {
  let s: AssessmentApp;
  let departments: UnitScore[];
  const get = async (path: string) => {
    const res = await s.as.liu.get(`/api/plans/${s.planId}/${path}`);
    expect(res.status).toBe(200);
    return res;
  };

  beforeAll(async () => {
    s = await startAssessmentApp(kind);
    const task3 = await s.task(3);
    await addLedgerEntries(s.db, task3, 1, '2017-08-20');
    await s.db
      .updateTable('tasks')
      .set({ content: injected })
      .where('id', '=', await s.task(8))
      .execute();
    const scheme = (await (
      await s.as.admin.get(`/api/plans/${s.planId}/assessment-scheme`)
    ).json()) as {
      weights: { taskId: number; weight: number }[];
    };
    const res = await s.as.admin.send('PUT', `/api/plans/${s.planId}/assessment-scheme`, {
      weights: scheme.weights.map(({ taskId, weight }) => ({ taskId, weight })),
      overdueDeduction: 2,
      missingReportDeduction: 0,
      bonuses: [
        {
          name: '创新项目',
          unitId: await unitId(s.db, '科普部'),
          points: 1.5,
          reason: '社区科普馆建设成效突出',
        },
      ],
    });
    expect(res.status).toBe(201);
    departments = ((await (await get('assessment')).json()) as { departments: UnitScore[] })
      .departments;
    // 学会部 base 100 × (10 × 0.5) / 40 = 12.5; 办公室 −2 for task 1 (5月底); 科普部 +1.5.
    expect(departments.map((d) => [d.unitName, d.total])).toEqual([
      ['学会部', 12.5],
      ['科普部', 1.5],
      ['科技馆', 0],
      ['办公室', -2],
    ]);
  });
  afterAll(async () => s.t.close());

  it('writes the .xlsx with a merged title, frozen bordered header, every department and no formula', async () => {
    const res = await get('assessment.xlsx');
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toContain('.xlsx');
    const workbook = await readWorkbook(await res.arrayBuffer());
    const sheet = workbook.getWorksheet(SCORE_SHEET);
    if (!sheet) throw new Error('no score sheet');
    expect(sheet.getCell('A1').value).toBe(
      '滁州市科协2017年工作要点目标绩效考核（截至 2017-09-30）',
    );
    expect(sheet.model.merges).toContain('A1:N1');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.getRow(2).getCell(3).value).toBe('部门/单位');
    expect(sheet.getCell('C2').border.bottom?.style).toBe('thin');
    const rows = departments.map((_, i) => sheet.getRow(i + 3));
    expect(rows.map((r) => [r.getCell(2).value, r.getCell(3).value, r.getCell(13).value])).toEqual(
      departments.map((d) => [d.rank, d.unitName, d.total]),
    );
    expect(sheet.getCell('N4').value).toBe('创新项目（1.5分）：社区科普馆建设成效突出');
    const tasks = workbook.getWorksheet(TASK_SHEET);
    const row8 = tasks?.getRow(10);
    expect(row8?.getCell(2).value).toBe(injected);
    expect(row8?.getCell(2).numFmt).toBe('@');
    expect(formulaCells(workbook)).toEqual([]);
  });

  it('writes the .docx on A4 with the GB/T 9704 margins and fonts and every department score', async () => {
    const res = await get('assessment.docx');
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(await res.arrayBuffer());
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toMatch(/<w:pgSz [^>]*w:w="11906"[^>]*w:h="16838"/);
    const margin = (side: string) => new RegExp(`<w:pgMar [^>]*w:${side}="(\\d+)"`).exec(xml)?.[1];
    // 37, 26, 35 and 28 mm in twentieths of a point.
    expect([margin('top'), margin('right'), margin('bottom'), margin('left')]).toEqual([
      '2098',
      '1474',
      '1984',
      '1587',
    ]);
    for (const font of ['方正小标宋简体', '仿宋_GB2312', '黑体'])
      expect(xml).toContain(`w:eastAsia="${font}"`);
    expect(xml).toContain('2017年度目标绩效考核结果');
    const rows = tableRows(xml);
    for (const d of departments)
      expect(rows).toContainEqual([
        String(d.rank),
        d.unitName,
        String(d.base),
        String(d.deductions),
        String(d.bonus),
        String(d.total),
      ]);
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^word\/footer\d*\.xml$/.test(name))
        .map((name) => zip.file(name)?.async('string') ?? Promise.resolve('')),
    );
    expect(footers.join('')).toMatch(/— [\s\S]*PAGE[\s\S]* —/);
  });
});
