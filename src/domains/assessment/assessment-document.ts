/**
 * The assessment as an official document (公文, GB/T 9704-2012 layout from
 * documents/official-document.ts): the ranking of departments and of units, the bonuses and the
 * rules applied, signed by the plan's issuing unit on the day scored.
 */
import {
  formatOfficialDate,
  heading1,
  paragraph,
  renderOfficialDocument,
  signature,
  table,
  type OfficialBlock,
} from '../documents/official-document.js';
import type { PresentedAssessment } from './assessment.presenter.js';
import type { UnitScore } from './assessment-scoring.js';

const scoreColumns = (group: string) => [
  { title: '名次', width: 1, align: 'center' as const },
  { title: group, width: 3 },
  { title: '基础分', width: 1.4, align: 'right' as const },
  { title: '扣分', width: 1.2, align: 'right' as const },
  { title: '加分', width: 1.2, align: 'right' as const },
  { title: '总分', width: 1.4, align: 'right' as const },
];

const scoreRows = (scores: UnitScore[]) =>
  scores.map((s) => [
    String(s.rank),
    s.unitName,
    String(s.base),
    String(s.deductions),
    String(s.bonus),
    String(s.total),
  ]);

const numerals = ['一', '二', '三', '四', '五'];

function sections(a: PresentedAssessment): [string, OfficialBlock[]][] {
  const out: [string, OfficialBlock[]][] = [];
  if (a.departments.length > 0)
    out.push([
      '部室考核得分',
      [table({ columns: scoreColumns('部室'), rows: scoreRows(a.departments) })],
    ]);
  if (a.units.length > 0)
    out.push([
      '单位考核得分',
      [table({ columns: scoreColumns('单位'), rows: scoreRows(a.units) })],
    ]);
  const bonuses = [...a.departments, ...a.units].flatMap((s) =>
    s.bonuses.map((b) => paragraph(`${s.unitName}：${b.name}，加${b.points}分。${b.reason}`)),
  );
  if (bonuses.length > 0) out.push(['加分事项', bonuses]);
  out.push([
    '考核办法',
    [
      paragraph(
        '各项任务按考核方案确定权重，已完成的任务计全部权重，未完成的按指标完成进度计分；各部室、单位基础分为其牵头任务所得权重占应得权重的百分比。',
      ),
      paragraph(
        `任务逾期（超过完成时间仍未完成或逾期完成）每项扣${a.scheme.overdueDeduction}分，缺报月度进展每月每项扣${a.scheme.missingReportDeduction}分；总分 = 基础分 − 扣分 + 加分。`,
      ),
    ],
  ]);
  return out;
}

export async function assessmentDocument(a: PresentedAssessment): Promise<Buffer> {
  const blocks = sections(a).flatMap(([heading, body], i) => [
    heading1(`${numerals[i] ?? String(i + 1)}、${heading}`),
    ...body,
  ]);
  return renderOfficialDocument({
    title: `${a.year}年度目标绩效考核结果`,
    subtitle: `（截至${formatOfficialDate(a.asOf)}）`,
    blocks: [
      paragraph(
        `根据《${a.planTitle}》及其考核方案，现将截至${formatOfficialDate(a.asOf)}的目标绩效考核结果通报如下。`,
      ),
      ...blocks,
    ],
    ...(a.issuer === null ? {} : { signature: signature(a.issuer, a.asOf) }),
  });
}
