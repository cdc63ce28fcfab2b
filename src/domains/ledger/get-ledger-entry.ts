/** One ledger entry by id with the task its indicator measures, or not_found. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, LedgerEntryTable } from '../../platform/db/schema.js';
import { foundById } from '../../platform/errors.js';

export type LedgerEntryRow = Selectable<LedgerEntryTable>;

export async function getLedgerEntry(options: {
  db: Kysely<Database>;
  id: number;
}): Promise<LedgerEntryRow & { task_id: number }> {
  const row = await options.db
    .selectFrom('ledger_entries')
    .innerJoin('indicators', 'indicators.id', 'ledger_entries.indicator_id')
    .selectAll('ledger_entries')
    .select('indicators.task_id')
    .where('ledger_entries.id', '=', options.id)
    .executeTakeFirst();
  return foundById(row, { zh: '台账记录', en: 'ledger entry' }, options.id);
}
