/**
 * What the stored totals of a scope should hold, counted afresh from the ledger and the
 * milestones: the rows `rebuildTotals` writes and `verifyTotals` compares with.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.js';
import type { IndicatorTotalsTable, SubjectTotalsTable, TaskFactsTable } from '../tables/totals.js';
import { ledgerTotals, scopedIndicators, scopeTasks, type TotalsScope } from './ledger-totals.js';
import { progressOf } from './progress-rule.js';

export type IndicatorTotalsRow = Selectable<IndicatorTotalsTable>;
export type SubjectTotalsRow = Selectable<SubjectTotalsTable>;
export type TaskFactsRow = Selectable<TaskFactsTable>;

export interface ComputedTotals {
  indicators: IndicatorTotalsRow[];
  subjects: SubjectTotalsRow[];
  tasks: TaskFactsRow[];
}

export async function computeTotals(
  db: Kysely<Database>,
  scope: TotalsScope,
): Promise<ComputedTotals> {
  const indicators = await scopedIndicators(db, scope);
  const [{ totals, subjects }, milestones] = await Promise.all([
    ledgerTotals({ db, indicators }),
    milestoneCounts(db, scope),
  ]);
  const indicatorRows = indicators.map((indicator): IndicatorTotalsRow => {
    const t = totals.get(indicator.id);
    const raw = t?.raw ?? { entries: 0, total: 0, subjects: 0, peopleMet: 0, personProgress: 0 };
    return {
      indicator_id: indicator.id,
      task_id: indicator.task_id,
      entries: raw.entries,
      total: raw.total,
      subjects: raw.subjects,
      people_met: raw.peopleMet,
      person_progress: raw.personProgress,
      progress: progressOf(indicator, raw),
      latest_entry_date: t?.latest ?? null,
    };
  });
  return { indicators: indicatorRows, subjects, tasks: taskFacts(indicatorRows, milestones) };
}

interface MilestoneCount {
  task_id: number;
  milestones: number;
  milestones_done: number;
  oldest_open_milestone: string | null;
}

function taskFacts(indicators: IndicatorTotalsRow[], milestones: MilestoneCount[]): TaskFactsRow[] {
  const facts = new Map<number, TaskFactsRow>();
  const factOf = (taskId: number): TaskFactsRow => {
    let fact = facts.get(taskId);
    if (!fact) {
      fact = {
        task_id: taskId,
        indicator_progress: null,
        milestones: 0,
        milestones_done: 0,
        oldest_open_milestone: null,
        latest_entry_date: null,
      };
      facts.set(taskId, fact);
    }
    return fact;
  };
  for (const i of indicators) {
    const fact = factOf(i.task_id);
    fact.indicator_progress = Math.min(fact.indicator_progress ?? 1, i.progress);
    if (i.latest_entry_date !== null && (fact.latest_entry_date ?? '') < i.latest_entry_date)
      fact.latest_entry_date = i.latest_entry_date;
  }
  for (const m of milestones) Object.assign(factOf(m.task_id), m);
  return [...facts.values()].sort((a, b) => a.task_id - b.task_id);
}

/** Milestone counts of the tasks in scope, grouped in the database. */
export async function milestoneCounts(
  db: Kysely<Database>,
  scope: TotalsScope,
): Promise<MilestoneCount[]> {
  if ('taskIds' in scope && scope.taskIds.length === 0) return [];
  let q = db
    .selectFrom('milestones')
    .select((eb) => [
      'task_id',
      eb.fn.countAll<number>().as('milestones'),
      eb.fn.count<number>('done_at').as('milestones_done'),
      eb.fn
        .min<string | null>(eb.case().when('done_at', 'is', null).then(eb.ref('due_date')).end())
        .as('oldest_open_milestone'),
    ])
    .groupBy('task_id');
  const tasks = scopeTasks(db, scope);
  if (tasks !== null) q = q.where('task_id', 'in', tasks);
  const rows = await q.execute();
  return rows.map((r) => ({
    task_id: r.task_id,
    milestones: Number(r.milestones),
    milestones_done: Number(r.milestones_done),
    oldest_open_milestone: r.oldest_open_milestone ?? null,
  }));
}
