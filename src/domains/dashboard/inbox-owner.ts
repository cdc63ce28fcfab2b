/**
 * An owner's inbox (待办) lines: their tasks' reports returned for rework (not of a closed month,
 * which can no longer change), the tasks whose report for this month is due, and the deadlines
 * and milestones (时间节点) of their open tasks due within 14 days. Their tasks are those they
 * own (责任人, the primary owner or a listed one) in plans in force.
 */
import type { Kysely } from 'kysely';
import type { Access } from '../../platform/auth/access.js';
import type { Database } from '../../platform/db/schema.js';
import { reportCounts } from '../progress/counted-reports.js';
import type { ProgressReportRow } from '../report/get-progress-report.js';
import { taskRows, type TaskRow } from '../task/task-rows.js';
import { addDays, dueSoonDays, isDueSoon, reportDue } from './inbox-rules.js';

export interface DueSoonLine {
  taskId: number;
  kind: 'task' | 'milestone';
  due: string;
  title: string;
}

export interface OwnerInbox {
  tasks: TaskRow[];
  returnedReports: ProgressReportRow[];
  dueReports: { taskId: number; month: string }[];
  dueSoon: DueSoonLine[];
}

const none = (): OwnerInbox => ({ tasks: [], returnedReports: [], dueReports: [], dueSoon: [] });

/** The actor's own tasks in published plans, in plan order. */
async function ownTasks(db: Kysely<Database>, access: Access): Promise<TaskRow[]> {
  const personId = access.actor.personId;
  if (personId === null) return [];
  const rows = await taskRows(db, access)
    .where('plans.state', '=', 'published')
    .where((eb) =>
      eb.or([
        eb('tasks.owner_person_id', '=', personId),
        eb(
          'tasks.id',
          'in',
          eb
            .selectFrom('task_assignees')
            .select('task_assignees.task_id')
            .where('task_assignees.kind', '=', 'owner')
            .where('task_assignees.person_id', '=', personId),
        ),
      ]),
    )
    .execute();
  return rows.sort((a, b) => a.plan_id - b.plan_id || a.no - b.no || a.id - b.id);
}

export async function ownerInbox(options: {
  db: Kysely<Database>;
  access: Access;
  today: string;
}): Promise<OwnerInbox> {
  const { db, access, today } = options;
  const tasks = await ownTasks(db, access);
  if (tasks.length === 0) return none();
  const ids = tasks.map((t) => t.id);
  const open = tasks.filter((t) => t.status === 'open');
  const returnedReports = await db
    .selectFrom('progress_reports')
    .selectAll()
    .where('task_id', 'in', ids)
    .where('state', '=', 'returned')
    .where('month', 'not in', db.selectFrom('month_closes').select('month'))
    .orderBy('month')
    .orderBy('task_id')
    .execute();
  const reported = new Set(
    (
      await db
        .selectFrom('progress_reports')
        .select('task_id')
        .where('task_id', 'in', ids)
        .where('month', '=', today.slice(0, 7))
        .where(reportCounts)
        .execute()
    ).map((r) => r.task_id),
  );
  const dueReports = open.flatMap((t) => {
    const task = { status: t.status, planYear: t.plan_year, start: t.start_date };
    const month = reportDue(task, today, reported.has(t.id));
    return month === null ? [] : [{ taskId: t.id, month }];
  });
  return { tasks, returnedReports, dueReports, dueSoon: await dueSoon(db, open, today) };
}

/** Deadlines and undone milestones of the open tasks within the next 14 days, soonest first. */
async function dueSoon(db: Kysely<Database>, open: TaskRow[], today: string) {
  const lines: DueSoonLine[] = open
    .filter((t) => isDueSoon(t.due_date, today))
    .map((t) => ({ taskId: t.id, kind: 'task', due: t.due_date ?? today, title: t.content }));
  if (open.length > 0) {
    const milestones = await db
      .selectFrom('milestones')
      .select(['task_id', 'title', 'due_date'])
      .where(
        'task_id',
        'in',
        open.map((t) => t.id),
      )
      .where('done_at', 'is', null)
      .where('due_date', '>=', today)
      .where('due_date', '<=', addDays(today, dueSoonDays))
      .execute();
    for (const m of milestones)
      lines.push({ taskId: m.task_id, kind: 'milestone', due: m.due_date, title: m.title });
  }
  const order = new Map(open.map((t, i) => [t.id, i]));
  return lines.sort(
    (a, b) =>
      a.due.localeCompare(b.due) ||
      (order.get(a.taskId) ?? 0) - (order.get(b.taskId) ?? 0) ||
      a.kind.localeCompare(b.kind),
  );
}
