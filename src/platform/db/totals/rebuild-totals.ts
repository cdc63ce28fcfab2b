/**
 * Rewrites the stored totals of a scope from the ledger and the milestones. Writes that change
 * targets or add indicators (an import, a target's edit) rebuild their tasks; a ledger entry
 * updates them in place (apply-entry.ts); a milestone refreshes its task's counts. Call inside the
 * write's transaction.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { computeTotals, milestoneCounts } from './compute-totals.js';
import { inScope, scopeTasks, type TotalsScope } from './ledger-totals.js';

const chunk = 500;

async function insertChunks<T extends keyof Database>(
  db: Kysely<Database>,
  table: T,
  rows: object[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk)
    await db
      .insertInto(table)
      .values(rows.slice(i, i + chunk) as never)
      .execute();
}

export async function rebuildTotals(db: Kysely<Database>, scope: TotalsScope): Promise<void> {
  if ('taskIds' in scope && scope.taskIds.length === 0) return;
  const computed = await computeTotals(db, scope);
  const indicatorIds = db
    .selectFrom('indicators')
    .select('indicators.id')
    .$call(inScope(db, scope));
  await db.deleteFrom('subject_totals').where('indicator_id', 'in', indicatorIds).execute();
  await db.deleteFrom('indicator_totals').where('indicator_id', 'in', indicatorIds).execute();
  const tasks = scopeTasks(db, scope);
  await db
    .deleteFrom('task_facts')
    .$call((q) => (tasks === null ? q : q.where('task_id', 'in', tasks)))
    .execute();
  await insertChunks(db, 'indicator_totals', computed.indicators);
  await insertChunks(db, 'subject_totals', computed.subjects);
  await insertChunks(db, 'task_facts', computed.tasks);
}

/** A task's milestone counts after one of its milestones was added, edited or marked done. */
export async function refreshMilestoneFacts(db: Kysely<Database>, taskId: number): Promise<void> {
  const [counts] = await milestoneCounts(db, { taskIds: [taskId] });
  if (!counts) return;
  const set = {
    milestones: counts.milestones,
    milestones_done: counts.milestones_done,
    oldest_open_milestone: counts.oldest_open_milestone,
  };
  await db
    .insertInto('task_facts')
    .values({ ...counts, indicator_progress: null, latest_entry_date: null })
    .onConflict((oc) => oc.column('task_id').doUpdateSet(set))
    .execute();
}
