/**
 * Stored running totals (db/totals/): what a status light needs, kept in the same transaction as
 * the write that changes it, so a list computes lights from these rows and the as-of date only.
 */

/** One indicator's totals over its live (not voided) ledger entries. */
export interface IndicatorTotalsTable {
  indicator_id: number;
  task_id: number;
  entries: number;
  /** Sum of quantities. */
  total: number;
  /** Distinct subjects recorded (distinct_subjects and per_person indicators only). */
  subjects: number;
  /** People at or above the per-person threshold (per_person indicators only). */
  people_met: number;
  /** Sum over people of min(1, their total / threshold) (per_person indicators only). */
  person_progress: number;
  /** 0..1 toward the target, by the rule of db/totals/progress-rule.ts. */
  progress: number;
  /**
   * The latest entry date ever recorded (voids do not lower it): the totals hold as of any day on
   * or after it; a light as of an earlier day counts from the ledger instead.
   */
  latest_entry_date: string | null;
}

/** Per subject (person, village…) totals of indicators that count subjects. */
export interface SubjectTotalsTable {
  indicator_id: number;
  subject: string;
  entries: number;
  total: number;
}

/** A task's tracking facts: its least indicator progress and its milestones. */
export interface TaskFactsTable {
  task_id: number;
  /** Least progress among its indicators; null when it has none. */
  indicator_progress: number | null;
  milestones: number;
  milestones_done: number;
  /** Due date of its earliest unfinished milestone. */
  oldest_open_milestone: string | null;
  /** The latest of its indicators' latest_entry_date. */
  latest_entry_date: string | null;
}

export interface TotalsTables {
  indicator_totals: IndicatorTotalsTable;
  subject_totals: SubjectTotalsTable;
  task_facts: TaskFactsTable;
}
