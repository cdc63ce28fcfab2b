/**
 * Voids a ledger entry with a reason: the row stays (the ledger is evidence) but no longer counts
 * toward the indicator. Voiding is final; a second void is a conflict.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError, notFound } from '../../platform/errors.js';
import { applyLedgerEntry } from '../../platform/db/totals/apply-entry.js';
import { recordAudit } from '../audit/record-audit.js';
import { assertMonthOpen } from '../plan/assert-month-open.js';
import type { LedgerEntryRow } from './get-ledger-entry.js';

export async function voidLedgerEntry(options: {
  db: Kysely<Database>;
  actor: Actor;
  id: number;
  reason: string;
  now: Date;
}): Promise<LedgerEntryRow> {
  const { id } = options;
  const alreadyVoided = () =>
    new AppError('conflict', `台账记录 ${id} 已作废 / ledger entry ${id} is already voided`);
  return options.db.transaction().execute(async (trx) => {
    const found = await trx
      .selectFrom('ledger_entries')
      .selectAll()
      // The entry's task and plan, for the totals and the audit chain; kept out of the row the
      // trail records.
      .select((eb) => [
        eb
          .selectFrom('indicators')
          .innerJoin('tasks', 'tasks.id', 'indicators.task_id')
          .select('tasks.plan_id')
          .whereRef('indicators.id', '=', 'ledger_entries.indicator_id')
          .as('plan_id'),
        eb
          .selectFrom('indicators')
          .select('indicators.task_id')
          .whereRef('indicators.id', '=', 'ledger_entries.indicator_id')
          .as('task_id'),
      ])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!found) throw notFound({ zh: '台账记录', en: 'ledger entry' }, id);
    const { plan_id: planId, task_id: taskId, ...before } = found;
    await assertMonthOpen(trx, before.entry_date);
    if (before.voided_at !== null) throw alreadyVoided();
    const after = await trx
      .updateTable('ledger_entries')
      .set({ voided_at: options.now.toISOString(), void_reason: options.reason })
      .where('id', '=', id)
      .where('voided_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    // Someone else voided it between our read and write.
    if (!after) throw alreadyVoided();
    await recordAudit(trx, {
      actor: options.actor,
      planId: planId,
      entity: 'ledger_entry',
      entityId: id,
      action: 'void',
      before,
      after,
    });
    await applyLedgerEntry(trx, {
      indicatorId: after.indicator_id,
      taskId: taskId ?? 0,
      quantity: after.quantity,
      subject: after.subject,
      entryDate: after.entry_date,
      sign: -1,
    });
    return after;
  });
}
