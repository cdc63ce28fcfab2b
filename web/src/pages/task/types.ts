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
