/**
 * The monthly information-work bulletin (月信息工作通报): totals, each unit's submissions and
 * adoptions by level, the ranking with points, and the month's notable adoptions and
 * instructions — the figures of GET /api/info-bulletins/:month, frozen.
 */
import { adoptionLevels, levelNames } from '../info-work/info-scheme.js';
import { monthName, type BulletinContent, type ContentBlock } from './bulletin-content.js';
import { barChart, monthlyBulletin, table, type ColumnSpec } from './content-builders.js';
import { formatOfficialDate } from '../documents/official-document.js';
import type { BulletinFrame } from './frame.js';
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
    table(
      '报送采用情况',
      [
        ['单位', 5],
        ['报送', 2, 'right'],
        // The section heading says 采用: the level's name alone keeps the eight headers on one line.
        ...adoptionLevels.map((l): ColumnSpec => [levelNames[l], 3, 'right']),
        ['批示', 2, 'right'],
        ['得分', 2, 'right'],
      ],
      s.bulletin.byUnit.map((u) => [
        u.unitName,
        u.submissions,
        ...adoptionLevels.map((l) => u.adoptions[l]),
        u.instructions,
        u.total,
      ]),
    ),
  ];
}

function ranking(s: InfoWorkSnapshot): ContentBlock[] {
  const { ranking: ranks } = s.bulletin;
  return [
    { kind: 'heading1', text: '三、得分排名' },
    table(
      '得分排名',
      [
        ['名次', 2, 'center'],
        ['单位', 8],
        ['得分', 3, 'right'],
      ],
      ranks.map((r) => [r.rank, r.unitName, r.total]),
    ),
    ...(ranks.length === 0
      ? []
      : [
          barChart(1, {
            title: '各单位信息工作得分',
            categories: ranks.map((r) => r.unitName),
            series: [{ name: '得分', values: ranks.map((r) => r.total), color: '#2563eb' }],
          }),
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

export function infoWorkContent(s: InfoWorkSnapshot, frame: BulletinFrame): BulletinContent {
  return monthlyBulletin(s, '信息工作通报', frame, [
    ...overview(s),
    ...byUnit(s),
    ...ranking(s),
    ...notable(s),
  ]);
}
