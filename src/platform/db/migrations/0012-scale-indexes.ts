/**
 * Indexes for province-sized data (thousands of plans, a million ledger entries), found with
 * bench/scale.ts: child plans by parent (roll-up, children, recipients), plans by issuing unit
 * (task lists of a unit, unit scopes), and ledger totals per indicator read from the index alone
 * (indicator actuals behind every status light) instead of a table row per entry.
 */
import type { Kysely } from 'kysely';

export function scaleIndexesMigration() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const index = (name: string, on: string, columns: string[]) =>
        db.schema.createIndex(name).on(on).columns(columns).execute();
      await index('plans_parent', 'plans', ['parent_plan_id']);
      await index('plans_issuing_unit', 'plans', ['issuing_unit_id']);
      await index('ledger_indicator_totals', 'ledger_entries', [
        'indicator_id',
        'voided_at',
        'quantity',
        'subject',
      ]);
    },
  };
}
