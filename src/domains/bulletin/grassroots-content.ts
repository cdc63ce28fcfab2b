/**
 * The grassroots report (干部深入基层情况通报): each person's days at the grassroots this year as
 * of the month's last day, against their yearly minimum (领导干部 60, 机关干部 30 unless set) and
 * the share of it the year so far calls for.
 */
import {
  editionLine,
  monthName,
  type BulletinContent,
  type ContentBlock,
} from './bulletin-content.js';
import { formatOfficialDate } from './official-document.js';
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

function people(s: GrassrootsSnapshot): ContentBlock[] {
  const blocks: ContentBlock[] = [
    { kind: 'heading1', text: '二、个人深入基层天数' },
    {
      kind: 'table',
      sheet: '深入基层天数',
      columns: [
        { title: '序号', width: 2, align: 'center' },
        { title: '姓名', width: 3, align: 'center' },
        { title: '单位', width: 5 },
        { title: '类别', width: 3, align: 'center' },
        { title: '全年要求（天）', width: 3, align: 'right' },
        { title: '累计天数', width: 3, align: 'right' },
        { title: '应达天数', width: 3, align: 'right' },
        { title: '情况', width: 3, align: 'center' },
      ],
      rows: s.people.map((p, i) => [
        i + 1,
        p.name,
        p.unit ?? '',
        categoryNames[p.category],
        p.minimum,
        p.days,
        p.expected,
        paceName(p.status),
      ]),
    },
  ];
  if (s.people.length === 0) return blocks;
  return [
    ...blocks,
    {
      kind: 'chart',
      caption: '图1  深入基层天数',
      chart: {
        title: '深入基层天数',
        categories: s.people.map((p) => p.name),
        series: [
          { name: '累计天数', values: s.people.map((p) => p.days), color: '#2563eb' },
          { name: '全年要求', values: s.people.map((p) => p.minimum), color: '#9ca3af' },
        ],
        width: 640,
        height: 300,
      },
    },
  ];
}

export function grassrootsContent(
  s: GrassrootsSnapshot,
  issuedOn: string,
  version: number,
): BulletinContent {
  const title = `${monthName(s.month)}干部深入基层情况通报`;
  return {
    title,
    subtitle: editionLine(s.asOf, version),
    fileStem: `${s.plan.title}-${title}-第${version}版`,
    blocks: [...overview(s), ...people(s)],
    signature: { unit: s.plan.issuingUnit ?? s.plan.title, date: issuedOn },
  };
}
