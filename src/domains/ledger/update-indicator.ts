/**
 * Edits a target under optimistic locking. The target rules are checked against the indicator as
 * it would be after the change (422), since a patch may touch only one of comparator, value, min, max.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { AppError, notFound } from '../../platform/errors.js';
import { staleVersion, type ExpectedVersion } from '../../platform/versioning.js';
import { rebuildTotals } from '../../platform/db/totals/rebuild-totals.js';
import { recordAudit } from '../audit/record-audit.js';
import { indicatorColumns } from './create-indicator.js';
import type { UpdateIndicatorInput } from './ledger.schema.js';
import { targetProblem } from './ledger-rules.js';

export async function updateIndicator(options: {
  db: Kysely<Database>;
  actor: Actor;
  id: number;
  expected: ExpectedVersion;
  input: UpdateIndicatorInput;
}): Promise<void> {
  const { id, expected } = options;
  const changes = indicatorColumns(options.input);
  await options.db.transaction().execute(async (trx) => {
    const found = await trx
      .selectFrom('indicators')
      .selectAll()
      // The task's plan, for the audit chain; kept out of the row the trail records.
      .select((eb) =>
        eb
          .selectFrom('tasks')
          .select('plan_id')
          .whereRef('tasks.id', '=', 'indicators.task_id')
          .as('plan_id'),
      )
      .where('id', '=', id)
      .executeTakeFirst();
    if (!found) throw notFound({ zh: '指标', en: 'indicator' }, id);
    const { plan_id: planId, ...before } = found;
    if (before.version !== expected.version) throw staleVersion(expected, before.version);
    const merged = { ...before, ...changes };
    const problem = targetProblem({
      comparator: merged.comparator,
      value: merged.value,
      min: merged.min_value,
      max: merged.max_value,
      aggregation: merged.aggregation,
      perPersonThreshold: merged.per_person_threshold,
    });
    if (problem) {
      throw new AppError(
        'unprocessable',
        `指标目标不完整或自相矛盾 / the target is incomplete or contradictory: ${problem.field} ${problem.message}`,
        [{ field: `body.${problem.field}`, message: problem.message }],
      );
    }
    const after = await updateVersioned(trx, 'indicators', { id, expected, set: changes });
    await recordAudit(trx, {
      actor: options.actor,
      planId: planId,
      entity: 'indicator',
      entityId: id,
      action: 'update',
      before,
      after,
    });
    // A new target, aggregation or minimum changes the totals' meaning: recount the task.
    await rebuildTotals(trx, { taskIds: [after.task_id] });
  });
}
