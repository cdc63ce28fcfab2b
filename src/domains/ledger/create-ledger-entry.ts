/**
 * Records one piece of evidence (台账) against an indicator. Rows are never edited: a correction
 * voids the wrong entry and enters a new one that may name it in replacesId. A date outside the
 * plan's year is 400; other semantic problems (missing subject where subjects are counted, a
 * replacement that is not a voided entry of the same indicator) are 422 naming the field.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { applyLedgerEntry } from '../../platform/db/totals/apply-entry.js';
import { recordAudit } from '../audit/record-audit.js';
import { assertMonthOpen } from '../plan/assert-month-open.js';
import type { LedgerEntryRow } from './get-ledger-entry.js';
import type { CreateEntryInput } from './ledger.schema.js';
import { entryDateProblem, subjectProblem, type Problem } from './ledger-rules.js';

const unprocessable = (problem: Problem) =>
  new AppError(
    'unprocessable',
    `台账记录不符合要求 / the entry cannot be recorded: ${problem.field} ${problem.message}`,
    [{ field: `body.${problem.field}`, message: problem.message }],
  );

export async function createLedgerEntry(options: {
  db: Kysely<Database>;
  actor: Actor;
  /** The indicator and its plan, as the route read them to authorise the write. */
  indicator: { id: number; taskId: number; aggregation: string; planId: number; planYear: number };
  input: CreateEntryInput;
  now: Date;
}): Promise<LedgerEntryRow> {
  const { db, actor, indicator, input } = options;
  const indicatorId = indicator.id;
  // A date outside the plan's year is refused as a bad request (400), like a date that does not exist.
  const outside = entryDateProblem(input.entryDate, indicator.planYear);
  if (outside)
    throw new AppError('bad_request', outside.message, [
      { field: 'body.entryDate', message: outside.message },
    ]);
  const problem = subjectProblem(indicator.aggregation, input.subject);
  if (problem) throw unprocessable(problem);
  return db.transaction().execute(async (trx) => {
    await assertMonthOpen(trx, input.entryDate);
    if (input.replacesId !== undefined) {
      const replaced = await trx
        .selectFrom('ledger_entries')
        .select(['indicator_id', 'voided_at'])
        .where('id', '=', input.replacesId)
        .executeTakeFirst();
      if (!replaced || replaced.indicator_id !== indicatorId)
        throw unprocessable({ field: 'replacesId', message: 'not an entry of this indicator' });
      if (replaced.voided_at === null)
        throw unprocessable({
          field: 'replacesId',
          message: 'void the entry being replaced first',
        });
    }
    const row = await trx
      .insertInto('ledger_entries')
      .values({
        indicator_id: indicatorId,
        entry_date: input.entryDate,
        quantity: input.quantity,
        subject: input.subject ?? null,
        attributes: JSON.stringify(input.attributes ?? {}),
        entered_by: actor.userId,
        replaces_id: input.replacesId ?? null,
        created_at: options.now.toISOString(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actor,
      planId: indicator.planId,
      entity: 'ledger_entry',
      entityId: row.id,
      action: 'create',
      after: row,
    });
    await applyLedgerEntry(trx, {
      indicatorId,
      taskId: indicator.taskId,
      quantity: row.quantity,
      subject: row.subject,
      entryDate: row.entry_date,
      sign: 1,
    });
    return row;
  });
}
