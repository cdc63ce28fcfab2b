/**
 * Adds a target to a task (administrators: targets are what the plan promised). The body has
 * already passed the target rules; the row and its audit event are written together.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database, IndicatorTable } from '../../platform/db/schema.js';
import { rebuildTotals } from '../../platform/db/totals/rebuild-totals.js';
import { recordAudit } from '../audit/record-audit.js';
import type { CreateIndicatorInput, UpdateIndicatorInput } from './ledger.schema.js';

type IndicatorColumns = Partial<Omit<IndicatorTable, 'id' | 'task_id' | 'optional' | 'version'>>;

/** Body fields to columns; fields left out of the body are left out here. */
export function indicatorColumns(
  input: CreateIndicatorInput | UpdateIndicatorInput,
): IndicatorColumns {
  const columns: IndicatorColumns = {};
  if (input.comparator !== undefined) columns.comparator = input.comparator;
  if (input.value !== undefined) columns.value = input.value;
  if (input.min !== undefined) columns.min_value = input.min;
  if (input.max !== undefined) columns.max_value = input.max;
  if (input.unit !== undefined) columns.unit = input.unit;
  if (input.subject !== undefined) columns.subject = input.subject;
  if (input.aggregation !== undefined) columns.aggregation = input.aggregation;
  if (input.perPersonThreshold !== undefined)
    columns.per_person_threshold = input.perPersonThreshold;
  if (input.sourceText !== undefined) columns.source_text = input.sourceText;
  return columns;
}

export async function createIndicator(options: {
  db: Kysely<Database>;
  actor: Actor;
  taskId: number;
  input: CreateIndicatorInput;
}): Promise<number> {
  const { actor, taskId, input } = options;
  return options.db.transaction().execute(async (trx) => {
    const values = {
      ...indicatorColumns(input),
      comparator: input.comparator,
      unit: input.unit,
      subject: input.subject,
      aggregation: input.aggregation,
    };
    const { plan_id: planId, ...row } = await trx
      .insertInto('indicators')
      .values({ ...values, task_id: taskId })
      .returningAll()
      // The task's plan, for the audit chain; kept out of the row the trail records.
      .returning((eb) =>
        eb
          .selectFrom('tasks')
          .select('plan_id')
          .whereRef('tasks.id', '=', 'indicators.task_id')
          .as('plan_id'),
      )
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actor,
      planId: planId,
      entity: 'indicator',
      entityId: row.id,
      action: 'create',
      after: row,
    });
    await rebuildTotals(trx, { taskIds: [taskId] });
    return row.id;
  });
}
