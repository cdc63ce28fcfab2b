import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/stores.js';
import { draftFromFile } from '../import/draft-from-file.js';
import { fileNameOf, rowValues, sheetOf, startTableApp, type TableApp } from './test-support.js';
import { formulaCells } from '../documents/workbook-checks.js';

interface ExpectedRow {
  no: number;
  content: string;
  owner: string;
  department: string;
  leader: string;
  deadlineText: string;
  due: string;
}
const expected = (
  JSON.parse(
    readFileSync(
      new URL('../import/fixtures/chuzhou-cast-2017-workplan.expected.json', import.meta.url),
      'utf8',
    ),
  ) as { tableRows: ExpectedRow[] }
).tableRows;

const header = ['序号', '重点工作内容', '责任人', '责任部室', '分管领导', '完成时间', '备注'];
const width = header.length + 2;
/** Light → its word and fill (Excel's good / neutral / bad styles; done in blue). */
type Light = 'green' | 'yellow' | 'red' | 'done';
const lightLooks: Record<Light, [string, string]> = {
  green: ['绿', 'FFC6EFCE'],
  yellow: ['黄', 'FFFFEB9C'],
  red: ['红', 'FFFFC7CE'],
  done: ['完成', 'FFDDEBF7'],
};
const injected = { content: '=1+2 组织专家开展创新助力活动', notes: '+86 0550-1234567' };

describe.each(engines)('responsibility table .xlsx on %s', (kind) => {
  let s: TableApp;
  let planId: number;
  let bytes: ArrayBuffer;
  let response: Response;

  beforeAll(async () => {
    s = await startTableApp(kind);
    const plan = await s.db.selectFrom('plans').select('id').executeTakeFirstOrThrow();
    planId = plan.id;
    const task4 = await s.task(4);
    const res = await s.as.admin.send('PATCH', `/api/tasks/${task4}`, { ...injected, version: 1 });
    expect(res.status).toBe(200);
    const experts = await s.db
      .selectFrom('indicators')
      .select('id')
      .where('task_id', '=', await s.task(2))
      .executeTakeFirstOrThrow();
    for (const [entryDate, subject] of [
      ['2017-03-10', '王教授'],
      ['2017-07-05', '李研究员'],
      ['2017-08-01', '赵工程师'],
    ]) {
      const entry = await s.as.peng.send('POST', `/api/indicators/${experts.id}/ledger`, {
        entryDate,
        subject,
      });
      expect(entry.status).toBe(201);
    }
    response = await s.as.bai.get(`/api/plans/${planId}/table.xlsx`);
    bytes = await response.arrayBuffer();
  });
  afterAll(async () => s.t.close());

  it('downloads as .xlsx with the Chinese file name in filename*', () => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="[ -~]+"; /);
    expect(fileNameOf(response)).toBe('重点工作任务表-滁州市科协2017年工作要点.xlsx');
  });

  it('has a merged title row, the notice’s columns, the 10 tasks, lights and indicators', async () => {
    const { sheet } = await sheetOf(bytes, '重点工作任务表');
    expect(sheet.getCell('A1').value).toBe('滁州市科协2017年工作要点重点工作任务表');
    expect(sheet.model.merges).toEqual(['A1:I1']);
    expect(rowValues(sheet, 2, width)).toEqual([...header, '状态灯', '指标完成']);
    expect(sheet.rowCount).toBe(12);
    expected.forEach((row, i) => {
      const content = row.no === 4 ? injected.content : row.content;
      expect(rowValues(sheet, 3 + i, 7)).toEqual([
        row.no,
        content,
        row.owner,
        row.department,
        row.leader,
        row.deadlineText,
        row.no === 4 ? injected.notes : null,
      ]);
    });
    const tasks = await (await s.as.bai.get(`/api/plans/${planId}/tasks?limit=100`)).json();
    const lights = (tasks as { items: { no: number; light: { light: Light } }[] }).items;
    for (const task of lights) {
      const cell = sheet.getCell(2 + task.no, 8);
      const fill = cell.fill.type === 'pattern' ? cell.fill.fgColor?.argb : undefined;
      expect([task.no, cell.value, fill]).toEqual([task.no, ...lightLooks[task.light.light]]);
    }
    expect(sheet.getCell('I4').value).toBe('专家不少于100名：实际3名（3%）');
  });

  it('sets widths, thin borders, a bold frozen header, wrapping and A4 landscape printing', async () => {
    const { sheet } = await sheetOf(bytes, '重点工作任务表');
    expect(sheet.columns.map((c) => c.width)).toEqual([6, 48, 10, 14, 10, 12, 14, 8, 30]);
    for (let r = 2; r <= 12; r++)
      for (let c = 1; c <= width; c++) {
        const { border, alignment } = sheet.getCell(r, c);
        expect([r, c, border.top?.style, border.left?.style, border.bottom?.style]).toEqual([
          r,
          c,
          'thin',
          'thin',
          'thin',
        ]);
        expect(border.right?.style).toBe('thin');
        expect(alignment.wrapText).toBe(true);
      }
    expect(sheet.getCell('B2').font.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToWidth: 1,
      printTitlesRow: '1:2',
    });
  });

  it('writes text that starts with = or + as text, never a formula', async () => {
    const { workbook, sheet } = await sheetOf(bytes, '重点工作任务表');
    expect(formulaCells(workbook)).toEqual([]);
    for (const address of ['B6', 'G6']) {
      const cell = sheet.getCell(address);
      expect([cell.type, cell.numFmt]).toEqual([ExcelJS.ValueType.String, '@']);
    }
  });

  it('reads back through the importer to the same tasks', async () => {
    const draft = await draftFromFile({ name: 'table.xlsx', bytes: new Uint8Array(bytes) });
    const stored = await s.db
      .selectFrom('tasks')
      .select(['no', 'content', 'deadline_text', 'due_date', 'notes'])
      .orderBy('no')
      .execute();
    expect(
      draft.tasks.map((t) => [t.no, t.content, t.deadline?.text, t.deadline?.due, t.notes]),
    ).toEqual(stored.map((t) => [t.no, t.content, t.deadline_text, t.due_date, t.notes]));
    expect(draft.tasks.map((t) => [t.owners, t.departments, t.coDepartments, t.leader])).toEqual(
      expected.map((row) => [[row.owner], [row.department], [], row.leader]),
    );
  });

  it('answers 404 for a missing plan and 403 outside the plan’s units', async () => {
    expect((await s.as.bai.get('/api/plans/999/table.xlsx')).status).toBe(404);
    expect((await s.outsider.get(`/api/plans/${planId}/table.xlsx`)).status).toBe(403);
  });
});
