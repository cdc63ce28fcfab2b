/**
 * Recounts every stored total from the ledger and the milestones and lists where the stored rows
 * differ (`npx duban verify-totals`). Sums of fractional quantities added one write at a time may
 * differ from the database's SUM in the last bits: numbers within a billionth count as equal.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { computeTotals } from './compute-totals.js';

export interface TotalsDifference {
  table: 'indicator_totals' | 'subject_totals' | 'task_facts';
  /** The row's key: indicator id, "indicator id/subject" or task id. */
  key: string;
  column: string;
  stored: unknown;
  expected: unknown;
}

export interface TotalsReport {
  ok: boolean;
  indicators: number;
  tasks: number;
  differences: TotalsDifference[];
}

const same = (a: unknown, b: unknown) => {
  if (typeof a === 'number' || typeof b === 'number') {
    const x = Number(a);
    const y = Number(b);
    return (
      a !== null && b !== null && Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y))
    );
  }
  return (a ?? null) === (b ?? null);
};

function compare<T extends object>(
  table: TotalsDifference['table'],
  keyOf: (row: T) => string,
  stored: T[],
  expected: T[],
): TotalsDifference[] {
  const differences: TotalsDifference[] = [];
  const storedByKey = new Map(stored.map((row) => [keyOf(row), row]));
  for (const want of expected) {
    const key = keyOf(want);
    const have = storedByKey.get(key);
    storedByKey.delete(key);
    if (!have) {
      differences.push({ table, key, column: '*', stored: null, expected: 'row' });
      continue;
    }
    for (const [column, value] of Object.entries(want)) {
      const actual = (have as Record<string, unknown>)[column];
      if (!same(actual, value))
        differences.push({ table, key, column, stored: actual, expected: value });
    }
  }
  for (const key of storedByKey.keys())
    differences.push({ table, key, column: '*', stored: 'row', expected: null });
  return differences;
}

export async function verifyTotals(db: Kysely<Database>): Promise<TotalsReport> {
  const expected = await computeTotals(db, { all: true });
  const [indicators, subjects, tasks] = await Promise.all([
    db.selectFrom('indicator_totals').selectAll().execute(),
    db.selectFrom('subject_totals').selectAll().execute(),
    db.selectFrom('task_facts').selectAll().execute(),
  ]);
  const differences = [
    ...compare('indicator_totals', (r) => String(r.indicator_id), indicators, expected.indicators),
    ...compare(
      'subject_totals',
      (r) => `${r.indicator_id}/${r.subject}`,
      subjects,
      expected.subjects,
    ),
    ...compare('task_facts', (r) => String(r.task_id), tasks, expected.tasks),
  ];
  return {
    ok: differences.length === 0,
    indicators: expected.indicators.length,
    tasks: expected.tasks.length,
    differences,
  };
}
