/** The words the bulletins print for lights, their reasons and grassroots pace. */
import type { Light } from '../progress/status-light.js';

export const lightNames: Record<Light, string> = {
  done: '已完成',
  green: '绿灯',
  yellow: '黄灯',
  red: '红灯',
};

export const lightColors: Record<Light, string> = {
  done: '#2563eb',
  green: '#16a34a',
  yellow: '#eab308',
  red: '#dc2626',
};

const reasonNames: Record<string, string> = {
  done: '已完成',
  overdue: '逾期未完成',
  far_behind: '进度严重滞后',
  behind: '进度滞后',
  no_report: '本月未报送进展',
  on_pace: '按计划推进',
  not_started: '尚未开始',
  ongoing: '正在推进',
  milestone_overdue: '时间节点逾期',
  occurrence_met: '本期已完成',
  occurrence_pending: '本期推进中',
  occurrence_due: '本期临近截止',
  occurrence_missed: '本期未按时完成',
};

export const reasonName = (reason: string): string => reasonNames[reason] ?? reason;

export const categoryNames = { leading: '领导干部', staff: '机关干部' } as const;

const paceNames: Record<string, string> = {
  met: '已达标',
  on_pace: '进度正常',
  behind: '进度滞后',
};

export const paceName = (status: string): string => paceNames[status] ?? status;

export const reportStateNames: Record<string, string> = {
  submitted: '已报送',
  accepted: '已审核',
};
