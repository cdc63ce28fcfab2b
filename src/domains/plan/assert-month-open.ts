/**
 * The month-close guard other domains call inside their write transaction: a ledger entry dated in
 * a closed month cannot be created or voided, and a closed month's progress report cannot be
 * submitted, accepted or returned. Corrections are entered in an open month instead.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { prepared } from '../../platform/db/prepared.js';
import { AppError } from '../../platform/errors.js';
import { monthOf } from './month-rules.js';

const closeOf = prepared((db, p: { month: string }) =>
  db.selectFrom('month_closes').select('id').where('month', '=', p.month),
);

export async function isMonthClosed(db: Kysely<Database>, dateOrMonth: string): Promise<boolean> {
  const [row] = await closeOf(db, { month: monthOf(dateOrMonth) });
  return row !== undefined;
}

/** Throws conflict (409) when the date ('YYYY-MM-DD') or month ('YYYY-MM') is in a closed month. */
export async function assertMonthOpen(db: Kysely<Database>, dateOrMonth: string): Promise<void> {
  if (await isMonthClosed(db, dateOrMonth)) {
    const month = monthOf(dateOrMonth);
    throw new AppError('conflict', '该月已结账，记录只读 / month closed: records are read-only', [
      { field: 'month', message: `${month} is closed` },
    ]);
  }
}
