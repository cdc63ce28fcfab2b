/**
 * The assessment as an .xlsx workbook: sheet 考核得分 (departments, then units, in rank order) and
 * sheet 任务明细 (each task's weight, completion and deductions), each under a merged title row
 * with a bold, frozen header and thin borders. Cells go through setSafeCell, so no text — a task
 * typed as "=HYPERLINK(…)" included — can become a formula.
 */
import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../../platform/load-exceljs.js';
import { setSafeCell, type SafeCellValue } from '../documents/safe-cell.js';
import type { PresentedAssessment } from './assessment.presenter.js';

export const SCORE_SHEET = '考核得分';
export const TASK_SHEET = '任务明细';

const thin = { style: 'thin' } as const;
const border = { top: thin, left: thin, bottom: thin, right: thin };

const lightNames: Record<string, string> = {
  done: '完成',
  green: '绿灯',
  yellow: '黄灯',
  red: '红灯',
};

/** [header, width in characters, the cell of one item]: each header sits beside its value. */
type Column<T> = readonly [header: string, width: number, value: (item: T) => SafeCellValue];

function addSheet<T>(
  workbook: ExcelJS.Workbook,
  name: string,
  title: string,
  columns: readonly Column<T>[],
  items: readonly T[],
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = columns.map(([, width]) => ({ width }));
  sheet.mergeCells(1, 1, 1, columns.length);
  const titleCell = sheet.getCell(1, 1);
  setSafeCell(titleCell, title);
  titleCell.font = { bold: true, size: 16 };
  titleCell.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 30;
  const rows = items.map((item) => columns.map(([, , value]) => value(item)));
  [columns.map(([header]) => header), ...rows].forEach((values, r) => {
    const row = sheet.getRow(r + 2);
    values.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      setSafeCell(cell, value);
      cell.border = border;
    });
    if (r === 0) row.font = { bold: true };
  });
}

export async function assessmentWorkbook(a: PresentedAssessment): Promise<Buffer> {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  workbook.creator = '督办 Duban';
  const title = `${a.planTitle}目标绩效考核（截至 ${a.asOf}）`;
  const scored = [
    ...a.departments.map((s) => ({ ...s, group: '部室' })),
    ...a.units.map((s) => ({ ...s, group: '单位' })),
  ];
  addSheet(
    workbook,
    SCORE_SHEET,
    title,
    [
      ['类别', 6, (s) => s.group],
      ['名次', 6, (s) => s.rank],
      ['部门/单位', 18, (s) => s.unitName],
      ['任务数', 8, (s) => s.tasks],
      ['权重', 8, (s) => s.weight],
      ['完成得分', 10, (s) => s.earned],
      ['基础分', 8, (s) => s.base],
      ['逾期任务', 9, (s) => s.overdueTasks],
      ['逾期扣分', 9, (s) => s.overdueDeduction],
      ['缺报月数', 9, (s) => s.missingReports],
      ['缺报扣分', 9, (s) => s.missingReportDeduction],
      ['加分', 8, (s) => s.bonus],
      ['总分', 8, (s) => s.total],
      [
        '加分事由',
        40,
        (s) => s.bonuses.map((b) => `${b.name}（${b.points}分）：${b.reason}`).join('；'),
      ],
    ],
    scored,
  );
  const unitName = new Map(scored.map((s) => [s.unitId, s.unitName]));
  addSheet(
    workbook,
    TASK_SHEET,
    title,
    [
      ['序号', 6, (t) => t.no],
      ['任务', 44, (t) => t.content],
      ['牵头部门', 16, (t) => t.unitIds.map((id) => unitName.get(id) ?? '').join('、')],
      ['权重', 8, (t) => t.weight],
      ['完成率', 8, (t) => t.completion],
      ['完成得分', 10, (t) => t.earned],
      ['逾期', 6, (t) => (t.overdue ? '是' : '否')],
      ['缺报月数', 9, (t) => t.missingReports],
      ['扣分', 8, (t) => t.deduction],
      ['状态', 8, (t) => (t.light === null ? '' : (lightNames[t.light] ?? t.light))],
    ],
    a.tasks,
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
