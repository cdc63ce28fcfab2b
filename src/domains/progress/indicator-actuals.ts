/**
 * The actual value of indicators, aggregated in the database from their ledger entries (voided
 * entries excluded): sum of quantities, count of entries, count of distinct subjects, or for
 * per-person indicators the number of people at or above the per-person threshold.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { indicatorProgress } from './status-light.js';

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
  const { db, taskIds } = options;
  if (taskIds.length === 0) return [];
  const indicators = await db
    .selectFrom('indicators')
    .selectAll()
    .where('task_id', 'in', taskIds)
    .execute();
  if (indicators.length === 0) return [];
  const entries = (ids: number[]) => {
    const live = db
      .selectFrom('ledger_entries')
      .where('indicator_id', 'in', ids)
      .where('voided_at', 'is', null);
    return options.asOf ? live.where('entry_date', '<=', options.asOf) : live;
  };
  // Subjects are only needed for the indicators that count them: counting distinct subjects sorts
  // each indicator's entries (half the cost of the totals), and per-person sums cost a row per
  // person. The three reads are independent and run side by side on PostgreSQL.
  const idsOf = (aggregation: string) =>
    indicators.filter((i) => i.aggregation === aggregation).map((i) => i.id);
  const distinctIds = idsOf('distinct_subjects');
  const perPersonIds = idsOf('per_person');
  const [totals, distinct, perPerson] = await Promise.all([
    entries(indicators.map((i) => i.id))
      .select((eb) => [
        'indicator_id',
        eb.fn.sum<number>('quantity').as('sum'),
        eb.fn.countAll<number>().as('count'),
      ])
      .groupBy('indicator_id')
      .execute(),
    distinctIds.length === 0
      ? []
      : entries(distinctIds)
          .select((eb) => ['indicator_id', eb.fn.count<number>('subject').distinct().as('n')])
          .groupBy('indicator_id')
          .execute(),
    perPersonIds.length === 0
      ? []
      : entries(perPersonIds)
          .select((eb) => ['indicator_id', 'subject', eb.fn.sum<number>('quantity').as('sum')])
          .where('subject', 'is not', null)
          .groupBy(['indicator_id', 'subject'])
          .execute(),
  ]);
  const distinctById = new Map(distinct.map((d) => [d.indicator_id, Number(d.n)]));
  const totalsById = new Map(
    totals.map((t) => [t.indicator_id, { ...t, distinct: distinctById.get(t.indicator_id) ?? 0 }]),
  );
  const peopleById = new Map<number, number[]>();
  for (const r of perPerson) {
    const list = peopleById.get(r.indicator_id) ?? [];
    list.push(Number(r.sum));
    peopleById.set(r.indicator_id, list);
  }
  return indicators.map((indicator) => {
    const t = totalsById.get(indicator.id);
    const people = peopleById.get(indicator.id) ?? [];
    const actual = actualOf(indicator.aggregation, t, people, indicator.per_person_threshold);
    const progress =
      indicator.aggregation === 'per_person'
        ? perPersonProgress(people, indicator.per_person_threshold)
        : indicatorProgress(indicator, actual);
    return { indicatorId: indicator.id, taskId: indicator.task_id, actual, progress };
  });
}

function actualOf(
  aggregation: string,
  t: { sum: number | null; count: number; distinct: number } | undefined,
  people: number[],
  threshold: number | null,
): number {
  if (!t) return 0;
  switch (aggregation) {
    case 'count':
      return Number(t.count);
    case 'distinct_subjects':
      return Number(t.distinct);
    case 'per_person':
      return people.filter((days) => days >= (threshold ?? 0)).length;
    default:
      return Number(t.sum ?? 0);
  }
}

/** The average way each person is toward their own minimum; nobody recorded yet is 0. */
function perPersonProgress(people: number[], threshold: number | null): number {
  if (people.length === 0 || threshold === null || threshold <= 0)
    return people.length === 0 ? 0 : 1;
  return people.reduce((acc, days) => acc + Math.min(1, days / threshold), 0) / people.length;
}
