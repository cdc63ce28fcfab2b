/**
 * The supervising leader's decision on an extension request: approve (the task's due date moves to
 * the requested one and the task's version goes up, in the same transaction) or reject with a
 * comment. Only a pending request can be decided, under optimistic locking like every change. The
 * approved request keeps the task's original due date. One audit event carries both changes. Nobody
 * decides their own request unless nobody else may; such a decision is marked self_review.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { AppError, notFound } from '../../platform/errors.js';
import { staleVersion, type ExpectedVersion } from '../../platform/versioning.js';
import { recordAudit } from '../audit/record-audit.js';
import { checkReviewIndependence } from '../task/review-independence.js';
import { originalDue } from './extension-rules.js';
import { firstApprovedOriginal, type ExtensionRow } from './get-extension.js';

const outcome = { approve: 'approved', reject: 'rejected' } as const;

const notPending: Record<string, string> = {
  approved: '延期申请已批准 / the extension was already approved',
  rejected: '延期申请已驳回 / the extension was already rejected',
};

const dueMoved = () =>
  new AppError(
    'conflict',
    '任务完成时间已在申请后变更，请重新申请 / the task’s due date changed since the request; ask again',
    [{ field: 'task.dueDate', message: 'changed since the request' }],
  );

/** Moves the task's due date; returns what the audit event records about the task. */
async function extendTask(trx: Kysely<Database>, request: ExtensionRow, now: Date) {
  const task = await trx
    .selectFrom('tasks')
    .select(['due_date', 'version'])
    .where('id', '=', request.task_id)
    .executeTakeFirst();
  if (!task || task.due_date !== request.current_due) throw dueMoved();
  const original = originalDue(
    await firstApprovedOriginal(trx, request.task_id),
    request.current_due,
  );
  const moved = await updateVersioned(trx, 'tasks', {
    id: request.task_id,
    version: task.version,
    // The task was edited between our read and write.
    onStale: dueMoved,
    set: { due_date: request.requested_due, updated_at: now.toISOString() },
  });
  return { original, before: task, after: { due_date: moved.due_date, version: moved.version } };
}

export async function decideExtension(options: {
  db: Kysely<Database>;
  actor: Actor;
  id: number;
  action: keyof typeof outcome;
  comment: string | null;
  expected: ExpectedVersion;
  now: Date;
}): Promise<ExtensionRow> {
  const { id, expected, now } = options;
  return options.db.transaction().execute(async (trx) => {
    const found = await trx
      .selectFrom('extension_requests')
      .selectAll()
      // The task's plan, for the audit chain; kept out of the row the trail records.
      .select((eb) =>
        eb
          .selectFrom('tasks')
          .select('plan_id')
          .whereRef('tasks.id', '=', 'extension_requests.task_id')
          .as('plan_id'),
      )
      .where('id', '=', id)
      .executeTakeFirst();
    if (!found) throw notFound({ zh: '延期申请', en: 'extension request' }, id);
    const { plan_id: planId, ...before } = found;
    if (before.version !== expected.version) throw staleVersion(expected, before.version);
    if (before.state !== 'pending')
      throw new AppError(
        'conflict',
        notPending[before.state] ??
          `只有待审批的申请可以审批 / only a pending request can be decided`,
      );
    const selfReview = await checkReviewIndependence(trx, options.actor, {
      taskId: before.task_id,
      authorId: before.requested_by,
      what: { zh: '延期申请', en: 'extension request' },
    });
    const task = options.action === 'approve' ? await extendTask(trx, before, now) : null;
    const after = await updateVersioned(trx, 'extension_requests', {
      id,
      expected,
      set: {
        state: outcome[options.action],
        decided_by: options.actor.userId,
        decided_at: now.toISOString(),
        decision_comment: options.comment,
        self_review: selfReview ? 1 : 0,
        original_due: task?.original ?? before.original_due,
      },
    });
    await recordAudit(trx, {
      actor: options.actor,
      planId: planId,
      entity: 'extension_request',
      entityId: id,
      action: options.action,
      before: task ? { ...before, task: task.before } : before,
      after: task ? { ...after, task: task.after } : after,
    });
    return after;
  });
}
