/**
 * A plan at a glance (督办看板) as of a day (统计日期): lights overall, per department and per
 * leader, completion, the overdue list with days overdue up to that day, each task's least
 * indicator progress from the evidence dated by then, and who has not reported in that day's
 * month. Counts
 * come from GROUP BY in the database; only the lights, which are derived in code, are tallied
 * here over a narrow list of the plan's tasks.
 */
import type { Kysely } from 'kysely';
import type { Database, Plan } from '../../platform/db/schema.js';
import { indicatorActuals } from '../progress/indicator-actuals.js';
import { taskLights } from '../progress/task-lights.js';
import { groupCounts } from './group-counts.js';
import { daysOverdue, tallyBy, tallyLights } from './light-tally.js';
import { taskDetails, tasksWithoutReport } from './task-details.js';

export async function getPlanDashboard(options: {
  db: Kysely<Database>;
  plan: Pick<Plan, 'id' | 'year'>;
  /** The calendar day of the read. */
  today: string;
  /** The day the figures count as of; today when absent. */
  asOf?: string | undefined;
}) {
  const { db, plan, today } = options;
  const asOf = options.asOf ?? today;
  const tasks = await db
    .selectFrom('tasks')
    .select([
      'id',
      'no',
      'status',
      'start_date',
      'due_date',
      'department_unit_id',
      'leader_person_id',
    ])
    .where('plan_id', '=', plan.id)
    .execute();
  const lights = await taskLights({
    db,
    tasks: tasks.map((t) => ({ ...t, planYear: plan.year })),
    today: asOf,
  });
  const lightOf = (t: { id: number }) => lights.get(t.id)?.light ?? 'green';
  const withGroups = async (by: 'department' | 'leader') => {
    const tally = tallyBy(
      tasks,
      (t) => (by === 'department' ? t.department_unit_id : t.leader_person_id),
      lightOf,
    );
    return (await groupCounts({ db, planId: plan.id, by })).map((g) => ({
      ...g,
      lights: tally.get(g.id) ?? tallyLights([]),
    }));
  };
  const overdueIds = tasks.filter((t) => lights.get(t.id)?.reason === 'overdue').map((t) => t.id);
  const overdue = (await taskDetails({ db, ids: overdueIds })).map((t) => ({
    ...t,
    days_overdue: t.due_date === null ? 0 : daysOverdue(t.due_date, asOf),
  }));
  overdue.sort((a, b) => b.days_overdue - a.days_overdue || a.no - b.no);
  return {
    planId: plan.id,
    today,
    asOf,
    byLight: tallyLights(tasks.map(lightOf)),
    byDepartment: await withGroups('department'),
    byLeader: await withGroups('leader'),
    overdue,
    progress: await leastProgress(db, tasks, asOf),
    withoutReport: await tasksWithoutReport({
      db,
      planId: plan.id,
      planYear: plan.year,
      today: asOf,
    }),
  };
}

/** Per task with indicators: how many, and the least progress among them (what the light uses). */
async function leastProgress(
  db: Kysely<Database>,
  tasks: { id: number; no: number }[],
  asOf: string,
) {
  const byTask = new Map<number, number[]>();
  for (const a of await indicatorActuals({ db, taskIds: tasks.map((t) => t.id), asOf })) {
    byTask.set(a.taskId, [...(byTask.get(a.taskId) ?? []), a.progress]);
  }
  return tasks
    .filter((t) => byTask.has(t.id))
    .map((t) => {
      const progress = byTask.get(t.id) ?? [];
      return { taskId: t.id, no: t.no, indicators: progress.length, least: Math.min(...progress) };
    })
    .sort((a, b) => a.least - b.least || a.no - b.no);
}
