import { registerMessages } from '../i18n';

/** Strings shared by several pages: status lights and their reasons. */
export const sharedNs = registerMessages('shared', {
  'zh-CN': {
    light: { done: '已完成', green: '绿灯', yellow: '黄灯', red: '红灯' },
    reason: {
      done: '已完成',
      not_started: '未开始',
      overdue: '已逾期',
      far_behind: '严重滞后',
      behind: '进度滞后',
      no_report: '本月未报进展',
      ongoing: '进行中',
      on_pace: '按进度推进',
      occurrence_met: '本期已完成',
      occurrence_pending: '本期进行中',
      occurrence_due: '本期待完成',
      occurrence_missed: '有期次未完成',
      milestone_overdue: '时间节点逾期',
    },
    empty: '暂无',
    labelled: '{{label}}：',
  },
  en: {
    light: { done: 'Done', green: 'Green', yellow: 'Yellow', red: 'Red' },
    reason: {
      done: 'Done',
      not_started: 'Not started',
      overdue: 'Overdue',
      far_behind: 'Far behind',
      behind: 'Behind',
      no_report: 'No report this month',
      ongoing: 'Ongoing',
      on_pace: 'On pace',
      occurrence_met: 'This period done',
      occurrence_pending: 'This period ongoing',
      occurrence_due: 'This period due',
      occurrence_missed: 'A period was missed',
      milestone_overdue: 'Milestone overdue',
    },
    empty: 'None',
    labelled: '{{label}}: ',
  },
});
