/**
 * An administrator's (the office's) inbox (待办) lines: last month's missing progress reports by
 * responsible unit, in the plans they administer (a task without a department under its plan's
 * issuing unit); the ended months of their plans' years not yet closed (月结, for administrators who may
 * close); and last month's bulletin (通报) when a plan of theirs has not issued (签发) one: a draft
 * does not count. A closed month owes nothing any more: its records can no longer change.
 */
import type { Kysely } from 'kysely';
import type { Access } from '../../platform/auth/access.js';
import type { Database } from '../../platform/db/schema.js';
import { administer } from '../plan/plan.policy.js';
import { reportCounts } from '../progress/counted-reports.js';
import { monthPolicy } from '../review/review.policy.js';
import { taskRows, type TaskRow } from '../task/task-rows.js';
import { monthsToClose, owesReport, previousMonth } from './inbox-rules.js';

export interface MissingReports {
  unit: { id: number; name: string } | null;
  tasks: TaskRow[];
}

export interface OfficeInbox {
  missingReports: MissingReports[];
  monthsToClose: string[];
  bulletinToIssue: { planId: number; month: string } | null;
}

export async function officeInbox(options: {
  db: Kysely<Database>;
  access: Access;
  today: string;
}): Promise<OfficeInbox> {
  const { db, access, today } = options;
  if (access.actor.role !== 'admin')
    return { missingReports: [], monthsToClose: [], bulletinToIssue: null };
  const closed = new Set(
    (await db.selectFrom('month_closes').select('month').execute()).map((r) => r.month),
  );
  const month = previousMonth(today);
  const tasks = (
    await taskRows(db, access)
      .where('plans.state', '=', 'published')
      .where('plans.year', '=', Number(month.slice(0, 4)))
      .execute()
  )
    .filter((t) => administer(access, { issuing_unit_id: t.issuing_unit_id, state: t.plan_state }))
    .sort((a, b) => a.plan_id - b.plan_id || a.no - b.no || a.id - b.id);
  return {
    missingReports: closed.has(month) ? [] : await missingReports(db, tasks, month),
    monthsToClose: monthPolicy.close(access)
      ? monthsToClose(today, closed, await publishedPlanYears(db, access))
      : [],
    bulletinToIssue: await bulletinToIssue(db, tasks, month),
  };
}

/** The years of the published plans the actor administers. */
async function publishedPlanYears(db: Kysely<Database>, access: Access): Promise<number[]> {
  const plans = await db
    .selectFrom('plans')
    .select(['year', 'issuing_unit_id', 'state'])
    .where('state', '=', 'published')
    .execute();
  return plans.filter((p) => administer(access, p)).map((p) => p.year);
}

/** The tasks owing a report for the month that has none that counts, grouped by unit. */
async function missingReports(
  db: Kysely<Database>,
  tasks: TaskRow[],
  month: string,
): Promise<MissingReports[]> {
  const owing = tasks.filter((t) =>
    owesReport({ status: t.status, planYear: t.plan_year, start: t.start_date }, month),
  );
  if (owing.length === 0) return [];
  const reported = new Set(
    (
      await db
        .selectFrom('progress_reports')
        .select('task_id')
        .where(
          'task_id',
          'in',
          owing.map((t) => t.id),
        )
        .where('month', '=', month)
        .where(reportCounts)
        .execute()
    ).map((r) => r.task_id),
  );
  const missing = owing.filter((t) => !reported.has(t.id));
  const unitOf = (t: TaskRow) => t.department_unit_id ?? t.issuing_unit_id;
  const unitIds = [...new Set(missing.map(unitOf).filter((id): id is number => id !== null))];
  const names =
    unitIds.length === 0
      ? new Map<number, string>()
      : new Map(
          (
            await db.selectFrom('units').select(['id', 'name']).where('id', 'in', unitIds).execute()
          ).map((u) => [u.id, u.name]),
        );
  const groups = new Map<number | null, MissingReports>();
  for (const task of missing) {
    const id = unitOf(task);
    const name = id === null ? undefined : names.get(id);
    const group = groups.get(id) ?? {
      unit: id === null || name === undefined ? null : { id, name },
      tasks: [],
    };
    group.tasks.push(task);
    groups.set(id, group);
  }
  return [...groups.values()];
}

/** The first plan (by id) with tasks for the month's year and no issued bulletin of the month. */
async function bulletinToIssue(db: Kysely<Database>, tasks: TaskRow[], month: string) {
  const planIds = [...new Set(tasks.map((t) => t.plan_id))].sort((a, b) => a - b);
  if (planIds.length === 0) return null;
  const issued = new Set(
    (
      await db
        .selectFrom('bulletins')
        .select('plan_id')
        .where('plan_id', 'in', planIds)
        .where('month', '=', month)
        .where('kind', '=', 'key_work')
        .where('state', '=', 'issued')
        .execute()
    ).map((b) => b.plan_id),
  );
  const planId = planIds.find((id) => !issued.has(id));
  return planId === undefined ? null : { planId, month };
}
