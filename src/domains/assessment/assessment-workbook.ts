/**
 * The assessment as an .xlsx workbook: sheet 考核得分 (departments, then units, in rank order) and
 * sheet 任务明细 (each task's weight, completion and deductions), each under a merged title row
 * with a bold, frozen header and thin borders. Cells go through setSafeCell, so no text — a task
 * typed as "=HYPERLINK(…)" included — can become a formula.
 */
import ExcelJS from 'exceljs';
import { setSafeCell, type SafeCellValue } from '../table-export/safe-cell.js';
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

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  title: string,
  columns: { header: string; width: number }[],
  rows: SafeCellValue[][],
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = columns.map(({ width }) => ({ width }));
  sheet.mergeCells(1, 1, 1, columns.length);
  const titleCell = sheet.getCell(1, 1);
  setSafeCell(titleCell, title);
  titleCell.font = { bold: true, size: 16 };
  titleCell.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 30;
  [columns.map((c) => c.header), ...rows].forEach((values, r) => {
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
  const workbook = new ExcelJS.Workbook();
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
      { header: '类别', width: 6 },
      { header: '名次', width: 6 },
      { header: '部门/单位', width: 18 },
      { header: '任务数', width: 8 },
      { header: '权重', width: 8 },
      { header: '完成得分', width: 10 },
      { header: '基础分', width: 8 },
      { header: '逾期任务', width: 9 },
      { header: '逾期扣分', width: 9 },
      { header: '缺报月数', width: 9 },
      { header: '缺报扣分', width: 9 },
      { header: '加分', width: 8 },
      { header: '总分', width: 8 },
      { header: '加分事由', width: 40 },
    ],
    scored.map((s) => [
      s.group,
      s.rank,
      s.unitName,
      s.tasks,
      s.weight,
      s.earned,
      s.base,
      s.overdueTasks,
      s.overdueDeduction,
      s.missingReports,
      s.missingReportDeduction,
      s.bonus,
      s.total,
      s.bonuses.map((b) => `${b.name}（${b.points}分）：${b.reason}`).join('；'),
    ]),
  );
  const unitName = new Map(scored.map((s) => [s.unitId, s.unitName]));
  addSheet(
    workbook,
    TASK_SHEET,
    title,
    [
      { header: '序号', width: 6 },
      { header: '任务', width: 44 },
      { header: '牵头部门', width: 16 },
      { header: '权重', width: 8 },
      { header: '完成率', width: 8 },
      { header: '完成得分', width: 10 },
      { header: '逾期', width: 6 },
      { header: '缺报月数', width: 9 },
      { header: '扣分', width: 8 },
      { header: '状态', width: 8 },
    ],
    a.tasks.map((t) => [
      t.no,
      t.content,
      t.unitIds.map((id) => unitName.get(id) ?? '').join('、'),
      t.weight,
      t.completion,
      t.earned,
      t.overdue ? '是' : '否',
      t.missingReports,
      t.deduction,
      t.light === null ? '' : (lightNames[t.light] ?? t.light),
    ]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
