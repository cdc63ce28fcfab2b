/**
 * Row types of the review tables: extension requests (延期申请), month closes (月结) and what each
 * user last saw in their inbox. Same conventions as schema.ts: ISO text dates, JSON as text.
 */
import type { Generated } from 'kysely';

/** 延期申请: an owner asks to move a task's due date; the supervising leader decides. */
export interface ExtensionRequestTable {
  id: Generated<number>;
  task_id: number;
  /** The task's due date when the request was made. */
  current_due: string;
  requested_due: string;
  /** The task's due date before its first approved extension, kept for assessment. */
  original_due: string;
  reason: string;
  /** pending | approved | rejected */
  state: string;
  requested_by: number | null;
  requested_at: string;
  decided_by: number | null;
  decided_at: string | null;
  decision_comment: string | null;
  /** 1 when the requester decided it because nobody else could (0015). */
  self_review: Generated<number>;
  version: Generated<number>;
}

/** 月结: a closed month (YYYY-MM); its ledger entries and progress reports are read-only. */
export interface MonthCloseTable {
  id: Generated<number>;
  month: string;
  closed_by: number | null;
  closed_at: string;
}

/** The status lights a user's inbox showed when they last marked it seen. */
export interface InboxViewTable {
  user_id: number;
  seen_at: string;
  /** JSON object: task id → light. */
  lights: string;
}

export interface ReviewTables {
  extension_requests: ExtensionRequestTable;
  month_closes: MonthCloseTable;
  inbox_views: InboxViewTable;
}
