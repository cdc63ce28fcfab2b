/**
 * A returned progress report edited and sent again (修改后重新报送): only a report in state
 * `returned`, at the version the owner read (If-Match or body), in an open month. It goes back to
 * `submitted` with the new text and submitter; the old review is cleared from the row (the audit
 * trail keeps it). Fields left out keep their text.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { AppError, notFound } from '../../platform/errors.js';
import { staleVersion, type ExpectedVersion } from '../../platform/versioning.js';
import { recordAudit } from '../audit/record-audit.js';
import { assertMonthOpen } from '../plan/assert-month-open.js';
import type { ProgressReportRow } from './get-progress-report.js';
import type { ResubmitReportInput } from './report.schema.js';

const notReturned: Record<string, string> = {
  submitted: '报告已报送，待审核，不能修改 / the report is submitted and waits for review',
  accepted: '报告已审核通过，不能修改 / the report was accepted',
};

export async function resubmitProgressReport(options: {
  db: Kysely<Database>;
  actor: Actor;
  id: number;
  input: ResubmitReportInput;
  expected: ExpectedVersion;
  now: Date;
}): Promise<ProgressReportRow> {
  const { actor, id, input, expected } = options;
  return options.db.transaction().execute(async (trx) => {
    const found = await trx
      .selectFrom('progress_reports')
      .selectAll()
      // The task's plan, for the audit chain; kept out of the row the trail records.
      .select((eb) =>
        eb
          .selectFrom('tasks')
          .select('plan_id')
          .whereRef('tasks.id', '=', 'progress_reports.task_id')
          .as('plan_id'),
      )
      .where('id', '=', id)
      .executeTakeFirst();
    if (!found) throw notFound({ zh: '进展情况', en: 'progress report' }, id);
    const { plan_id: planId, ...before } = found;
    await assertMonthOpen(trx, before.month);
    if (before.version !== expected.version) throw staleVersion(expected, before.version);
    if (before.state !== 'returned')
      throw new AppError(
        'conflict',
        notReturned[before.state] ??
          '只有被退回的报告可以修改 / only a returned report can be edited',
      );
    const after = await updateVersioned(trx, 'progress_reports', {
      id,
      expected,
      set: {
        done: input.done,
        problems: input.problems ?? before.problems,
        next_steps: input.nextSteps ?? before.next_steps,
        state: 'submitted',
        submitted_by: actor.userId,
        submitted_at: options.now.toISOString(),
        reviewed_by: null,
        reviewed_at: null,
        review_comment: null,
        self_review: 0,
      },
    });
    await recordAudit(trx, {
      actor,
      planId: planId,
      entity: 'progress_report',
      entityId: id,
      action: 'resubmit',
      before,
      after,
    });
    return after;
  });
}
