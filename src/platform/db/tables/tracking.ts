/**
 * Row types of the tracking tables. task_assignees holds responsibility as offices write it
 * (several owners, lead and co-operating departments); milestones are a task's dated checkpoints
 * (时间节点). Recurring obligations need no table: occurrences are derived from the task and its
 * progress reports.
 */
import type { Generated } from 'kysely';
import type { CreatedAt, Id } from './columns.js';

/** One person or unit responsible for a task; `position` keeps the order the office wrote. */
export interface TaskAssigneeTable {
  id: Id;
  task_id: number;
  /** lead_department | co_department | owner */
  kind: string;
  unit_id: number | null;
  person_id: number | null;
  position: number;
}

/** 时间节点: a dated checkpoint of a task, done with evidence. */
export interface MilestoneTable {
  id: Id;
  task_id: number;
  title: string;
  due_date: string;
  /** China calendar date it was marked done, or null. */
  done_at: string | null;
  evidence: string | null;
  done_by: number | null;
  version: Generated<number>;
  created_at: CreatedAt;
}

export interface TrackingTables {
  task_assignees: TaskAssigneeTable;
  milestones: MilestoneTable;
}
