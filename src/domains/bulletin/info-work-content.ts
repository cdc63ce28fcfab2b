/**
 * The monthly information-work bulletin (月信息工作通报): totals, each unit's submissions and
 * adoptions by level, the ranking with points, and the month's notable adoptions and
 * instructions — the figures of GET /api/info-bulletins/:month, frozen.
 */
import { adoptionLevels, levelNames } from '../info-work/info-scheme.js';
import {
  editionLine,
  monthName,
  type BulletinContent,
  type ContentBlock,
} from './bulletin-content.js';
import { formatOfficialDate } from './official-document.js';
import type { InfoWorkSnapshot } from './snapshot.js';

function overview(s: InfoWorkSnapshot): ContentBlock[] {
  const { totals } = s.bulletin;
  const adopted = adoptionLevels
    .map((l) => `${levelNames[l]}${totals.adoptions[l] ?? 0}条`)
    .join('，');
  return [
    { kind: 'heading1', text: '一、总体情况' },
    {
      kind: 'paragraph',
      text:
        `${monthName(s.month)}，全系统${totals.units}个单位共报送信息${totals.submissions}条，` +
        `被采用情况：${adopted}；获领导批示${totals.instructions}条，合计得分${totals.points}分。`,
    },
  ];
}

function byUnit(s: InfoWorkSnapshot): ContentBlock[] {
  return [
    { kind: 'heading1', text: '二、各单位报送采用情况' },
    {
      kind: 'table',
      sheet: '报送采用情况',
      columns: [
        { title: '单位', width: 5 },
        { title: '报送', width: 2, align: 'right' },
        ...adoptionLevels.map((l) => ({
          title: `${levelNames[l]}采用`,
          width: 3,
          align: 'right' as const,
        })),
        { title: '批示', width: 2, align: 'right' },
        { title: '得分', width: 2, align: 'right' },
      ],
      rows: s.bulletin.byUnit.map((u) => [
        u.unitName,
        u.submissions,
        ...adoptionLevels.map((l) => u.adoptions[l]),
        u.instructions,
        u.total,
      ]),
    },
  ];
}

function ranking(s: InfoWorkSnapshot): ContentBlock[] {
  const { ranking: ranks } = s.bulletin;
  return [
    { kind: 'heading1', text: '三、得分排名' },
    {
      kind: 'table',
      sheet: '得分排名',
      columns: [
        { title: '名次', width: 2, align: 'center' },
        { title: '单位', width: 8 },
        { title: '得分', width: 3, align: 'right' },
      ],
      rows: ranks.map((r) => [r.rank, r.unitName, r.total]),
    },
    ...(ranks.length === 0
      ? []
      : [
          {
            kind: 'chart' as const,
            caption: '图1  各单位信息工作得分',
            chart: {
              title: '各单位信息工作得分',
              categories: ranks.map((r) => r.unitName),
              series: [{ name: '得分', values: ranks.map((r) => r.total), color: '#2563eb' }],
              width: 640,
              height: 300,
            },
          },
        ]),
  ];
}

function notable(s: InfoWorkSnapshot): ContentBlock[] {
  const lines = s.bulletin.notable.map((n) =>
    n.kind === 'adoption'
      ? `${n.unitName}报送的《${n.title}》被${n.levelName}采用（${formatOfficialDate(n.on)}）。`
      : `${n.unitName}报送的《${n.title}》获${n.by}批示：${n.note}（${formatOfficialDate(n.on)}）。`,
  );
  return [
    { kind: 'heading1', text: '四、重要采用及批示' },
    ...(lines.length === 0 ? ['本月无。'] : lines).map((text) => ({
      kind: 'paragraph' as const,
      text,
    })),
  ];
}

export function infoWorkContent(
  s: InfoWorkSnapshot,
  issuedOn: string,
  version: number,
): BulletinContent {
  const title = `${monthName(s.month)}信息工作通报`;
  return {
    title,
    subtitle: editionLine(s.asOf, version),
    fileStem: `${s.plan.title}-${title}-第${version}版`,
    blocks: [...overview(s), ...byUnit(s), ...ranking(s), ...notable(s)],
    signature: { unit: s.plan.issuingUnit ?? s.plan.title, date: issuedOn },
  };
}
