/**
 * Totals counted from the ledger itself (voided entries excluded), for the indicators of a scope,
 * optionally as of a day. The stored totals are rebuilt and verified from these, and a light as of
 * a day before an indicator's latest entry counts with them.
 */
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Database } from '../schema.js';
import {
  countsSubjects,
  personShare,
  type IndicatorTarget,
  type RawTotals,
} from './progress-rule.js';

/** Whose totals: every indicator, a plan's, or some tasks'. */
export type TotalsScope = { all: true } | { planId: number } | { taskIds: number[] };

export interface ScopedIndicator extends IndicatorTarget {
  id: number;
  task_id: number;
}

export interface SubjectTotal {
  indicator_id: number;
  subject: string;
  entries: number;
  total: number;
}

export interface LedgerTotals {
  raw: RawTotals;
  /** Latest entry date recorded, voided entries included (the stored totals never lower it). */
  latest: string | null;
}

/** The tasks of a scope, as `where('task_id', 'in', …)` takes them; null for every task. */
export function scopeTasks(db: Kysely<Database>, scope: TotalsScope) {
  if ('taskIds' in scope) return scope.taskIds;
  if ('planId' in scope)
    return db.selectFrom('tasks').select('id').where('plan_id', '=', scope.planId);
  return null;
}

export function inScope(db: Kysely<Database>, scope: TotalsScope) {
  const tasks = scopeTasks(db, scope);
  return <O>(
    q: SelectQueryBuilder<Database, 'indicators', O>,
  ): SelectQueryBuilder<Database, 'indicators', O> =>
    tasks === null ? q : q.where('indicators.task_id', 'in', tasks);
}

export async function scopedIndicators(
  db: Kysely<Database>,
  scope: TotalsScope,
): Promise<ScopedIndicator[]> {
  if ('taskIds' in scope && scope.taskIds.length === 0) return [];
  return db
    .selectFrom('indicators')
    .select([
      'id',
      'task_id',
      'aggregation',
      'comparator',
      'value',
      'min_value',
      'max_value',
      'per_person_threshold',
    ])
    .$call(inScope(db, scope))
    .orderBy('id')
    .execute();
}

/** Indicators per statement: SQLite takes at most 32,766 bound values. */
const perStatement = 5000;

/** Each indicator's totals from its live entries (dated up to asOf when given). */
export async function ledgerTotals(options: {
  db: Kysely<Database>;
  indicators: ScopedIndicator[];
  asOf?: string;
}): Promise<{ totals: Map<number, LedgerTotals>; subjects: SubjectTotal[] }> {
  const { indicators } = options;
  if (indicators.length <= perStatement) return ledgerTotalsOf(options);
  const totals = new Map<number, LedgerTotals>();
  const subjects: SubjectTotal[] = [];
  for (let i = 0; i < indicators.length; i += perStatement) {
    const part = await ledgerTotalsOf({
      ...options,
      indicators: indicators.slice(i, i + perStatement),
    });
    for (const [id, t] of part.totals) totals.set(id, t);
    for (const s of part.subjects) subjects.push(s);
  }
  return { totals, subjects };
}

async function ledgerTotalsOf(options: {
  db: Kysely<Database>;
  indicators: ScopedIndicator[];
  asOf?: string;
}): Promise<{ totals: Map<number, LedgerTotals>; subjects: SubjectTotal[] }> {
  const { db, indicators, asOf } = options;
  const totals = new Map<number, LedgerTotals>();
  if (indicators.length === 0) return { totals, subjects: [] };
  const ids = indicators.map((i) => i.id);
  const subjectIds = indicators.filter((i) => countsSubjects(i.aggregation)).map((i) => i.id);
  const live = (among: number[]) => {
    const q = db
      .selectFrom('ledger_entries')
      .where('indicator_id', 'in', among)
      .where('voided_at', 'is', null);
    return asOf ? q.where('entry_date', '<=', asOf) : q;
  };
  // Independent reads: on PostgreSQL they run side by side on pooled connections.
  const [sums, latest, subjectRows] = await Promise.all([
    live(ids)
      .select((eb) => [
        'indicator_id',
        eb.fn.countAll<number>().as('entries'),
        eb.fn.sum<number>('quantity').as('total'),
      ])
      .groupBy('indicator_id')
      .execute(),
    asOf
      ? []
      : db
          .selectFrom('ledger_entries')
          .select((eb) => ['indicator_id', eb.fn.max('entry_date').as('latest')])
          .where('indicator_id', 'in', ids)
          .groupBy('indicator_id')
          .execute(),
    subjectIds.length === 0
      ? []
      : live(subjectIds)
          .select((eb) => [
            'indicator_id',
            'subject',
            eb.fn.countAll<number>().as('entries'),
            eb.fn.sum<number>('quantity').as('total'),
          ])
          .where('subject', 'is not', null)
          .groupBy(['indicator_id', 'subject'])
          .orderBy('indicator_id')
          .orderBy('subject')
          .execute(),
  ]);
  const subjects = subjectRows.map((r) => ({
    indicator_id: r.indicator_id,
    subject: r.subject ?? '',
    entries: Number(r.entries),
    total: Number(r.total),
  }));
  const sumOf = new Map(sums.map((s) => [s.indicator_id, s]));
  const latestOf = new Map(latest.map((l) => [l.indicator_id, l.latest as string | null]));
  const thresholdOf = new Map(indicators.map((i) => [i.id, i.per_person_threshold]));
  const people = new Map<number, SubjectTotal[]>();
  for (const s of subjects) {
    const list = people.get(s.indicator_id);
    if (list) list.push(s);
    else people.set(s.indicator_id, [s]);
  }
  for (const id of ids) {
    const sum = sumOf.get(id);
    const threshold = thresholdOf.get(id) ?? null;
    const own = people.get(id) ?? [];
    totals.set(id, {
      raw: {
        entries: Number(sum?.entries ?? 0),
        total: Number(sum?.total ?? 0),
        subjects: own.length,
        peopleMet: own.filter((p) => p.total >= (threshold ?? 0)).length,
        personProgress: own.reduce((acc, p) => acc + personShare(p.total, threshold), 0),
      },
      latest: latestOf.get(id) ?? null,
    });
  }
  return { totals, subjects };
}
