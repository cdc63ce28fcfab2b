/**
 * Row types of the cascade tables: the units a notice expects to publish their own plan
 * (主送单位, resolved to concrete units) and links from a subordinate unit's tasks to the parent
 * plan's key tasks (对接上级重点工作).
 */
import type { ColumnType } from 'kysely';

/** A unit a plan's notice addresses; it should publish a child plan. */
export interface PlanRecipientTable {
  plan_id: number;
  unit_id: number;
  created_at: ColumnType<string, string | undefined, never>;
}

/** One task of a child plan serving one key task (重点工作) of its parent plan. */
export interface TaskAlignmentTable {
  /** At most one alignment per task. */
  task_id: number;
  key_task_id: number;
  created_by: number | null;
  created_at: string;
}

export interface CascadeTables {
  plan_recipients: PlanRecipientTable;
  task_alignments: TaskAlignmentTable;
}
