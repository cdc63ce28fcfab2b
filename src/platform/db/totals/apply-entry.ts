/**
 * Keeps the stored totals in step with one ledger entry recorded (+1) or voided (−1), in the
 * write's transaction: read the indicator's target, totals and the entry's subject row; work out
 * the new totals here with the one progress rule; write them back with the task's facts. Three
 * statements on SQLite, two round trips on PostgreSQL (one more when the indicator counts
 * subjects), whatever the ledger's size.
 *
 * Call it after the write's audit event: on PostgreSQL the plan chain's head row stays locked from
 * that append to commit, so these reads see every earlier write of the plan (and an edited target).
 * The write names the totals it read; if they changed anyway, or the row is missing, the task's
 * totals are recounted from the ledger instead.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { prepared } from '../prepared.js';
import type { Database } from '../schema.js';
import {
  countsSubjects,
  personShare,
  progressOf,
  type IndicatorTarget,
  type RawTotals,
} from './progress-rule.js';
import { rebuildTotals } from './rebuild-totals.js';

export interface EntryChange {
  indicatorId: number;
  taskId: number;
  quantity: number;
  subject: string | null;
  entryDate: string;
  /** 1 when recorded, −1 when voided. */
  sign: 1 | -1;
}

const readState = prepared((db, p: { id: number; subject: string | null }) =>
  db
    .selectFrom('indicators as i')
    .leftJoin('indicator_totals as t', 't.indicator_id', 'i.id')
    .leftJoin('subject_totals as s', (join) =>
      join.onRef('s.indicator_id', '=', 'i.id').on('s.subject', '=', p.subject),
    )
    .select([
      'i.aggregation',
      'i.comparator',
      'i.value',
      'i.min_value',
      'i.max_value',
      'i.per_person_threshold',
      't.entries',
      't.total',
      't.subjects',
      't.people_met',
      't.person_progress',
      's.entries as subject_entries',
      's.total as subject_total',
    ])
    .where('i.id', '=', p.id),
);

const putSubject = prepared(
  (db, p: { id: number; subject: string; entries: number; total: number }) => sql`
    insert into subject_totals (indicator_id, subject, entries, total)
    values (${p.id}, ${p.subject}, ${p.entries}, ${p.total})
    on conflict (indicator_id, subject) do update
    set entries = excluded.entries, total = excluded.total`,
);

const dropSubject = prepared((db, p: { id: number; subject: string }) =>
  db.deleteFrom('subject_totals').where('indicator_id', '=', p.id).where('subject', '=', p.subject),
);

type TotalsParams = RawTotals & {
  id: number;
  taskId: number;
  progress: number;
  date: string;
  wasEntries: number;
  wasTotal: number;
};

/** The later of a date column and the entry's date. */
const laterDate = (column: string, date: string) =>
  sql`case when ${sql.ref(column)} is null or ${sql.ref(column)} < ${date} then ${date}
    else ${sql.ref(column)} end`;

/** The new totals, written only if they are still the ones read (else no row comes back). */
const totalsUpdate = (p: TotalsParams) => sql`
  update indicator_totals
  set entries = ${p.entries}, total = ${p.total}, subjects = ${p.subjects},
      people_met = ${p.peopleMet}, person_progress = ${p.personProgress},
      progress = ${p.progress}, latest_entry_date = ${laterDate('latest_entry_date', p.date)}
  where indicator_id = ${p.id} and entries = ${p.wasEntries} and total = ${p.wasTotal}
  returning indicator_id`;

const putTotals = prepared(
  (db, p: TotalsParams) => sql<{ indicator_id: number }>`${totalsUpdate(p)}`,
);

/**
 * PostgreSQL: the totals and the task's facts in one round trip. The facts' least progress takes
 * this indicator's new progress as a value (the statement's snapshot does not see its own update);
 * no row back when the totals changed since they were read, or the facts row is missing.
 */
const putTotalsAndFacts = prepared(
  (db, p: TotalsParams) => sql<{ task_id: number }>`
    with written as (${totalsUpdate(p)})
    update task_facts
    set indicator_progress = least(cast(${p.progress} as double precision),
          (select min(t.progress) from indicator_totals t
            where t.task_id = ${p.taskId} and t.indicator_id <> ${p.id})),
        latest_entry_date = ${laterDate('latest_entry_date', p.date)}
    where task_id = ${p.taskId} and exists (select 1 from written)
    returning task_id`,
);

const updateTaskFacts = prepared(
  (db, p: { taskId: number; date: string }) => sql`
    update task_facts
    set indicator_progress = (select min(t.progress) from indicator_totals t
          where t.task_id = ${p.taskId}),
        latest_entry_date = ${laterDate('latest_entry_date', p.date)}
    where task_id = ${p.taskId}`,
);

/** One person's part in the totals: counted, at their minimum, their share of it. */
function personPart(target: IndicatorTarget, entries: number, total: number) {
  if (entries <= 0) return { subjects: 0, met: 0, share: 0 };
  const threshold = target.per_person_threshold;
  return {
    subjects: 1,
    met: total >= (threshold ?? 0) ? 1 : 0,
    share: personShare(total, threshold),
  };
}

export async function applyLedgerEntry(db: Kysely<Database>, change: EntryChange): Promise<void> {
  const { indicatorId: id, sign, subject } = change;
  const quantity = sign * change.quantity;
  const [state] = await readState(db, { id, subject });
  if (!state || state.entries === null) return rebuildTotals(db, { taskIds: [change.taskId] });
  const was = {
    entries: Number(state.entries),
    total: Number(state.total),
    subjects: Number(state.subjects),
    peopleMet: Number(state.people_met),
    personProgress: Number(state.person_progress),
  };
  const next = { ...was, entries: was.entries + sign, total: was.total + quantity };
  if (subject !== null && countsSubjects(state.aggregation)) {
    const before = {
      entries: Number(state.subject_entries ?? 0),
      total: Number(state.subject_total ?? 0),
    };
    const after = { entries: before.entries + sign, total: before.total + quantity };
    if (after.entries > 0) await putSubject(db, { id, subject, ...after });
    else await dropSubject(db, { id, subject });
    const old = personPart(state, before.entries, before.total);
    const now = personPart(state, after.entries, after.total);
    next.subjects += now.subjects - old.subjects;
    next.peopleMet += now.met - old.met;
    next.personProgress += now.share - old.share;
  }
  const params: TotalsParams = {
    id,
    taskId: change.taskId,
    ...next,
    progress: progressOf(state, next),
    date: change.entryDate,
    wasEntries: was.entries,
    wasTotal: was.total,
  };
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    const [both] = await putTotalsAndFacts(db, params);
    if (!both) await rebuildTotals(db, { taskIds: [change.taskId] });
    return;
  }
  const [written] = await putTotals(db, params);
  if (!written) return rebuildTotals(db, { taskIds: [change.taskId] });
  await updateTaskFacts(db, { taskId: change.taskId, date: change.entryDate });
}
