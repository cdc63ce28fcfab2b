/**
 * Submits a task's progress report (进展情况) for a month: one per task per month. A report the
 * supervising leader returned is resubmitted in place (back to 'submitted', version + 1, the old
 * review cleared; the audit trail keeps it); any other existing report is a conflict.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { AppError, notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { assertMonthOpen } from '../plan/assert-month-open.js';
import type { ProgressReportRow } from './get-progress-report.js';
import { reportMonthProblem } from './report-month.js';
import type { SubmitReportInput } from './report.schema.js';

const alreadySubmitted = (month: string, state: string) =>
  new AppError(
    'conflict',
    `${month} 的进展情况已报送（${state}）/ the report for ${month} already exists (${state})`,
    [{ field: 'body.month', message: state }],
  );

export async function submitProgressReport(options: {
  db: Kysely<Database>;
  actor: Actor;
  taskId: number;
  input: SubmitReportInput;
  currentMonth: string;
  now: Date;
}): Promise<{ report: ProgressReportRow; created: boolean }> {
  const { db, actor, taskId, input } = options;
  const plan = await db
    .selectFrom('tasks')
    .innerJoin('plans', 'plans.id', 'tasks.plan_id')
    .select(['plans.id', 'plans.year'])
    .where('tasks.id', '=', taskId)
    .executeTakeFirst();
  if (!plan) throw notFound({ zh: '任务', en: 'task' }, taskId);
  const problem = reportMonthProblem(input.month, options.currentMonth, plan.year);
  if (problem)
    throw new AppError(problem.code, problem.message, [
      { field: 'body.month', message: problem.message },
    ]);
  const content = {
    done: input.done,
    problems: input.problems ?? '',
    next_steps: input.nextSteps ?? '',
    state: 'submitted',
    submitted_by: actor.userId,
    submitted_at: options.now.toISOString(),
  };
  return db.transaction().execute(async (trx) => {
    await assertMonthOpen(trx, input.month);
    const before = await trx
      .selectFrom('progress_reports')
      .selectAll()
      .where('task_id', '=', taskId)
      .where('month', '=', input.month)
      .executeTakeFirst();
    if (before && before.state !== 'returned') throw alreadySubmitted(input.month, before.state);
    if (before) {
      const after = await updateVersioned(trx, 'progress_reports', {
        id: before.id,
        version: before.version,
        // Resubmitted by someone else between our read and write.
        onStale: () => alreadySubmitted(input.month, 'submitted'),
        set: {
          ...content,
          reviewed_by: null,
          reviewed_at: null,
          review_comment: null,
          self_review: 0,
        },
      });
      await recordAudit(trx, {
        actor,
        planId: plan.id,
        entity: 'progress_report',
        entityId: before.id,
        action: 'resubmit',
        before,
        after,
      });
      return { report: after, created: false };
    }
    const row = await trx
      .insertInto('progress_reports')
      .values({ ...content, task_id: taskId, month: input.month })
      .onConflict((oc) => oc.columns(['task_id', 'month']).doNothing())
      .returningAll()
      .executeTakeFirst();
    // Two first submissions raced; the other one won.
    if (!row) throw alreadySubmitted(input.month, 'submitted');
    await recordAudit(trx, {
      actor,
      planId: plan.id,
      entity: 'progress_report',
      entityId: row.id,
      action: 'submit',
      after: row,
    });
    return { report: row, created: true };
  });
}
