/**
 * The grassroots report (干部深入基层情况通报): each person's days at the grassroots this year as
 * of the month's last day, against their yearly minimum (领导干部 60, 机关干部 30 unless set) and
 * the share of it the year so far calls for.
 */
import type { BulletinFrame } from './frame.js';
import type { BulletinContent, ContentBlock } from './bulletin-content.js';
import { barChart, monthlyBulletin, table } from './content-builders.js';
import { formatOfficialDate } from '../documents/official-document.js';
import type { GrassrootsSnapshot } from './snapshot.js';
import { categoryNames, paceName } from './wording.js';

function overview(s: GrassrootsSnapshot): ContentBlock[] {
  const count = (status: string) => s.people.filter((p) => p.status === status).length;
  return [
    { kind: 'heading1', text: '一、总体情况' },
    {
      kind: 'paragraph',
      text:
        `截至${formatOfficialDate(s.asOf)}，纳入考核的干部${s.people.length}人，` +
        `已达到全年要求${count('met')}人，进度正常${count('on_pace')}人，进度滞后${count('behind')}人。`,
    },
  ];
}

/** Each person's days: the chart first, then the table, which may run on to the next page. */
function people(s: GrassrootsSnapshot): ContentBlock[] {
  const chart =
    s.people.length === 0
      ? []
      : [
          barChart(1, {
            title: '深入基层天数',
            categories: s.people.map((p) => p.name),
            series: [
              { name: '累计天数', values: s.people.map((p) => p.days), color: '#2563eb' },
              { name: '全年要求', values: s.people.map((p) => p.minimum), color: '#9ca3af' },
            ],
          }),
        ];
  return [
    { kind: 'heading1', text: '二、个人深入基层天数' },
    ...chart,
    table(
      '深入基层天数',
      [
        ['序号', 2, 'center'],
        ['姓名', 3, 'center'],
        ['单位', 5],
        ['类别', 3, 'center'],
        ['全年要求', 3, 'right'],
        ['累计天数', 3, 'right'],
        ['应达天数', 3, 'right'],
        ['情况', 3, 'center'],
      ],
      s.people.map((p, i) => [
        i + 1,
        p.name,
        p.unit ?? '',
        categoryNames[p.category],
        p.minimum,
        p.days,
        p.expected,
        paceName(p.status),
      ]),
    ),
  ];
}

export function grassrootsContent(s: GrassrootsSnapshot, frame: BulletinFrame): BulletinContent {
  return monthlyBulletin(s, '干部深入基层情况通报', frame, [...overview(s), ...people(s)]);
}
