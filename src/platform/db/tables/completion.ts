/**
 * Row types of 0016: completion requests (办结申请). Same conventions as schema.ts: ISO text
 * dates. The attachments they and progress reports carry are in evidence.ts.
 */
import type { Generated } from 'kysely';

/** 办结申请: an owner asks for a task to be marked done; the supervising leader decides. */
export interface CompletionRequestTable {
  id: Generated<number>;
  task_id: number;
  /** What was done, in the owner's words. */
  note: string;
  /** pending | confirmed | returned */
  state: string;
  requested_by: number | null;
  requested_at: string;
  decided_by: number | null;
  decided_at: string | null;
  /** The leader's comment on confirming (optional) or returning (required). */
  comment: string | null;
  /** 1 when the requester decided it because nobody else could. */
  self_review: Generated<number>;
  version: Generated<number>;
}

export interface CompletionTables {
  completion_requests: CompletionRequestTable;
}
