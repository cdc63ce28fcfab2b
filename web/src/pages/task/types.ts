/** Shapes of the task page's resources (see /api/openapi.json). */
import type { TaskRow } from '../../api/types';

export interface Indicator {
  id: number;
  comparator: '>=' | '<=' | '>' | '<' | '=' | 'range' | 'approx';
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string;
  subject: string;
  aggregation: 'sum' | 'count' | 'distinct_subjects' | 'per_person';
  perPersonThreshold: number | null;
  /** The target as the server words it: 专家不少于100名. */
  targetText: string;
  sourceText: string | null;
  optional: boolean;
  actual: number;
  progress: number;
  version: number;
}

export interface TaskDetail extends TaskRow {
  indicators: Indicator[];
  /** The day lights, days overdue and actuals count as of (YYYY-MM-DD). */
  asOf?: string;
  /** The plan's year: form defaults and pickers stay inside it. */
  period?: { start: string; end: string };
}

export interface UserRef {
  id: number;
  name: string | null;
}

/** 时间节点: a dated step of the task. */
export interface Milestone {
  id: number;
  taskId: number;
  title: string;
  due: string;
  doneAt: string | null;
  evidence: string | null;
  doneBy: number | null;
  state: 'open' | 'overdue' | 'done';
  version: number;
}

/** 延期申请: the owner asks for a later due date; the leader decides. */
export interface Extension {
  id: number;
  taskId: number;
  state: 'pending' | 'approved' | 'rejected';
  currentDue: string;
  requestedDue: string;
  /** The due date before the first approved extension. */
  originalDue: string | null;
  reason: string;
  requestedBy: number | null;
  requestedAt: string;
  decidedBy: number | null;
  decidedAt: string | null;
  decisionComment: string | null;
  selfReview: boolean;
  version: number;
}

/** 办结申请: the owner applies for completion with a note and evidence; the leader confirms or returns. */
export interface CompletionRequest {
  id: number;
  taskId: number;
  note: string;
  state: 'pending' | 'confirmed' | 'returned';
  requestedBy: UserRef | null;
  requestedAt: string;
  decidedBy: UserRef | null;
  decidedAt: string | null;
  comment: string | null;
  selfReview: boolean;
  version: number;
}

export interface LedgerEntry {
  id: number;
  indicatorId: number;
  entryDate: string;
  quantity: number;
  subject: string | null;
  enteredBy: number | null;
  voided: boolean;
  voidedAt: string | null;
  voidReason: string | null;
  createdAt: string;
}

export interface Attachment {
  id: number;
  name: string;
  size: number;
  type: string;
  at: string;
}

export interface ProgressReport {
  id: number;
  month: string;
  done: string;
  problems: string | null;
  nextSteps: string | null;
  state: 'submitted' | 'accepted' | 'returned';
  submittedAt: string;
  reviewedAt: string | null;
  reviewComment: string | null;
  /** Reviewed by its own submitter because nobody else could. */
  selfReview: boolean;
  version: number;
}

export interface AuditEvent {
  id: number;
  at: string;
  actor: { id: number; username: string } | null;
  entity: string;
  action: string;
  before: unknown;
  after: unknown;
}
