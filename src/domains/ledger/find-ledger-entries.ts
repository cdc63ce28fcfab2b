/**
 * An indicator's ledger (台账), newest entry date first. Voided entries stay in the store as the
 * record of what was corrected; they are listed only when asked for.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { Page } from '../../platform/http/paging.js';
import type { LedgerEntryRow } from './get-ledger-entry.js';

export async function findLedgerEntries(options: {
  db: Kysely<Database>;
  indicatorId: number;
  includeVoided: boolean;
  limit: number;
  offset: number;
}): Promise<Page<LedgerEntryRow>> {
  let entries = options.db
    .selectFrom('ledger_entries')
    .where('indicator_id', '=', options.indicatorId);
  if (!options.includeVoided) entries = entries.where('voided_at', 'is', null);
  const counted = await entries
    .select((eb) => eb.fn.countAll<number | string>().as('total'))
    .executeTakeFirst();
  const items = await entries
    .selectAll()
    .orderBy('entry_date', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  return { items, total: Number(counted?.total ?? 0) };
}
