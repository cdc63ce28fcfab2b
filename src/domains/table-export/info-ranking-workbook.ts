/**
 * The information-work ranking (信息工作排名) of a month or a year as an .xlsx workbook, one row per
 * unit in rank order with its submissions, adoptions per level, instructions and points; laid out
 * like every exported table (documents/table-sheet.ts).
 */
import { adoptionLevels, levelNames } from '../info-work/info-scheme.js';
import type { UnitScore } from '../info-work/info-scoring.js';
import { loadExcelJs } from '../../platform/load-exceljs.js';
import { addTableSheet } from '../documents/table-sheet.js';

export const RANKING_SHEET_NAME = '信息工作排名';

/** '2017-09' → '2017年9月', '2017' → '2017年度'. */
export function periodLabel(period: string): string {
  const [year, month] = period.split('-');
  return month === undefined ? `${year}年度` : `${year}年${Number(month)}月`;
}

export async function infoRankingWorkbook(options: {
  period: string;
  scores: UnitScore[];
}): Promise<Buffer> {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  workbook.creator = '督办 Duban';
  addTableSheet(workbook, {
    name: RANKING_SHEET_NAME,
    title: `${periodLabel(options.period)}信息工作排名`,
    columns: [
      { header: '名次', width: 6 },
      { header: '单位', width: 24 },
      { header: '报送条数', width: 10 },
      ...adoptionLevels.map((level) => ({ header: `${levelNames[level]}采用`, width: 12 })),
      { header: '领导批示', width: 10 },
      { header: '得分', width: 8 },
      { header: '扣分', width: 8 },
      { header: '加分', width: 8 },
      { header: '总分', width: 8 },
    ],
    rows: options.scores.map((s) => [
      s.rank,
      s.unitName,
      s.submissions,
      ...adoptionLevels.map((level) => s.adoptions[level]),
      s.instructions,
      s.points,
      s.deduction,
      s.bonus,
      s.total,
    ]),
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
