/** The closed months, newest first: clients grey out records that can no longer change. */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { MonthCloseRow } from './close-month.js';

export async function findClosedMonths(options: {
  db: Kysely<Database>;
}): Promise<MonthCloseRow[]> {
  return options.db.selectFrom('month_closes').selectAll().orderBy('month', 'desc').execute();
}
