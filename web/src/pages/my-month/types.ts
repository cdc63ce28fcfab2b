/** Shapes the month page reads (see /api/openapi.json): a task with its indicators, evidence, reports. */
import type { TaskRow } from '../../api/types';

export type Aggregation = 'sum' | 'count' | 'distinct_subjects' | 'per_person';

export interface Indicator {
  id: number;
  unit: string;
  subject: string;
  aggregation: Aggregation;
  perPersonThreshold: number | null;
  /** The target in the words of official documents: 专家不少于100名. */
  targetText: string;
  optional: boolean;
  actual: number;
  progress: number;
}

export interface TaskWithIndicators extends TaskRow {
  indicators: Indicator[];
  /** The day the light and the actuals count as of (when the server says). */
  asOf?: string;
}

export interface LedgerEntry {
  id: number;
  indicatorId: number;
  entryDate: string;
  quantity: number;
  subject: string | null;
  voided: boolean;
}

export interface Attachment {
  id: number;
  name: string;
  size: number;
}

export type ReportState = 'submitted' | 'accepted' | 'returned';

export interface ProgressReport {
  id: number;
  month: string;
  done: string;
  problems: string | null;
  nextSteps: string | null;
  state: ReportState;
  reviewComment: string | null;
  version: number;
}
