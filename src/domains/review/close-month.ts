/**
 * Closes a month (月结): from then on its ledger entries and progress reports are read-only (see
 * assert-month-open.ts). Closing is final and happens once; a second close is a conflict.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import type { MonthCloseTable } from '../../platform/db/tables/reviews.js';
import { AppError } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { closeMonthProblem } from '../plan/month-rules.js';

export type MonthCloseRow = Selectable<MonthCloseTable>;

const alreadyClosed = (month: string) =>
  new AppError('conflict', `${month} 已结账 / ${month} is already closed`, [
    { field: 'params.month', message: 'already closed' },
  ]);

export async function closeMonth(options: {
  db: Kysely<Database>;
  actor: Actor;
  month: string;
  currentMonth: string;
  now: Date;
}): Promise<MonthCloseRow> {
  const { actor, month } = options;
  const problem = closeMonthProblem(month, options.currentMonth);
  if (problem)
    throw new AppError(
      'unprocessable',
      `不能结账未到的月份 / the month ${month} ${problem.message}`,
      [{ field: 'params.month', message: problem.message }],
    );
  return options.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('month_closes')
      .values({ month, closed_by: actor.userId, closed_at: options.now.toISOString() })
      .onConflict((oc) => oc.column('month').doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!row) throw alreadyClosed(month);
    await recordAudit(trx, {
      actor,
      planId: null,
      entity: 'month_close',
      entityId: row.id,
      action: 'close',
      after: row,
    });
    return row;
  });
}
