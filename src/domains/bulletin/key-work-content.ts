/**
 * The monthly key-work bulletin (月重点工作通报) as a document: the overall picture, each key
 * task (people, indicators against targets, the month's report, its light), the overdue and
 * lagging tasks, and the departments ranked.
 */
import {
  chineseNumber,
  percent,
  type BulletinContent,
  type ContentBlock,
} from './bulletin-content.js';
import { barChart, monthlyBulletin, table } from './content-builders.js';
import type { BulletinFrame } from './frame.js';
import type { KeyTaskFacts, KeyWorkSnapshot } from './snapshot.js';
import { lightColors, lightNames, reasonName, reportStateNames } from './wording.js';
import { formatOfficialDate } from '../documents/official-document.js';

const lights = ['done', 'green', 'yellow', 'red'] as const;
const chartBars = 20;

/** "专家 ≥100名：实际45（45%）" per indicator, joined; "—" for a task without indicators. */
export function indicatorSummary(task: KeyTaskFacts): string {
  if (task.indicators.length === 0) return '—';
  return task.indicators
    .map((i) => `${i.label}：实际${i.actual}${i.unit}（${percent(i.progress)}）`)
    .join('\n');
}

function overview(s: KeyWorkSnapshot): ContentBlock[] {
  const { totals } = s;
  const counts = lights.map((l) => `${lightNames[l]}${totals.byLight[l]}项`).join('，');
  return [
    { kind: 'heading1', text: '一、总体情况' },
    {
      kind: 'paragraph',
      text:
        `截至${formatOfficialDate(s.asOf)}，${s.plan.title}共有任务${totals.tasks}项，` +
        `已完成${totals.done}项，完成率${percent(totals.completionRate)}。其中${counts}。`,
    },
    barChart(1, {
      title: '各部室任务状态',
      categories: s.departments.map((d) => d.name),
      series: lights.map((l) => ({
        name: lightNames[l],
        values: s.departments.map((d) => d.lights[l]),
        color: lightColors[l],
      })),
      stacked: true,
    }),
  ];
}

/** "黄灯（进度滞后）"; only the light when its reason says the same (已完成). */
function stateOf(task: KeyTaskFacts): string {
  const light = lightNames[task.light];
  const reason = reasonName(task.reason);
  return reason === light ? light : `${light}（${reason}）`;
}

/** [1, 3, 4, 5, 7] → "第1、3—5、7项": runs of three or more as a range. */
export function taskNumbers(nos: readonly number[]): string {
  const runs: number[][] = [];
  for (const no of [...nos].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && last.at(-1) === no - 1) last.push(no);
    else runs.push([no]);
  }
  const parts = runs.flatMap((run) =>
    run.length >= 3 ? [`${run[0]}—${run.at(-1)}`] : run.map(String),
  );
  return `第${parts.join('、')}项`;
}

/** A task's deadline and state in one clause: "完成时限全年，黄灯（进度滞后）". */
function deadlineAndState(task: KeyTaskFacts): string {
  const deadline = task.deadline ?? (task.due === null ? null : formatOfficialDate(task.due));
  return `完成时限${deadline ?? '未明确'}，${stateOf(task)}`;
}

/**
 * One task's own lines: its heading, its deadline and state unless section 三 gives them (a
 * lagging task's due date and state are in its table), and the month's report.
 */
function taskSection(task: KeyTaskFacts, index: number, lagging: boolean): ContentBlock[] {
  const { report } = task;
  const state = lagging ? [] : [`${deadlineAndState(task)}。`];
  const lines = report
    ? [
        ...state,
        `本月进展（${reportStateNames[report.state] ?? report.state}）：${report.done || '无'}`,
        `存在问题：${report.problems || '无'}`,
        `下步打算：${report.nextSteps || '无'}`,
      ]
    : [`${deadlineAndState(task)}，本月未报送进展情况。`];
  return [
    { kind: 'heading2', text: `（${chineseNumber(index + 1)}）${task.content}` },
    ...lines.map((text) => ({ kind: 'paragraph' as const, text })),
  ];
}

/**
 * The month's reports, task by task. A task without one is named in one sentence: its people,
 * indicators and state are in the table above, and a task neither done nor reported is lagging,
 * with its due date and state in section 三. A task that is neither (it cannot be today) still
 * gets its own lines, so nothing it says is lost.
 */
function taskReports(s: KeyWorkSnapshot): ContentBlock[] {
  const lagging = new Set(s.lagging.map((t) => t.no));
  const own = s.keyTasks.filter(
    (t) => t.report !== null || (t.light !== 'done' && !lagging.has(t.no)),
  );
  const owned = new Set(own);
  const silent = s.keyTasks.filter((t) => t.report === null && !owned.has(t));
  const sections = own.flatMap((task, i) => taskSection(task, i, lagging.has(task.no)));
  const unreported =
    silent.length === 0
      ? []
      : [
          {
            kind: 'paragraph' as const,
            text:
              silent.length === s.keyTasks.length
                ? `${s.keyTasks.length}项重点工作本月均未报送进展情况。`
                : `${taskNumbers(silent.map((t) => t.no))}共${silent.length}项本月未报送进展情况。`,
          },
        ];
  return [...sections, ...unreported];
}

function keyTasks(s: KeyWorkSnapshot): ContentBlock[] {
  const all = s.keyTasks.flatMap((t) =>
    t.indicators.map((i) => ({ name: `${t.no}. ${i.subject}`, progress: i.progress })),
  );
  // A chart stays readable up to about twenty bars: a large plan shows the furthest behind.
  const withIndicators =
    all.length <= chartBars
      ? all
      : [...all].sort((a, b) => a.progress - b.progress).slice(0, chartBars);
  const note = all.length <= chartBars ? '' : `（进度最低的${chartBars}项）`;
  return [
    { kind: 'heading1', text: '二、重点工作推进情况' },
    ...(withIndicators.length === 0
      ? []
      : [
          barChart(
            2,
            {
              title: '指标完成进度',
              categories: withIndicators.map((i) => i.name),
              series: [
                {
                  name: '完成进度',
                  values: withIndicators.map((i) => i.progress),
                  color: '#2563eb',
                },
              ],
              percent: true,
            },
            note,
          ),
        ]),
    table(
      '重点工作',
      [
        ['序号', 2, 'center'],
        ['重点工作', 8.6],
        ['责任人', 2.9, 'center'],
        ['责任部室', 2.9, 'center'],
        ['分管领导', 2.9, 'center'],
        ['指标完成', 8],
        ['状态', 2.4, 'center'],
      ],
      s.keyTasks.map((t) => [
        t.no,
        t.content,
        t.owner ?? '',
        t.department ?? '',
        t.leader ?? '',
        indicatorSummary(t),
        lightNames[t.light],
      ]),
    ),
    ...taskReports(s),
  ];
}

function lagging(s: KeyWorkSnapshot): ContentBlock[] {
  if (s.lagging.length === 0)
    return [
      { kind: 'heading1', text: '三、逾期及滞后任务' },
      { kind: 'paragraph', text: '本月无逾期或滞后任务。' },
    ];
  const overdue = s.lagging.filter((t) => t.daysOverdue > 0).length;
  return [
    { kind: 'heading1', text: '三、逾期及滞后任务' },
    {
      kind: 'paragraph',
      text: `本月逾期任务${overdue}项、滞后任务${s.lagging.length - overdue}项，请责任部室抓紧推进。`,
    },
    table(
      '逾期及滞后任务',
      [
        ['序号', 2, 'center'],
        ['任务', 10.8],
        ['责任人', 3, 'center'],
        ['责任部室', 3, 'center'],
        ['完成时间', 5.2, 'center'],
        ['情况', 5],
      ],
      s.lagging.map((t) => [
        t.no,
        t.content,
        t.owner ?? '',
        t.department ?? '',
        t.due === null ? '' : formatOfficialDate(t.due),
        t.daysOverdue > 0
          ? `${lightNames[t.light]}：逾期${t.daysOverdue}天`
          : `${lightNames[t.light]}：${reasonName(t.reason)}`,
      ]),
    ),
  ];
}

function departments(s: KeyWorkSnapshot): ContentBlock[] {
  return [
    { kind: 'heading1', text: '四、各部室排名' },
    table(
      '部室排名',
      [
        ['名次', 2, 'center'],
        ['部室', 5],
        ['任务数', 2, 'right'],
        ['已完成', 2, 'right'],
        ['完成率', 3, 'right'],
        ['绿灯', 2, 'right'],
        ['黄灯', 2, 'right'],
        ['红灯', 2, 'right'],
      ],
      s.departments.map((d) => [
        d.rank,
        d.name,
        d.total,
        d.done,
        percent(d.completionRate),
        d.lights.green,
        d.lights.yellow,
        d.lights.red,
      ]),
    ),
  ];
}

export function keyWorkContent(s: KeyWorkSnapshot, frame: BulletinFrame): BulletinContent {
  return monthlyBulletin(s, '重点工作通报', frame, [
    ...overview(s),
    ...keyTasks(s),
    ...lagging(s),
    ...departments(s),
  ]);
}
