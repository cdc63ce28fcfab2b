/**
 * Keeps the stored totals in step with one ledger entry recorded (+1) or voided (−1), in the
 * write's transaction. Call it after the write's audit event: on PostgreSQL the chain head's row
 * lock then orders a plan's writes, so these statements see every earlier write of the plan and
 * an edited target (its rebuild commits first). Four small statements; an indicator whose totals
 * row is missing is rebuilt from the ledger instead.
 */
import { sql, type Kysely } from 'kysely';
import { prepared } from '../prepared.js';
import type { Database } from '../schema.js';
import { countsSubjects, progressOf } from './progress-rule.js';
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

const bumpSubject = prepared(
  (db, p: { id: number; subject: string; sign: number; quantity: number }) => sql`
    insert into subject_totals (indicator_id, subject, entries, total)
    values (${p.id}, ${p.subject}, ${p.sign}, ${p.quantity})
    on conflict (indicator_id, subject) do update
    set entries = subject_totals.entries + excluded.entries,
        total = subject_totals.total + excluded.total`,
);

const dropEmptySubject = prepared((db, p: { id: number; subject: string }) =>
  db
    .deleteFrom('subject_totals')
    .where('indicator_id', '=', p.id)
    .where('subject', '=', p.subject)
    .where('entries', '<=', 0),
);

/** The new totals, with the indicator's target as it stands now (for its progress and subjects). */
const bumpTotals = prepared(
  (db, p: { id: number; sign: number; quantity: number; date: string }) => sql<BumpedRow>`
    update indicator_totals
    set entries = entries + ${p.sign},
        total = total + ${p.quantity},
        latest_entry_date = case
          when latest_entry_date is null or latest_entry_date < ${p.date} then ${p.date}
          else latest_entry_date end
    where indicator_id = ${p.id}
    returning entries, total, subjects, people_met, person_progress,
      (select aggregation from indicators i where i.id = ${p.id}) as aggregation,
      (select comparator from indicators i where i.id = ${p.id}) as comparator,
      (select value from indicators i where i.id = ${p.id}) as value,
      (select min_value from indicators i where i.id = ${p.id}) as min_value,
      (select max_value from indicators i where i.id = ${p.id}) as max_value,
      (select per_person_threshold from indicators i where i.id = ${p.id}) as per_person_threshold`,
);

/** Subjects counted, and people at their minimum with the sum of their shares, from subjects. */
const countSubjects = prepared(
  (db, p: { id: number; threshold: number; divisor: number | null }) => sql<{
    subjects: number;
    people_met: number;
    person_progress: number;
  }>`
    update indicator_totals
    set subjects = (select count(*) from subject_totals s where s.indicator_id = ${p.id}),
        people_met = (select count(*) from subject_totals s
          where s.indicator_id = ${p.id} and s.total >= ${p.threshold}),
        person_progress = (select coalesce(sum(case when s.total >= ${p.divisor} then 1.0
          else s.total / ${p.divisor} end), 0) from subject_totals s where s.indicator_id = ${p.id})
    where indicator_id = ${p.id}
    returning subjects, people_met, person_progress`,
);

const setProgress = prepared((db, p: { id: number; progress: number }) =>
  db.updateTable('indicator_totals').set({ progress: p.progress }).where('indicator_id', '=', p.id),
);

const updateTaskFacts = prepared(
  (db, p: { taskId: number; date: string }) => sql`
    update task_facts
    set indicator_progress = (select min(t.progress) from indicator_totals t
          where t.task_id = ${p.taskId}),
        latest_entry_date = case
          when latest_entry_date is null or latest_entry_date < ${p.date} then ${p.date}
          else latest_entry_date end
    where task_id = ${p.taskId}`,
);

interface BumpedRow {
  entries: number;
  total: number;
  subjects: number;
  people_met: number;
  person_progress: number;
  aggregation: string;
  comparator: string;
  value: number | null;
  min_value: number | null;
  max_value: number | null;
  per_person_threshold: number | null;
}

export async function applyLedgerEntry(db: Kysely<Database>, change: EntryChange): Promise<void> {
  const { indicatorId: id, sign, subject } = change;
  const quantity = sign * change.quantity;
  const [row] = await bumpTotals(db, { id, sign, quantity, date: change.entryDate });
  if (!row) return rebuildTotals(db, { taskIds: [change.taskId] });
  const totals = {
    entries: Number(row.entries),
    total: Number(row.total),
    subjects: Number(row.subjects),
    peopleMet: Number(row.people_met),
    personProgress: Number(row.person_progress),
  };
  if (subject !== null && countsSubjects(row.aggregation)) {
    await bumpSubject(db, { id, subject, sign, quantity });
    if (sign < 0) await dropEmptySubject(db, { id, subject });
    const threshold = row.per_person_threshold;
    const [counted] = await countSubjects(db, {
      id,
      threshold: threshold ?? 0,
      // No positive minimum: no shares (the divisions give null, summed to 0).
      divisor: threshold !== null && threshold > 0 ? threshold : null,
    });
    totals.subjects = Number(counted?.subjects ?? 0);
    totals.peopleMet = Number(counted?.people_met ?? 0);
    totals.personProgress = Number(counted?.person_progress ?? 0);
  }
  await setProgress(db, { id, progress: progressOf(row, totals) });
  await updateTaskFacts(db, { taskId: change.taskId, date: change.entryDate });
}
