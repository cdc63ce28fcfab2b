/**
 * The key-work bulletin's data (月重点工作通报) as of a month's last day: the dashboard's counts,
 * lights and department groups (getPlanDashboard), each key task with its people, indicators
 * (ledger entries up to that day) and the month's progress report, the overdue and lagging tasks,
 * and departments ranked by completion and then by fewest red and yellow lights.
 */
import type { Kysely } from 'kysely';
import type { Database, Plan } from '../../platform/db/schema.js';
import { getPlanDashboard } from '../dashboard/get-plan-dashboard.js';
import { presentDashboard } from '../dashboard/dashboard.presenter.js';
import { completionRate, daysOverdue } from '../dashboard/light-tally.js';
import { taskLights } from '../progress/task-lights.js';
import { keyTaskIndicators, monthReports } from './key-task-facts.js';
import type { DepartmentRank, KeyWorkSnapshot, LaggingTask, PlanFacts } from './snapshot.js';

type Dashboard = ReturnType<typeof presentDashboard>;

function taskRows(db: Kysely<Database>, planId: number) {
  return db
    .selectFrom('tasks')
    .leftJoin('people as owner', 'owner.id', 'tasks.owner_person_id')
    .leftJoin('people as leader', 'leader.id', 'tasks.leader_person_id')
    .leftJoin('units', 'units.id', 'tasks.department_unit_id')
    .select([
      'tasks.id',
      'tasks.no',
      'tasks.content',
      'tasks.key_task_id',
      'tasks.status',
      'tasks.start_date',
      'tasks.due_date',
      'tasks.deadline_text',
      'owner.name as owner',
      'leader.name as leader',
      'units.name as department',
    ])
    .where('tasks.plan_id', '=', planId)
    .orderBy('tasks.no')
    .execute();
}

export async function keyWorkSnapshot(options: {
  db: Kysely<Database>;
  plan: Plan;
  facts: PlanFacts;
  month: string;
  asOf: string;
}): Promise<KeyWorkSnapshot> {
  const { db, plan, month, asOf } = options;
  const dashboard = presentDashboard(await getPlanDashboard({ db, plan, today: asOf }));
  const tasks = await taskRows(db, plan.id);
  const lights = await taskLights({
    db,
    tasks: tasks.map((t) => ({ ...t, planYear: plan.year })),
    today: asOf,
  });
  const keyTasks = tasks.filter((t) => t.key_task_id !== null);
  const keyIds = keyTasks.map((t) => t.id);
  const indicators = await keyTaskIndicators({ db, taskIds: keyIds, asOf });
  const reports = await monthReports({ db, taskIds: keyIds, month });
  const lightOf = (id: number) => lights.get(id) ?? { light: 'green' as const, reason: 'on_pace' };
  const lagging: LaggingTask[] = tasks
    .filter((t) => lightOf(t.id).light === 'red' || lightOf(t.id).light === 'yellow')
    .map((t) => ({
      no: t.no,
      content: t.content,
      owner: t.owner,
      department: t.department,
      due: t.due_date,
      light: lightOf(t.id).light,
      reason: lightOf(t.id).reason,
      daysOverdue:
        lightOf(t.id).reason === 'overdue' && t.due_date !== null
          ? daysOverdue(t.due_date, asOf)
          : 0,
    }))
    .sort(laggingOrder);
  return {
    kind: 'key-work',
    month,
    asOf,
    plan: options.facts,
    totals: {
      tasks: dashboard.total,
      done: dashboard.done,
      completionRate: dashboard.completionRate,
      byLight: dashboard.byLight,
    },
    keyTasks: keyTasks.map((t) => ({
      no: t.no,
      content: t.content,
      owner: t.owner,
      department: t.department,
      leader: t.leader,
      deadline: t.deadline_text,
      due: t.due_date,
      light: lightOf(t.id).light,
      reason: lightOf(t.id).reason,
      indicators: indicators.get(t.id) ?? [],
      report: reports.get(t.id) ?? null,
    })),
    lagging,
    departments: rankDepartments(dashboard.byDepartment),
  };
}

const lightWeight = { red: 0, yellow: 1, green: 2, done: 3 } as const;

/** Overdue first, longest first; then red before yellow; then by number. */
function laggingOrder(a: LaggingTask, b: LaggingTask): number {
  return (
    b.daysOverdue - a.daysOverdue || lightWeight[a.light] - lightWeight[b.light] || a.no - b.no
  );
}

/** Completion rate first, then fewer red, then fewer yellow; equal records share a rank. */
export function rankDepartments(groups: Dashboard['byDepartment']): DepartmentRank[] {
  const rows = groups.map((g) => ({
    name: g.name ?? '未明确部门',
    total: g.total,
    done: g.done,
    completionRate: completionRate(g.done, g.total),
    lights: g.lights,
  }));
  const compare = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
    b.completionRate - a.completionRate ||
    a.lights.red - b.lights.red ||
    a.lights.yellow - b.lights.yellow;
  rows.sort((a, b) => compare(a, b) || a.name.localeCompare(b.name, 'zh-Hans-CN'));
  return rows.map((row) => ({
    rank: rows.findIndex((other) => compare(other, row) === 0) + 1,
    ...row,
  }));
}
