/**
 * The supervising leader's decision on a completion request (办结申请): confirm it (the task is
 * marked done in the same transaction, 已完成) with an optional comment, or return it with one.
 * Only a pending request can be decided, under optimistic locking like every change, and every
 * decision is audited. Nobody decides their own request unless nobody else may; such a decision
 * is marked self_review.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { AppError, notFound } from '../../platform/errors.js';
import { staleVersion, type ExpectedVersion } from '../../platform/versioning.js';
import { recordAudit } from '../audit/record-audit.js';
import { checkReviewIndependence } from '../task/review-independence.js';
import { completeTask } from './complete-task.js';
import {
  completionName,
  getCompletionRequest,
  type CompletionRow,
} from './get-completion-request.js';

const outcome = { confirm: 'confirmed', return: 'returned' } as const;

const notPending: Record<string, string> = {
  confirmed: '办结申请已确认 / the completion request was already confirmed',
  returned: '办结申请已退回 / the completion request was already returned',
};

async function pendingRequest(trx: Kysely<Database>, id: number, expected: ExpectedVersion) {
  const found = await trx
    .selectFrom('completion_requests')
    .selectAll()
    // The task's plan, for the audit chain; kept out of the row the trail records.
    .select((eb) =>
      eb
        .selectFrom('tasks')
        .select('plan_id')
        .whereRef('tasks.id', '=', 'completion_requests.task_id')
        .as('plan_id'),
    )
    .where('id', '=', id)
    .executeTakeFirst();
  if (!found) throw notFound(completionName, id);
  const { plan_id: planId, ...before } = found;
  if (before.version !== expected.version) throw staleVersion(expected, before.version);
  if (before.state !== 'pending')
    throw new AppError(
      'conflict',
      notPending[before.state] ??
        '只有待审批的申请可以审批 / only a pending request can be decided',
    );
  return { planId, before };
}

export async function decideCompletion(options: {
  db: Kysely<Database>;
  actor: Actor;
  id: number;
  action: keyof typeof outcome;
  comment: string | null;
  expected: ExpectedVersion;
  now: Date;
}): Promise<CompletionRow> {
  const { actor, id, expected, now } = options;
  return options.db.transaction().execute(async (trx) => {
    const { planId, before } = await pendingRequest(trx, id, expected);
    const selfReview = await checkReviewIndependence(trx, actor, {
      taskId: before.task_id,
      authorId: before.requested_by,
      what: { zh: '办结申请', en: 'completion request' },
    });
    if (options.action === 'confirm')
      await completeTask(trx, { actor, taskId: before.task_id, now });
    const after = await updateVersioned(trx, 'completion_requests', {
      id,
      expected,
      set: {
        state: outcome[options.action],
        decided_by: actor.userId,
        decided_at: now.toISOString(),
        comment: options.comment,
        self_review: selfReview ? 1 : 0,
      },
    });
    await recordAudit(trx, {
      actor,
      planId: planId,
      entity: 'completion_request',
      entityId: id,
      action: options.action,
      before,
      after,
    });
    return getCompletionRequest({ db: trx, id });
  });
}
