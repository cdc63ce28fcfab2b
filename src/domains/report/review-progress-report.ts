/**
 * The supervising leader's review of a submitted report: accept it, or return it with a comment
 * for the owner to resubmit. Only a 'submitted' report can be reviewed; the write names the version
 * read (If-Match or body) like every change. Nobody reviews their own report unless nobody else
 * may; such a review is marked self_review.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { AppError, notFound } from '../../platform/errors.js';
import { staleVersion, type ExpectedVersion } from '../../platform/versioning.js';
import { recordAudit } from '../audit/record-audit.js';
import { assertMonthOpen } from '../plan/assert-month-open.js';
import { checkReviewIndependence } from '../task/review-independence.js';
import type { ProgressReportRow } from './get-progress-report.js';

const outcome = { accept: 'accepted', return: 'returned' } as const;

const notReviewable: Record<string, string> = {
  accepted: '报告已审核通过 / the report was already accepted',
  returned: '报告已被退回 / the report was returned',
};

export async function reviewProgressReport(options: {
  db: Kysely<Database>;
  actor: Actor;
  id: number;
  action: keyof typeof outcome;
  comment: string | null;
  expected: ExpectedVersion;
  now: Date;
}): Promise<ProgressReportRow> {
  const { id, expected } = options;
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
    if (before.state !== 'submitted') {
      throw new AppError(
        'conflict',
        notReviewable[before.state] ??
          `只有待审核的报告可以审核 / only a submitted report can be reviewed; this one is ${before.state}`,
      );
    }
    const selfReview = await checkReviewIndependence(trx, options.actor, {
      taskId: before.task_id,
      authorId: before.submitted_by,
      what: { zh: '进展报告', en: 'progress report' },
    });
    const after = await updateVersioned(trx, 'progress_reports', {
      id,
      expected,
      set: {
        state: outcome[options.action],
        self_review: selfReview ? 1 : 0,
        reviewed_by: options.actor.userId,
        reviewed_at: options.now.toISOString(),
        review_comment: options.comment,
      },
    });
    await recordAudit(trx, {
      actor: options.actor,
      planId: planId,
      entity: 'progress_report',
      entityId: id,
      action: options.action,
      before,
      after,
    });
    return after;
  });
}
