/**
 * Gathers the scoring inputs of a plan's tasks on a given day: lead departments, completion
 * dates, least indicator progress from ledger entries up to that day, the status light, and the
 * months each task owed a progress report and has none (a returned report counts as none).
 */
import type { Kysely } from 'kysely';
import type { Database, Plan } from '../../platform/db/schema.js';
import { indicatorActuals } from '../progress/indicator-actuals.js';
import { taskLights } from '../progress/task-lights.js';
import { assigneeIdsOf } from '../plan/task-assignees.js';
import type { ScoringTask, ScoringUnit } from './assessment-scoring.js';
import { completionDates } from './completion-dates.js';
import { owedReportMonths } from './report-months.js';
import { reportCounts } from '../progress/counted-reports.js';

export interface AssessedTask extends ScoringTask {
  content: string;
}

async function reportedMonths(db: Kysely<Database>, taskIds: number[]): Promise<Set<string>> {
  if (taskIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('progress_reports')
    .select(['task_id', 'month'])
    .where('task_id', 'in', taskIds)
    .where(reportCounts)
    .execute();
  return new Set(rows.map((r) => `${r.task_id}|${r.month}`));
}

async function leastProgress(db: Kysely<Database>, taskIds: number[], asOf: string) {
  const least = new Map<number, number>();
  for (const a of await indicatorActuals({ db, taskIds, asOf })) {
    least.set(a.taskId, Math.min(a.progress, least.get(a.taskId) ?? Infinity));
  }
  return least;
}

export async function loadAssessmentFacts(options: {
  db: Kysely<Database>;
  plan: Pick<Plan, 'id' | 'year'>;
  asOf: string;
}): Promise<AssessedTask[]> {
  const { db, plan, asOf } = options;
  const rows = await db
    .selectFrom('tasks')
    .select(['id', 'no', 'content', 'status', 'start_date', 'due_date'])
    .select(['owner_person_id', 'department_unit_id'])
    .where('plan_id', '=', plan.id)
    .orderBy('no')
    .orderBy('id')
    .execute();
  const ids = rows.map((r) => r.id);
  const assignees = await assigneeIdsOf(db, rows);
  const completed = await completionDates(db, ids);
  const completedOn = (r: { id: number; status: string }) =>
    r.status === 'done' ? (completed.get(r.id) ?? null) : null;
  // A task completed after asOf was still open on that day.
  const doneBy = (r: { id: number; status: string }) =>
    r.status === 'done' && (completedOn(r) ?? asOf) <= asOf;
  const progress = await leastProgress(db, ids, asOf);
  const lights = await taskLights({
    db,
    tasks: rows.map((r) => ({
      ...r,
      status: r.status === 'done' && !doneBy(r) ? 'open' : r.status,
      planYear: plan.year,
    })),
    today: asOf,
  });
  const reported = await reportedMonths(db, ids);
  return rows.map((r) => {
    const doneByAsOf = doneBy(r);
    const owed = owedReportMonths({
      planYear: plan.year,
      start: r.start_date,
      ...(doneByAsOf ? { completedOn: completedOn(r) } : {}),
      asOf,
    });
    return {
      taskId: r.id,
      no: r.no,
      content: r.content,
      unitIds: assignees.get(r.id)?.leadDepartments ?? [],
      status: r.status,
      due: r.due_date,
      completedOn: completedOn(r),
      light: lights.get(r.id)?.light ?? null,
      progress: progress.get(r.id) ?? null,
      missingReports: owed.filter((m) => !reported.has(`${r.id}|${m}`)).length,
    };
  });
}

/** Names and kinds of the units scored. */
export async function loadScoringUnits(
  db: Kysely<Database>,
  unitIds: number[],
): Promise<ScoringUnit[]> {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('units')
    .select(['id', 'name', 'kind'])
    .where('id', 'in', [...new Set(unitIds)])
    .orderBy('id')
    .execute();
}
