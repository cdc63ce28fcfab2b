/**
 * The actual value of indicators and progress toward their targets: from the stored totals
 * (db/totals/), kept with every ledger write; for an indicator with evidence dated after the day
 * asked for, counted from the ledger as of that day.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { ledgerTotals } from '../../platform/db/totals/ledger-totals.js';
import { actualOf, progressOf } from '../../platform/db/totals/progress-rule.js';

export interface IndicatorActual {
  indicatorId: number;
  taskId: number;
  actual: number;
  /** 0..1 toward the target. */
  progress: number;
}

export async function indicatorActuals(options: {
  db: Kysely<Database>;
  taskIds: number[];
  asOf?: string;
}): Promise<IndicatorActual[]> {
  const { db, taskIds, asOf } = options;
  if (taskIds.length === 0) return [];
  const rows = await db
    .selectFrom('indicators')
    .leftJoin('indicator_totals as t', 't.indicator_id', 'indicators.id')
    .select([
      'indicators.id',
      'indicators.task_id',
      'indicators.aggregation',
      'indicators.comparator',
      'indicators.value',
      'indicators.min_value',
      'indicators.max_value',
      'indicators.per_person_threshold',
      't.entries',
      't.total',
      't.subjects',
      't.people_met',
      't.progress',
      't.latest_entry_date',
    ])
    .where('indicators.task_id', 'in', taskIds)
    .orderBy('indicators.id')
    .execute();
  // Stored totals hold as of any day on or after the latest entry; earlier days count the ledger.
  const stale = rows.filter(
    (r) =>
      r.entries === null ||
      (asOf !== undefined && r.latest_entry_date !== null && r.latest_entry_date > asOf),
  );
  const counted = (await ledgerTotals({ db, indicators: stale, asOf })).totals;
  return rows.map((row) => {
    const recount = counted.get(row.id);
    if (recount) {
      const actual = actualOf(row, recount.raw);
      return {
        indicatorId: row.id,
        taskId: row.task_id,
        actual,
        progress: progressOf(row, recount.raw),
      };
    }
    const raw = {
      entries: Number(row.entries),
      total: Number(row.total),
      subjects: Number(row.subjects),
      peopleMet: Number(row.people_met),
      personProgress: 0,
    };
    return {
      indicatorId: row.id,
      taskId: row.task_id,
      actual: actualOf(row, raw),
      progress: Number(row.progress),
    };
  });
}
