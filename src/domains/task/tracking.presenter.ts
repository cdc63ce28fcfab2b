/** Milestones and occurrences as JSON. */
import type { MilestoneRow } from './get-milestone.js';
import type { TaskOccurrences } from './tracking-facts.js';

/** done, overdue (past due and not done) or open, as of today. */
export function presentMilestone(row: MilestoneRow, today: string) {
  return {
    id: row.id,
    taskId: row.task_id,
    title: row.title,
    due: row.due_date,
    doneAt: row.done_at,
    evidence: row.evidence,
    doneBy: row.done_by,
    state: row.done_at !== null ? 'done' : row.due_date < today ? 'overdue' : 'open',
    version: row.version,
  };
}

export function presentOccurrences(o: TaskOccurrences | null) {
  if (!o)
    return { recurring: null, dayOfMonth: null, current: null, missed: 0, items: [], total: 0 };
  return {
    recurring: o.recurrence.recurring,
    dayOfMonth: o.recurrence.dayOfMonth,
    current: o.current?.period ?? null,
    missed: o.missed,
    items: o.items.map((i) => ({
      period: i.period,
      start: i.start,
      end: i.end,
      due: i.due,
      met: i.met,
      light: i.light,
    })),
    total: o.items.length,
  };
}
