/** The plan dashboard as JSON: camelCase, people and units as {id, name}, rates 0..1. */
import type { GroupCount } from './group-counts.js';
import type { getPlanDashboard } from './get-plan-dashboard.js';
import { completionRate, type LightCounts } from './light-tally.js';
import type { TaskDetail } from './task-details.js';

type Dashboard = Awaited<ReturnType<typeof getPlanDashboard>>;

const ref = (id: number | null, name: string | null) =>
  id !== null && name !== null ? { id, name } : null;

const group = (g: GroupCount & { lights: LightCounts }) => ({
  id: g.id,
  name: g.name,
  total: g.total,
  done: g.done,
  lights: g.lights,
});

const task = (t: TaskDetail) => ({
  taskId: t.id,
  no: t.no,
  content: t.content,
  owner: ref(t.owner_person_id, t.owner_name),
  due: t.due_date,
});

export function presentDashboard(d: Dashboard) {
  const total = d.byDepartment.reduce((n, g) => n + g.total, 0);
  const done = d.byDepartment.reduce((n, g) => n + g.done, 0);
  return {
    planId: d.planId,
    today: d.today,
    asOf: d.asOf,
    total,
    done,
    completionRate: completionRate(done, total),
    byLight: d.byLight,
    byDepartment: d.byDepartment.map(group),
    byLeader: d.byLeader.map(group),
    overdue: d.overdue.map((t) => ({ ...task(t), daysOverdue: t.days_overdue })),
    indicatorProgress: d.progress.map((p) => ({
      taskId: p.taskId,
      no: p.no,
      indicators: p.indicators,
      leastProgress: p.least,
    })),
    withoutReportThisMonth: d.withoutReport.map(task),
  };
}
