/**
 * The responsibility table (重点工作任务表) as an .xlsx workbook: the notice's own columns, then
 * 状态灯 (the light in words on a matching fill) and 指标完成 (actual / target and percent).
 * Laid out by table-sheet.ts; the importer reads the file back to the same tasks, because the
 * added columns' names are none of its column synonyms.
 */
import type { ColumnKey } from '../import/columns.js';
import type { Light } from '../progress/status-light.js';
import type { ResponsibilityTable } from './get-responsibility-table.js';
import { loadExcelJs } from '../../platform/load-exceljs.js';
import { addTableSheet, FIRST_DATA_ROW, type TableColumn } from '../documents/table-sheet.js';

export const RESPONSIBILITY_SHEET_NAME = '重点工作任务表';
export const LIGHT_HEADER = '状态灯';
export const INDICATOR_HEADER = '指标完成';

const widths: Record<ColumnKey, number> = {
  no: 6,
  content: 48,
  owner: 10,
  department: 14,
  coDepartment: 16,
  leader: 10,
  deadline: 12,
  notes: 14,
};

/** A column of the notice's own that maps to no field. */
const OTHER_WIDTH = 14;

/** Light words and fills (Excel's good / neutral / bad cell styles; done in blue). */
export const lightLooks: Record<Light, { text: string; argb: string }> = {
  green: { text: '绿', argb: 'FFC6EFCE' },
  yellow: { text: '黄', argb: 'FFFFEB9C' },
  red: { text: '红', argb: 'FFFFC7CE' },
  done: { text: '完成', argb: 'FFDDEBF7' },
};

export async function responsibilityWorkbook(table: ResponsibilityTable): Promise<Buffer> {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  workbook.creator = '督办 Duban';
  const columns: TableColumn[] = [
    ...table.columns.map((c) => ({ header: c.name, width: c.key ? widths[c.key] : OTHER_WIDTH })),
    { header: LIGHT_HEADER, width: 8 },
    { header: INDICATOR_HEADER, width: 30 },
  ];
  const sheet = addTableSheet(workbook, {
    name: RESPONSIBILITY_SHEET_NAME,
    title: table.title,
    columns,
    rows: table.rows.map((row) => [
      ...table.columns.map((c) => (c.key ? row.cells[c.key] : '')),
      lightLooks[row.light].text,
      row.indicators.join('\n'),
    ]),
  });
  const lightColumn = table.columns.length + 1;
  table.rows.forEach((row, i) => {
    const cell = sheet.getCell(FIRST_DATA_ROW + i, lightColumn);
    cell.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: lightLooks[row.light].argb },
    };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
