/**
 * Ledger totals as of a day from the index alone. Status lights count only evidence dated up to
 * their day, so the totals query filters on entry_date; the covering index of 0012 lacked it and
 * every entry's row was read again (EXPLAIN ANALYZE on a province, 1,193 indicators: a bitmap
 * heap scan and a sort of 28,000 rows, 24 ms; with entry_date in the index an index-only scan in
 * indicator order, 11 ms; SQLite 30 ms → 19 ms for a city roll-up).
 */
import type { Kysely } from 'kysely';

export function ledgerTotalsByDateMigration() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('ledger_indicator_totals').execute();
      await db.schema
        .createIndex('ledger_indicator_totals')
        .on('ledger_entries')
        .columns(['indicator_id', 'voided_at', 'entry_date', 'quantity', 'subject'])
        .execute();
    },
  };
}
